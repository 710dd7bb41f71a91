#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Counter needs that are missing; does nothing when all are there.
#   scripts/system-packages.sh run    # a desktop: Qt's X11 libraries and a CJK font
#   scripts/system-packages.sh test   # the test suite: offscreen Qt, fonts, Xvfb for screenshots
set -euo pipefail
purpose="${1:-run}"
common=(python3 python3-venv libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0
        libglib2.0-0 libdbus-1-3 fonts-wqy-zenhei fonts-hanazono)
x11=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
     libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
case "$purpose" in
    run) wanted=("${common[@]}" "${x11[@]}") ;;
    test) wanted=("${common[@]}" "${x11[@]}" xvfb xauth poppler-utils zbar-tools cups cups-pdf cups-bsd) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian-like system: install Qt 6's runtime libraries and a CJK font yourself." >&2
    exit 0
fi
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
