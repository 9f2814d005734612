"""Goals 1 and 7, in child processes: start-up to the painted unlock screen, and memory with the
vault open, each against a bare PySide6 window started the same way, runs interleaved. Beside
them the libraries' floor (floor_window.py): the bare window plus what the program cannot do
without at that moment, so the report tells the libraries' share from the program's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import BenchVault
from benchmarks.results import Goal, Section, Table, mib, ms, times
from benchmarks.timing import Samples, ratio
from intakecompanion.vault.keys import parse_recovery_key

HERE = Path(__file__).resolve().parent
START_RATIO = 1.3
MEMORY_RATIO = 1.5
TIMEOUT_S = 600


@dataclass
class ChildRun:
    seconds: float  # from just before the child was started to the moment it reported
    peak_kib: int  # the child's own peak (VmHWM) when it reported
    report: dict[str, object]


def child_environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["INTAKECOMPANION_HOME"] = str(home)
    # A coach's program runs from compiled bytecode: pip compiles an installed package, the
    # bundles carry it compiled. With PYTHONDONTWRITEBYTECODE (set where the project is worked
    # on) every module changed since its .pyc was last written was compiled again at each
    # start: 170 M instructions more (19 %) with none written (docs/performance.md, ninth
    # pass). The unmeasured first start of each child writes what is missing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("QT_QPA_PLATFORM") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def started_as_module(module: str, *args: str) -> list[str]:
    """The command line that runs `main()` of this folder's `module` (run with cwd=HERE) from
    its compiled bytecode, as an installed program's entry point does: Python compiles a
    script it is given by name at every start (bare_window.py: 2 M instructions, 0.3 %), which
    neither the `intakecompanion` command (five lines) nor the bundle does."""
    return [sys.executable, "-c", f"import sys, {module}; sys.exit({module}.main())", *args]


def run_child(argv: list[str], env: dict[str, str], stdin_text: str = "") -> ChildRun:
    """Start `argv` and read its report: a `painted <monotonic time> <peak KiB>` line or one
    JSON object. The peak comes from the child itself: ru_maxrss of a child includes the
    parent's memory at the fork on Linux, and this parent holds a whole generated vault."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv,
        env=env,
        cwd=HERE,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(stdin_text)
    proc.stdin.close()
    output = proc.stdout.read()
    errors = proc.stderr.read()
    if proc.wait(timeout=TIMEOUT_S) != 0:
        raise RuntimeError(f"{argv[1:]} exited with {proc.returncode}: {errors[-2000:]}")
    if not _reported(output):
        raise RuntimeError(f"{argv[1:]} reported nothing: {errors[-2000:]}")
    report: dict[str, object] = {}
    seconds, peak = float("nan"), 0
    for line in output.splitlines():
        if line.startswith("painted "):
            _word, moment, peak_text = line.split()
            seconds, peak = float(moment) - started, int(peak_text)
        elif line.startswith("{"):
            report = json.loads(line)
            seconds = time.monotonic() - started
            peak = int(str(report.get("peak_kib", 0)))
    return ChildRun(seconds, peak, report)


def _reported(output: str) -> bool:
    return any(line.startswith(("painted ", "{")) for line in output.splitlines())


def rotated(names: tuple[str, ...], round_number: int) -> tuple[str, ...]:
    """The children in a different order each round, so none is always first or last."""
    shift = round_number % len(names)
    return names[shift:] + names[:shift]


