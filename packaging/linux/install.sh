#!/bin/sh
# LendingDesk for Linux: install for this user only (no administrator rights needed).
#
#   ./install.sh                      install or upgrade
#   ./install.sh --uninstall          remove the program; your data stays
#   ./install.sh --uninstall --remove-data   remove the program AND the database
#
# Where things go:
#   program   ~/.local/lib/lendingdesk/
#   command   ~/.local/bin/lendingdesk
#   menu      ~/.local/share/applications/nl.lendingdesk.LendingDesk.desktop (+ icon, metainfo)
#   data      ~/.local/share/LendingDesk/   (made by LendingDesk itself; never touched by an
#                                            install or upgrade)
set -eu

APP_ID=nl.lendingdesk.LendingDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PROGRAM_DIR=$HOME/.local/lib/lendingdesk
BIN_DIR=$HOME/.local/bin
APPS_DIR=$DATA_HOME/applications
ICONS_DIR=$DATA_HOME/icons/hicolor
METAINFO_DIR=$DATA_HOME/metainfo
USER_DATA=$DATA_HOME/LendingDesk

say() { printf '%s\n' "$*"; }

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS_DIR" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS_DIR" 2>/dev/null || true
}

install_app() {
    if [ ! -x "$HERE/LendingDesk/lendingdesk" ]; then
        say "LendingDesk/lendingdesk is missing next to install.sh: unpack the whole archive first."
        exit 1
    fi
    mkdir -p "$(dirname "$PROGRAM_DIR")" "$BIN_DIR" "$APPS_DIR" "$METAINFO_DIR" \
        "$ICONS_DIR/256x256/apps" "$ICONS_DIR/scalable/apps"
    # Copy beside the old version first, then swap: a failed copy leaves the old one working.
    rm -rf "$PROGRAM_DIR.new"
    cp -R "$HERE/LendingDesk" "$PROGRAM_DIR.new"
    rm -rf "$PROGRAM_DIR"
    mv "$PROGRAM_DIR.new" "$PROGRAM_DIR"
    ln -sfn "$PROGRAM_DIR/lendingdesk" "$BIN_DIR/lendingdesk"

    # The menu entry starts the program by its full path: ~/.local/bin is not always on PATH
    # in a desktop session.
    sed -e "s|^Exec=.*|Exec=\"$PROGRAM_DIR/lendingdesk\"|" \
        -e "s|^TryExec=.*|TryExec=$PROGRAM_DIR/lendingdesk|" \
        "$HERE/$APP_ID.desktop" >"$APPS_DIR/$APP_ID.desktop"
    chmod 644 "$APPS_DIR/$APP_ID.desktop"
    cp "$HERE/$APP_ID.png" "$ICONS_DIR/256x256/apps/$APP_ID.png"
    cp "$HERE/$APP_ID.svg" "$ICONS_DIR/scalable/apps/$APP_ID.svg"
    cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO_DIR/$APP_ID.metainfo.xml"
    refresh_menus

    say "LendingDesk $("$PROGRAM_DIR/lendingdesk" --version 2>/dev/null | sed 's/^LendingDesk //') is installed."
    say "  Start it from the applications menu (LendingDesk), or type: lendingdesk"
    say "  Your data: $USER_DATA"
    case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) say "  Note: $BIN_DIR is not on your PATH; the menu entry works anyway." ;;
    esac
}

uninstall_app() {
    remove_data=$1
    rm -rf "$PROGRAM_DIR" "$PROGRAM_DIR.new"
    if [ -L "$BIN_DIR/lendingdesk" ]; then
        case "$(readlink "$BIN_DIR/lendingdesk")" in
        "$PROGRAM_DIR"/*) rm -f "$BIN_DIR/lendingdesk" ;;
        esac
    fi
    rm -f "$APPS_DIR/$APP_ID.desktop" "$METAINFO_DIR/$APP_ID.metainfo.xml" \
        "$ICONS_DIR/256x256/apps/$APP_ID.png" "$ICONS_DIR/scalable/apps/$APP_ID.svg"
    refresh_menus
    say "LendingDesk is removed."
    if [ "$remove_data" = yes ]; then
        rm -rf "$USER_DATA"
        say "Your data ($USER_DATA) is removed too."
    elif [ -d "$USER_DATA" ]; then
        say "Your data is kept in $USER_DATA (the database and its backups)."
        say "To remove it as well: $0 --uninstall --remove-data"
    fi
}

action=install
remove_data=no
for arg in "$@"; do
    case "$arg" in
    --uninstall) action=uninstall ;;
    --remove-data) remove_data=yes ;;
    -h | --help)
        sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        say "Unknown option: $arg (use --help)"
        exit 2
        ;;
    esac
done
if [ "$remove_data" = yes ] && [ "$action" != uninstall ]; then
    say "--remove-data only goes with --uninstall."
    exit 2
fi

if [ "$action" = install ]; then install_app; else uninstall_app "$remove_data"; fi
