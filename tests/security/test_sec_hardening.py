"""An unlocked app can't leave a core dump: main() sets RLIMIT_CORE to 0 and, on Linux,
PR_SET_DUMPABLE to 0, before anything else. Checked in separate processes, from inside and
from outside (/proc), and with a real crash that would otherwise write a core file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

resource = pytest.importorskip("resource", reason="core-file limits (RLIMIT_CORE) are POSIX")

LINUX = sys.platform.startswith("linux")

# A child that runs the real main() (a sub-command that returns at once), then reports.
REPORT = """
import resource, sys
from intakecompanion.app import main
from intakecompanion.hardening import is_dumpable
main(["verify", "--vault", sys.argv[1], "--passphrase-stdin"])
print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0])
"""

CRASH = """
import os, sys
if sys.argv[1] == "hardened":
    from intakecompanion.app import main
    main(["verify", "--vault", sys.argv[2], "--passphrase-stdin"])
os.abort()
"""


def allow_cores() -> None:
    """In the child, before exec: as a system that keeps core files would be set up."""
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


@pytest.mark.skipif(not LINUX, reason="prctl and /proc are Linux-only")
def test_main_makes_the_process_undumpable_with_no_core_limit(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", REPORT, str(tmp_path / "none.icv")],
        input="x\n",
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=allow_cores,
    )
    assert done.stdout.strip() == "False 0", done.stderr


@pytest.mark.skipif(not LINUX, reason="/proc/<pid>/limits is Linux-only")
def test_the_running_command_shows_no_core_limit_from_outside(tmp_path: Path) -> None:
    """A restore waiting for its passphrase, as another process sees it."""
    child = subprocess.Popen(
        [sys.executable, "-m", "intakecompanion", "restore", "--from", str(tmp_path / "b"),
         "--vault", str(tmp_path / "v.icv"), "--passphrase-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=allow_cores,
    )  # fmt: skip
    try:
        limits = ""
        for _ in range(400):  # until main() has run (Python start-up and imports)
            limits = Path(f"/proc/{child.pid}/limits").read_text()
            line = next(x for x in limits.splitlines() if x.startswith("Max core file size"))
            if line.split()[4] == "0":  # the soft limit, the one the kernel applies
                break
            time.sleep(0.025)
        assert line.split()[4] == "0", limits
    finally:
        child.kill()
        child.wait()


def core_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("core")]


@pytest.mark.skipif(not LINUX, reason="core files as configured on Linux")
def test_a_crash_after_start_up_leaves_no_core_file(tmp_path: Path) -> None:
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"core files go to {pattern!r}, not to the working folder")
    control, hardened = tmp_path / "control", tmp_path / "hardened"
    for folder, mode in ((control, "plain"), (hardened, "hardened")):
        folder.mkdir()
        done = subprocess.run(
            [sys.executable, "-c", CRASH, mode, str(tmp_path / "none.icv")],
            input=b"x\n",
            capture_output=True,
            cwd=folder,
            timeout=60,
            preexec_fn=allow_cores,
        )
        assert done.returncode == -signal.SIGABRT
    if not core_files(control):
        pytest.skip("this system writes no core files even when allowed (nothing to prevent)")
    assert core_files(hardened) == []
    for core in core_files(control):
        os.unlink(core)
