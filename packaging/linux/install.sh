#!/bin/sh
# Installs DataFi Desktop from this unpacked archive for the current user (no root):
#   ~/.local/lib/datafi-desktop/        the app (replaced whole on update)
#   ~/.local/bin/datafi-desktop         a symlink to its executable
#   ~/.local/share/applications/datafi-desktop.desktop, the icons (hicolor theme) and
#   ~/.local/share/metainfo/io.datafi.Desktop.metainfo.xml
# Run it again from a newer archive to update. PREFIX=/opt/... installs elsewhere (then run
# it as a user who may write there). Your profile and wallet (~/.local/share/datafi-desktop)
# are never touched. uninstall.sh (also copied into the app folder) removes it again.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP_DIR="$PREFIX/lib/datafi-desktop"
BIN_DIR="$PREFIX/bin"
SHARE="$PREFIX/share"

if [ ! -x "$HERE/datafi-desktop/datafi-desktop" ]; then
  echo "install.sh: run me from the unpacked archive (no datafi-desktop/ beside me)" >&2
  exit 1
fi

mkdir -p "$PREFIX/lib" "$BIN_DIR" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons"

# the app: copied beside the old one, then swapped in, so a failed copy leaves it working
rm -rf "$APP_DIR.new"
cp -R "$HERE/datafi-desktop" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR.old"
[ -e "$APP_DIR" ] && mv "$APP_DIR" "$APP_DIR.old"
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"

ln -sfn "$APP_DIR/datafi-desktop" "$BIN_DIR/datafi-desktop"

# the menu entry names the executable by its full path: ~/.local/bin is not on the PATH of
# every desktop session
sed -e "s|^Exec=datafi-desktop|Exec=$APP_DIR/datafi-desktop|" \
    -e "s|^TryExec=datafi-desktop|TryExec=$APP_DIR/datafi-desktop|" \
    "$HERE/share/applications/datafi-desktop.desktop" > "$SHARE/applications/datafi-desktop.desktop"
cp "$HERE/share/metainfo/io.datafi.Desktop.metainfo.xml" "$SHARE/metainfo/"
cp -R "$HERE/share/icons/hicolor" "$SHARE/icons/"

# refresh the caches when the tools are there (menus pick the entry up without them too)
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
fi
# a stale icon cache would hide the new icon; without a cache GTK reads the folders
if [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
fi
touch "$SHARE/icons/hicolor" 2>/dev/null || true

echo "DataFi Desktop $("$APP_DIR/datafi-desktop" --version | sed 's/^datafi-desktop //') installed in $APP_DIR"
case ":$PATH:" in
  *":$BIN_DIR:"*) echo "Start it from the applications menu or with: datafi-desktop" ;;
  *) echo "Start it from the applications menu or with: $BIN_DIR/datafi-desktop ($BIN_DIR is not on your PATH)" ;;
esac
echo "Try it without an account: datafi-desktop --demo"
