"""What the figures were measured on: CPU, cores, memory, disk, load, and library versions."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

import sqlcipher3


def _first_line_with(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def _disk(folder: Path) -> str:
    try:
        out = subprocess.run(
            ["findmnt", "-no", "SOURCE,FSTYPE", "--target", str(folder)],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    if len(out) < 2:
        return "unknown"
    source, fstype = out[0], out[1]
    device = Path(source).name
    base = device.rstrip("0123456789") if not device.startswith("nvme") else device[:-2]
    rotational = Path(f"/sys/block/{base}/queue/rotational")
    kind = ""
    if rotational.is_file():
        kind = f"rotational flag {rotational.read_text().strip()}"  # virtual disks often say 1
    return f"{source} ({fstype}{', ' + kind if kind else ''})"


def machine(folder: Path) -> dict[str, str]:
    mem_kib = _first_line_with("/proc/meminfo", "MemTotal").split()[0]
    memory = f"{int(mem_kib) / 1024 / 1024:.1f} GiB" if mem_kib.isdigit() else "unknown"
    return {
        "CPU": _first_line_with("/proc/cpuinfo", "model name"),
        "Cores": str(os.cpu_count()),
        "RAM": memory,
        "Disk (vault folder)": _disk(folder),
        "OS": platform.platform(),
    }


def versions() -> dict[str, str]:
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.execute("PRAGMA key = 'the provider is only told once a key is set'")
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    import PySide6
    from PySide6 import QtCore

    return {
        "Python": platform.python_version(),
        "PySide6 / Qt": f"{PySide6.__version__} / {QtCore.qVersion()}",
        "SQLCipher (crypto)": f"{cipher} ({provider})",
        "SQLite": sqlite,
        "sqlcipher3": _dist_version("sqlcipher3"),
        "cryptography (Argon2id)": _dist_version("cryptography"),
    }


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"
