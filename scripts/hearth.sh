#!/usr/bin/env bash
# Quick start: install everything into ./.venv, then open Hearth with the bundled model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/hearth "$@"
