#!/bin/sh
# Add Casefile to this user's application menu (no root needed), from the unpacked bundle.
# Run from anywhere: sh /path/to/Casefile/install-desktop-entry.sh
# It copies the icon and a .desktop file whose Exec points at this folder's `casefile`;
# `--remove` takes both out again. Case data is never here: it lives where the app's
# settings say (by default under ~/.local/share/Casefile).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor/256x256/apps
scalable=$data/icons/hicolor/scalable/apps

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/casefile.desktop" "$icons/casefile.png" "$scalable/casefile.svg"
    echo "Removed Casefile from the application menu."
    exit 0
fi

mkdir -p "$apps"
if [ -f "$here/share/icons/casefile.png" ]; then
    mkdir -p "$icons"
    cp "$here/share/icons/casefile.png" "$icons/casefile.png"
fi
if [ -f "$here/share/icons/casefile.svg" ]; then
    mkdir -p "$scalable"
    cp "$here/share/icons/casefile.svg" "$scalable/casefile.svg"
fi
# Quote the path the way the Desktop Entry spec asks, so a folder with spaces works.
exe=$(printf '%s' "$here/casefile" | sed 's/["`$\\]/\\&/g')
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s" gui\n' "$exe" ;;
        TryExec=*) printf 'TryExec=%s\n' "$here/casefile" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/casefile.desktop" > "$apps/casefile.desktop"
chmod 0644 "$apps/casefile.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Casefile added to the application menu ($apps/casefile.desktop)."
