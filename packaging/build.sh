#!/usr/bin/env bash
# Builds the Linux app and its archive from this tree:
#   dist/datafi-desktop/                                  the one-folder app (PyInstaller)
#   dist/datafi-desktop-<version>-linux-<arch>.tar.gz     it, the menu entry, the metainfo,
#                                                         the icons, install.sh, uninstall.sh
# and prints both sizes. It builds in a virtual environment of its own,
# build/packaging-venv (created on first use, then reused), holding only this project (`pip
# install .`) and PyInstaller, so nothing from a development environment gets bundled.
#
#   packaging/build.sh                                   # the release build
#   DATAFI_BUILD_USE_CURRENT_ENV=1 packaging/build.sh    # build with the active Python
#                                                         # (must have PyInstaller; the test)
#   PYTHON=python3.12 packaging/build.sh                  # the Python for the build venv
#   DATAFI_BUNDLE_CHECK=1 packaging/build.sh             # add datafi-bundle-check (tests)
#
# Run it on the oldest Linux you support: the app needs the build machine's glibc or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PYINSTALLER_REQ=${PYINSTALLER_REQ:-"pyinstaller>=6.22,<7"}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' datafi_desktop/__init__.py)
ARCH=$(uname -m)
NAME="datafi-desktop-$VERSION-linux-$ARCH"
[ -n "$VERSION" ] || { echo "build.sh: no __version__ in datafi_desktop/__init__.py" >&2; exit 1; }

started=$(date +%s)
if [ "${DATAFI_BUILD_USE_CURRENT_ENV:-0}" = "1" ]; then
  PY=${PYTHON:-python}
  if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is not installed in $("$PY" -c 'import sys; print(sys.prefix)')" \
         "(pip install '$PYINSTALLER_REQ')" >&2
    exit 1
  fi
else
  VENV=build/packaging-venv
  if [ ! -x "$VENV/bin/python" ]; then
    "${PYTHON:-$(command -v python3.11 || command -v python3)}" -m venv "$VENV"
  fi
  PY=$VENV/bin/python
  echo "== build venv $VENV: installing . and $PYINSTALLER_REQ"
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet . "$PYINSTALLER_REQ"
fi
echo "== PyInstaller $("$PY" -m PyInstaller --version) on $("$PY" -c 'import sys; print(sys.version.split()[0])')"

rm -rf dist/datafi-desktop
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/datafi-desktop.spec
BUNDLE=dist/datafi-desktop
"$BUNDLE/datafi-desktop" --version

# --- desktop files: validated when the tools are installed (scripts/system_deps.sh) -------
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate packaging/linux/datafi-desktop.desktop
else
  echo "build.sh: desktop-file-validate not installed; .desktop file not validated"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net packaging/linux/io.datafi.Desktop.metainfo.xml
else
  echo "build.sh: appstreamcli not installed; metainfo not validated"
fi

# --- the archive -------------------------------------------------------------------------------
STAGE=build/archive/$NAME
rm -rf build/archive
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/icons"
cp -al "$BUNDLE" "$STAGE/datafi-desktop" 2>/dev/null || cp -a "$BUNDLE" "$STAGE/datafi-desktop"
rm -f "$STAGE/datafi-desktop/datafi-bundle-check"  # a test build's checker never ships
cp packaging/linux/datafi-desktop.desktop "$STAGE/share/applications/"
cp packaging/linux/io.datafi.Desktop.metainfo.xml "$STAGE/share/metainfo/"
cp -R resources/icons/hicolor "$STAGE/share/icons/"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
chmod 755 "$STAGE/install.sh" "$STAGE/uninstall.sh"
cat > "$STAGE/README.txt" <<EOF
DataFi Desktop $VERSION for Linux ($ARCH)

Install for your user (no root needed):   ./install.sh
Then start it from the applications menu, or:   ~/.local/bin/datafi-desktop
Try it without an account:   datafi-desktop --demo
Run it without installing:   ./datafi-desktop/datafi-desktop
Remove it:   ~/.local/lib/datafi-desktop/uninstall.sh   (your profile and wallet stay)

Needs a Linux desktop (X11 or Wayland) with glibc $(ldd --version | sed -n '1s/.* //p') or newer.
EOF

# reproducible: sorted names, fixed owner, every mtime at the last commit
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
ARCHIVE=dist/$NAME.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" \
    -C build/archive -cf - "$NAME" | gzip -n -6 > "$ARCHIVE"

echo "== built in $(( $(date +%s) - started )) s"
echo "bundle:  $(du -sh "$BUNDLE" | cut -f1)  $BUNDLE/"
echo "archive: $(du -h "$ARCHIVE" | cut -f1)  $ARCHIVE"
