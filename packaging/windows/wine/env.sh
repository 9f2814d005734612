# Sourced by the Wine harness scripts: where the Windows Python lives and how to start it.
# Everything is kept in the ignored build folder of this checkout (build/windows/).
WIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
WIN_BUILD="$WIN_ROOT/build/windows"
WIN_PYTHON_DIR="$WIN_BUILD/python"
export WINEPREFIX="$WIN_BUILD/prefix"
export WINEARCH=win64
# Quiet, and no offer to download Wine Mono or Gecko (no network; the program needs neither).
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="mscoree,mshtml="
# Debian's wine64 package has no wine64 on PATH without the 'wine' package; use it directly.
WINE="${WINE:-/usr/lib/wine/wine64}"
WINESERVER="${WINESERVER:-/usr/lib/wine/wineserver}"

# Run the Windows Python. Wine 8 gives a console program that writes to a regular file an
# invalid standard handle (Python stops with 'init_sys_streams: can't initialize sys standard
# streams'), so its output always goes through a pipe; the exit code is Python's (pipefail).
winpython() {
    set -o pipefail
    "$WINE" "$WIN_PYTHON_DIR/python.exe" "$@" </dev/null 2>&1 | cat
}

# Install the Debian packages among "$@" that are missing (apt-get, as .ci/run does).
ensure_debian_packages() {
    local missing=() p sudo=""
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -gt 0 ] || return 0
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
