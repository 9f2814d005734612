#!/usr/bin/env bash
# `make test-windows`: the `make test` suite on the embeddable CPython 3.11 for Windows under
# Wine, offscreen. Tests marked wine_limit("why") are skipped here (and only here); pytest's
# summary lists each with its reason. Extra arguments go to pytest.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/setup.sh"
source "$HERE/env.sh"
cd "$WIN_ROOT"
# QT_QPA_PLATFORM=offscreen is set in the prefix (setup.sh): Wine does not pass QT_* on.
status=0
winpython -m pytest -p no:cacheprovider -m "not slow" "$@" || status=$?
"$WINESERVER" -k 2>/dev/null || true
exit "$status"
