#!/bin/sh
# Removes what install.sh installed (same PREFIX, default ~/.local). Your profile, cache and
# wallet keystores in ~/.local/share/datafi-desktop stay: delete that folder yourself only
# once you have exported or no longer need the wallet.
set -eu

PREFIX=${PREFIX:-$HOME/.local}
APP_DIR="$PREFIX/lib/datafi-desktop"
SHARE="$PREFIX/share"

link="$PREFIX/bin/datafi-desktop"
# only our symlink, never a datafi-desktop installed another way (pip, a package)
if [ -L "$link" ] && [ "$(readlink "$link")" = "$APP_DIR/datafi-desktop" ]; then
  rm -f "$link"
fi
rm -f "$SHARE/applications/datafi-desktop.desktop" \
      "$SHARE/metainfo/io.datafi.Desktop.metainfo.xml" \
      "$SHARE/icons/hicolor/scalable/apps/datafi-desktop.svg"
for size in 16 24 32 48 64 128 256 512; do
  rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/datafi-desktop.png"
done
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
fi
# a stale icon cache would hide the new icon; without a cache GTK reads the folders
if [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
fi
rm -rf "$APP_DIR" "$APP_DIR.new" "$APP_DIR.old"

data=${XDG_DATA_HOME:-$HOME/.local/share}/datafi-desktop
echo "DataFi Desktop removed from $PREFIX."
if [ -d "$data" ]; then
  echo "Your profiles and wallet are still in $data (delete it yourself when you no longer need them)."
fi
