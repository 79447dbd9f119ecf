#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, when they are missing:
# Qt's runtime libraries (offscreen and xcb), Xvfb for screenshots of a real window,
# fonts with CJK, Arabic and Hebrew glyphs, PostgreSQL and haproxy for the hub's tests, and the tools
# the packaging build and its test use.
# Needs root (or sudo). Without either it says what is missing and carries on:
# tests that need a missing part skip with a reason.
set -euo pipefail

PACKAGES=(
  xvfb xauth x11-utils
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
  # Arabic, Hebrew, Devanagari, Thai (noto-core), Chinese/Japanese/Korean (noto-cjk), emoji:
  # the text pane names characters no font draws (ui/panes/text/glyphs.py)
  fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
  # locale sources for localedef: tests/ui/test_locale_digests.py signs under de_DE, ar_EG, hi_IN
  locales
  postgresql
  # the hub cluster test: haproxy in front of three hub processes (deploy/haproxy.cfg)
  haproxy
  # packaging (tests/packaging): PyInstaller reads and strips libraries with binutils;
  # the .desktop entry and AppStream metainfo are validated when these two are present
  binutils desktop-file-utils appstream
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system_deps: not a Debian system; please install: ${missing[*]}" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
  else
    echo "system_deps: not root; these Debian packages are missing: ${missing[*]}" >&2
    echo "system_deps: tests that need them will be skipped" >&2
    exit 0
  fi
fi
echo "system_deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
