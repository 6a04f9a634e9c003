#!/usr/bin/env bash
# Install Hearth and its test tools into ./.venv, then run the whole test suite
# (real llama.cpp inference with the bundled model included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
