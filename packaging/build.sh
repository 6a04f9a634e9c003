#!/usr/bin/env bash
# Build Hearth's one-folder Linux app, smoke-test it, and pack the release tarball.
#
#     packaging/build.sh                 from the repository root (or anywhere), with .venv set up
#
# Steps: install PyInstaller into .venv if missing; render the icons if absent; run PyInstaller with
# packaging/hearth.spec (dist/hearth/); put the bundled model beside the bundle (dist/hearth/models/) with
# the .desktop file and its installer; run `dist/hearth/hearth --self-test` headless, twice (once with the
# venv's environment, once with a bare one so nothing leaks in from the venv); report the build time and
# sizes; write dist/hearth-<version>-linux-x86_64.tar.gz. Exits non-zero if any step fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="$root/.venv/bin/python"
[[ -x "$python" ]] || { echo "build.sh: no virtual environment at .venv; create it and pip install -e . first" >&2; exit 1; }

step() { printf '\n== %s\n' "$*"; }
now() { echo "${EPOCHREALTIME:-$(date +%s)}"; }
seconds_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }

step "PyInstaller"
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    "$python" -m pip install --quiet "pyinstaller>=6.10"
fi
"$python" -m PyInstaller --version

if [[ ! -f resources/icons/hearth-256.png ]]; then
    step "icons"
    QT_QPA_PLATFORM=offscreen "$python" packaging/make_icons.py
fi

step "translations"
"$python" scripts/i18n.py release

step "building dist/hearth (a few minutes on 2 cores)"
started=$(now)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/hearth.spec
build_seconds=$(seconds_since "$started")

step "the model and desktop files beside the bundle"
model="$("$python" -c 'from app.models.files import bundled_model_path; print(bundled_model_path())')"
mkdir -p dist/hearth/models
cp "$model" dist/hearth/models/
cp packaging/linux/hearth.desktop packaging/linux/install-desktop-entry.sh dist/hearth/
chmod +x dist/hearth/install-desktop-entry.sh
if find dist/hearth/_internal -name '*.gguf' -path '*SmolLM2*' | grep -q .; then
    echo "build.sh: the chat model ended up inside the bundle; it must stay beside it" >&2; exit 1
fi
echo "model: dist/hearth/models/$(basename "$model")"

step "self-test from the bundle (venv environment)"
started=$(now)
QT_QPA_PLATFORM=offscreen dist/hearth/hearth --self-test
selftest_seconds=$(seconds_since "$started")

step "self-test from the bundle (bare environment: no venv, no PYTHONPATH)"
(cd /tmp && env -i PATH=/usr/bin:/bin HOME="$HOME" QT_QPA_PLATFORM=offscreen "$root/dist/hearth/hearth" --self-test)

step "the tarball"
version="$("$python" -c 'import app; print(app.__version__)')"
tarball="dist/hearth-$version-linux-x86_64.tar.gz"
tar -C dist -czf "$tarball" hearth

step "summary"
echo "build time:      ${build_seconds} s (PyInstaller)"
echo "self-test:       ${selftest_seconds} s (wall, from the bundle)"
echo "bundle:          $(du -sh dist/hearth | cut -f1) (dist/hearth, model included; _internal/ $(du -sh dist/hearth/_internal | cut -f1), models/ $(du -sh dist/hearth/models | cut -f1))"
echo "tarball:         $(du -sh "$tarball" | cut -f1) ($tarball)"