def bench_startup(bench: BenchVault, repeats: int) -> Section:
    """Goal 1: the app to its unlock screen, against the bare window; time and peak memory."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        env = child_environment(Path(home))
        commands = {
            "app": started_as_module("app_window", "--vault", str(bench.encrypted), "--lang", "nl"),
            "floor": started_as_module("floor_window", "unlock"),
            "bare": started_as_module("bare_window"),
        }
        runs: dict[str, list[ChildRun]] = {name: [] for name in commands}
        for command in commands.values():
            run_child(command, env)  # one unmeasured start of each fills the disk cache
        for round_number in range(repeats):
            for name in rotated(tuple(commands), round_number):
                runs[name].append(run_child(commands[name], env))
    start = {name: Samples([r.seconds for r in rs]) for name, rs in runs.items()}
    peak = {name: Samples([r.peak_kib for r in rs]) for name, rs in runs.items()}
    time_ratio = ratio(start["app"].median, start["bare"].median)
    memory_ratio = ratio(peak["app"].median, peak["bare"].median)
    floor_time = ratio(start["floor"].median, start["bare"].median)
    floor_memory = ratio(peak["floor"].median, peak["bare"].median)
    table = Table(
        "Start-up to the painted unlock screen (goal 1)",
        ["process", "start median", "start p95", "peak memory (median)"],
        [
            [name, ms(start[name].median), ms(start[name].p95), mib(peak[name].median)]
            for name in ("app", "floor", "bare")
        ],
        note=f"From just before the process is started to its first paint (the app in "
        f"benchmarks/app_window.py, the bare QMainWindow in benchmarks/bare_window.py, "
        f"both with the same watcher), Qt platform `{env['QT_QPA_PLATFORM'] or 'default'}`, "
        f"files in the page cache (a warm start; the first run is not counted). 'floor' is "
        f"the bare window with what any unlock screen here needs (benchmarks/floor_window.py: "
        f"the Dutch translations, plain-text labels, a passphrase field, a button). "
        f"Each child runs its module's `main()` from compiled bytecode, as an installed program "
        f"starts. {repeats} runs each, in rotation. Peak memory is the child's own VmHWM when "
        f"it reports.",
    )
    goals = [
        Goal(
            1,
            "Start-up to the unlock screen",
            f"≤ {START_RATIO}× bare window",
            f"{times(time_ratio)} ({ms(start['app'].median)} vs {ms(start['bare'].median)}; "
            f"the libraries' floor {times(floor_time)})",
            time_ratio <= START_RATIO,
        ),
        Goal(
            1,
            "Peak memory at the unlock screen",
            "≤ 1.5× bare window",
            f"{times(memory_ratio)} ({mib(peak['app'].median)} vs {mib(peak['bare'].median)}; "
            f"the libraries' floor {times(floor_memory)})",
            memory_ratio <= MEMORY_RATIO,
        ),
    ]
    return Section(goals, [table])


def bench_open_memory(bench: BenchVault, repeats: int) -> Section:
    """Goal 7: the app unlocked with the client list showing, against the bare window."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        env = child_environment(Path(home))
        opened = [sys.executable, str(HERE / "app_open.py"), "--vault", str(bench.encrypted)]
        floor = [sys.executable, str(HERE / "floor_window.py"), "vault", str(bench.encrypted)]
        key_hex = parse_recovery_key(bench.recovery_key).hex()
        children = {
            "app": (opened, bench.recovery_key + "\n"),
            "floor": (floor, key_hex + "\n"),
            "bare": ([sys.executable, str(HERE / "bare_window.py")], ""),
        }
        runs: dict[str, list[ChildRun]] = {name: [] for name in children}
        for round_number in range(repeats):
            for name in rotated(tuple(children), round_number):
                command, stdin_text = children[name]
                runs[name].append(run_child(command, env, stdin_text))
        app_runs, bare_runs = runs["app"], runs["bare"]
        with_kdf = run_child(opened + ["--key-mode", "passphrase"], env, bench.passphrase + "\n")
    peak = Samples([r.peak_kib for r in app_runs])
    bare_peak = Samples([r.peak_kib for r in bare_runs])
    floor_peak = Samples([r.peak_kib for r in runs["floor"]])
    current = Samples([float(str(r.report["current_kib"])) for r in app_runs])
    to_list = Samples([float(str(r.report["unlock_to_list_s"])) for r in app_runs])
    memory_ratio = ratio(peak.median, bare_peak.median)
    rows = app_runs[0].report["rows_in_list"]
    table = Table(
        "The vault open in the app (goal 7)",
        ["what", "median", "p95"],
        [
            ["peak memory, vault open, list showing", mib(peak.median), mib(peak.p95)],
            ["memory in use then (VmRSS)", mib(current.median), mib(current.p95)],
            ["the libraries' floor, peak", mib(floor_peak.median), mib(floor_peak.p95)],
            ["bare window peak", mib(bare_peak.median), mib(bare_peak.p95)],
            ["unlock request → client list painted (no KDF)", ms(to_list.median), ms(to_list.p95)],
            [
                "the same with the passphrase: time, peak memory (one run)",
                ms(float(str(with_kdf.report["unlock_to_list_s"]))),
                mib(with_kdf.peak_kib),
            ],
        ],
        note=f"benchmarks/app_open.py builds the window as `launch` does, unlocks "
        f"{bench.sizes.clients:,} clients through the app's own session (recovery key, "
        f"so Argon2id's memory does not count; the passphrase row shows it does) and reports "
        f"once the client list ({rows} rows) has painted. The floor (benchmarks/floor_window.py "
        f"vault) is the bare window with the unlock form, then SQLCipher through sqlite-utils "
        f"(the design's packages) and cryptography's Argon2id and AES-GCM loaded, the vault "
        f"opened with its data key and its first {rows} client names in a list widget. "
        f"{repeats} runs each, in rotation.",
    )
    goal = Goal(
        7,
        f"Peak memory, {bench.sizes.clients:,}-client vault open",
        "≤ 1.5× bare window",
        f"{times(memory_ratio)} ({mib(peak.median)} vs {mib(bare_peak.median)}; the libraries' "
        f"floor {times(ratio(floor_peak.median, bare_peak.median))})",
        memory_ratio <= MEMORY_RATIO,
    )
    return Section([goal], [table])
