#!/bin/sh
# Install Safety Assistant for the current user, from the unpacked download.
#
#   ./install.sh              copy the app to ~/.local/share/safety-assistant and add it to
#                             the applications menu (no administrator password needed)
#   ./install.sh --uninstall  remove the app, its menu entry and its icons
#
# Your own data (settings, progress) is kept in another folder and is not removed.
set -eu

APP_ID=kz.safety_assistant.SafetyAssistant
NAME=safety-assistant
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$DATA/$NAME
BIN=$HOME/.local/bin
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_menus() {
    # Both tools are optional: menus also notice the new files on their own.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

# Refuse, before copying anything, when this computer cannot run the app: a menu entry
# that silently does nothing is worse than a clear message.
cannot_start() {
    echo "Safety Assistant cannot start on this computer:" >&2
    echo "  $1" >&2
    echo "Nothing was installed. Two ways out:" >&2
    echo "  - a newer Linux (Ubuntu 22.04, Linux Mint 21, Debian 12 or later), or" >&2
    echo "  - the Python package, where Python 3.11 or newer is available:" >&2
    echo "      pipx install safety_assistant-VERSION-py3-none-any.whl" >&2
    echo "    (see README.md, \"Linux: other systems (pipx)\")." >&2
    exit 1
}

check_can_start() {
    floor_file="$HERE/share/$NAME/glibc-floor"
    if [ -f "$floor_file" ] && command -v getconf >/dev/null 2>&1; then
        need=$(cat "$floor_file")
        have=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc //p')
        if [ -n "$have" ] && [ -n "$need" ] \
            && [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n 1)" != "$need" ]; then
            cannot_start "it needs the GNU C library $need or newer; this system has $have."
        fi
    fi
    if ! output=$("$HERE/$NAME" --version 2>&1); then
        cannot_start "$(printf '%s' "$output" | tail -n 3)"
    fi
}

uninstall() {
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    rm -f "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    if [ -L "$BIN/$NAME" ]; then rm -f "$BIN/$NAME"; fi
    rm -rf "$TARGET"
    refresh_menus
    echo "Safety Assistant was removed."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
if [ ! -x "$HERE/$NAME" ]; then
    echo "Cannot find $HERE/$NAME: run this script from the unpacked download." >&2
    exit 1
fi

check_can_start

# 1. The program files.
if [ "$HERE" != "$TARGET" ]; then
    mkdir -p "$DATA"
    rm -rf "$TARGET.new"
    cp -R "$HERE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi

# 2. The menu entry, pointing at the installed program (quoted: the path may have spaces).
mkdir -p "$DATA/applications" "$DATA/metainfo"
sed -e "s|^Exec=.*|Exec=\"$TARGET/$NAME\"|" -e "s|^TryExec=.*||" \
    "$TARGET/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$TARGET/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"

# 3. The icons.
for size in $ICON_SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$TARGET/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$DATA/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$TARGET/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/"

# 4. A command for the terminal, when ~/.local/bin is used.
if [ -d "$BIN" ]; then
    ln -sf "$TARGET/$NAME" "$BIN/$NAME"
fi

refresh_menus
echo "Safety Assistant is installed. Open it from the applications menu."
