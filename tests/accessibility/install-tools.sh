#!/bin/sh
# The screen-reader test's tools (tests/accessibility/harness.py): a virtual X display, a
# session bus, the AT-SPI bus and the system Python's pyatspi, and the X libraries Qt's xcb
# platform needs. Installed from Debian's packages when missing and this user may (root, or
# sudo without a password); otherwise the test skips and says what is missing. Never fails.
PACKAGES="xvfb dbus-daemon at-spi2-core python3-pyatspi gir1.2-atspi-2.0 libxcb-cursor0
libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1
libxkbcommon-x11-0 fonts-dejavu-core"

command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || exit 0
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "accessibility tools missing (the screen-reader test will skip):$missing"
  exit 0
fi
echo "installing the screen-reader test's tools:$missing"
{ $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing; } \
  >/dev/null 2>&1 || echo "could not install:$missing (the screen-reader test will skip)"
exit 0
