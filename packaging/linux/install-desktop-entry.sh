#!/usr/bin/env bash
# Add Hearth to this user's application menu: the .desktop file and the icons, pointing at this unpacked bundle.
#
#     ./install-desktop-entry.sh            install for the current user (~/.local/share)
#     ./install-desktop-entry.sh --remove   take it out again
#
# Lives in the top folder of the release archive, beside the `hearth` executable.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes=(16 32 48 64 128 256)

if [[ "${1:-}" == "--remove" ]]; then
    rm -f "$share/applications/hearth.desktop" "$share/icons/hicolor/scalable/apps/hearth.svg"
    for size in "${sizes[@]}"; do rm -f "$share/icons/hicolor/${size}x${size}/apps/hearth.png"; done
    echo "Hearth removed from the application menu."
    exit 0
fi

icons="$here/_internal/resources/icons"
[[ -x "$here/hearth" && -d "$icons" ]] || { echo "Run this from the unpacked Hearth folder." >&2; exit 1; }
for size in "${sizes[@]}"; do
    install -Dm644 "$icons/hearth-$size.png" "$share/icons/hicolor/${size}x${size}/apps/hearth.png"
done
install -Dm644 "$icons/hearth.svg" "$share/icons/hicolor/scalable/apps/hearth.svg"
mkdir -p "$share/applications"
sed -e "s|^Exec=hearth$|Exec=\"$here/hearth\"|" -e "s|^TryExec=hearth$|TryExec=$here/hearth|" \
    "$here/hearth.desktop" > "$share/applications/hearth.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Hearth added to the application menu ($share/applications/hearth.desktop)."
