"""Start Intake Companion on a virtual X display with the AT-SPI bus and read its tree.

The program runs as given (the venv's `intakecompanion`, or the installed bundle) in a clean
environment with Qt's accessibility on; tests/accessibility/atspi_reader.py reads the tree with
the system's Python and pyatspi. `missing_tools()` says what is not installed
(`make accessibility-tools` installs it); `problems()` is what a screen reader user would trip
over. Run as a program it checks a given command, for the bundle (packaging/linux/check-bundle.sh),
and prints the walk's steps with the seconds each was reached at (the venv's program without --):

    python -m tests.accessibility.harness -- ~/.local/bin/intakecompanion
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.accessibility import xdisplay

from intakecompanion.demo import DEMO_PASSPHRASE, DEMO_PASSPHRASES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
READER = HERE / "atspi_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"
TOOLS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus-daemon",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
}
LANG = "nl"
CLIENT = "Sam De Smet"
FIRST_RUN_PASSPHRASE = "blauwe fiets onder de brug"  # fictional, for a throw-away vault
# The dialogs the reader opens from the menus with a conversation open: (screen, context, menu
# text); then those it opens with the client page's buttons: (screen, context, accessible name).
MENU_DIALOGS = (
    ("settings", "MainWindow", "&Settings..."),
    ("backup", "MainWindow", "&Back up..."),
    ("restore", "MainWindow", "&Restore a backup..."),
    ("summary", "MainWindow", "&Sheet for the client..."),
    ("shortcuts", "MainWindow", "&Keyboard shortcuts"),
    ("about", "MainWindow", "&About Intake Companion"),
    ("your details", "MainWindow", "Your &details..."),
    ("counts", "VaultCommands", "Anonymous &counts..."),
    ("change passphrase", "VaultCommands", "Change &passphrase..."),
    ("new recovery key", "VaultCommands", "New &recovery key..."),
    ("handover", "VaultCommands", "&Hand the client over..."),
    ("take over", "VaultCommands", "&Take over a client..."),
    ("delete", "MainWindow", "&Delete client..."),
)
CLIENT_PAGE_DIALOGS = (
    ("copy", "FilePanel", "Make a copy of the file for the client"),
    ("archive", "FilePanel", "Write a complete copy for the archive, then erase the client"),
)
# The main screens walked once more with the system's language French (LANG, no --lang):
# their names are checked to be French, no Dutch or English left.
FRENCH_LOCALE = "fr_BE.UTF-8"
FRENCH_SCREENS = ("fr unlock", "fr clients", "fr conversation")
SCREENS = (
    "unlock",
    "clients",
    "conversation",
    "client view",
    *(screen for screen, _context, _text in MENU_DIALOGS + CLIENT_PAGE_DIALOGS),
    "create",
    "recovery key",
    *FRENCH_SCREENS,
)
SCREEN = "1366x768x24"
# One virtual desktop at a time on this machine, whoever starts it (the suite's two workers,
# another checkout's suite): Xvfb -displayfd takes the lowest free display and leaves no lock
# file here, and a walk that overlapped another's start or end lost its display ("could not
# connect to display :1", twice, with other suites running beside it).
DESKTOP_LOCK = Path(tempfile.gettempdir()) / "intakecompanion-a11y-desktop.lock"
# Only a walk that is stuck ends at this limit: the reader waits for each step to happen and
# stops at once when the program ends (atspi_reader.py), so a loaded machine only takes longer.
READER_LIMIT = 900
ITEM_ROLES = {"list item", "table cell", "tree item", "page tab"}
# Roles whose nodes a screen reader announces as controls: each needs a name.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "list",
    "table",
    "tree",
    "page tab",
    "page tab list",
    "slider",
    "date editor",
}


def missing_tools() -> list[str]:
    """What is not there to run the check (Debian package names)."""
    missing = [pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None]
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def translated(context: str, source: str, lang: str = LANG) -> str:
    """The translation of source in the program's .ts file for lang (source if none)."""
    ts = ROOT / "resources" / "i18n" / f"intakecompanion_{lang}.ts"
    if not ts.exists():
        return source
    for ctx in ET.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or source
    return source


def _start(args: list[str], env: dict[str, str], **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(args, env=env, start_new_session=True, **kw)  # type: ignore[call-overload, no-any-return]


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End a process this harness started, and its own children (its process group)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def one_desktop_at_a_time(lock: Path = DESKTOP_LOCK) -> Iterator[None]:
    """Hold the machine's desktop lock (waiting for it) while the block runs."""
    import fcntl  # not on Windows, where these tests do not run (no Xvfb)

    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _desktop(folder: Path) -> Iterator[dict[str, str]]:
    """A virtual X display and a session bus; the environment to run programs on them. One at
    a time (`one_desktop_at_a_time`)."""
    with one_desktop_at_a_time():
        yield from _started_desktop(folder)


def _started_desktop(folder: Path) -> Iterator[dict[str, str]]:
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(folder / "home"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
    }
    (folder / "home").mkdir()
    read_end, write_end = os.pipe()
    xvfb_log = folder / "xvfb.log"
    with xvfb_log.open("wb") as log:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            env=env,
            start_new_session=True,
            stderr=log,
        )
    os.close(write_end)
    processes = [xvfb]
    try:
        with os.fdopen(read_end) as pipe:
            display = xdisplay.display_number(pipe.readline(), xvfb, xvfb_log)
        # The number comes when the server is set up; a client is only started once the
        # display has answered one (a server ending nearby once left ":0" without a listener).
        xdisplay.wait_for_display(display, xvfb, xvfb_log)
        env["DISPLAY"] = f":{display}"
        bus = _start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        processes.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        processes.append(
            _start(
                ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        yield env
    finally:
        for process in reversed(processes):
            _stop(process)


def labels(lang: str = LANG) -> dict[str, object]:
    """The names the reader looks for, in the program's language."""
    return {
        "open": translated("ClientPanel", "Open the chosen conversation", lang),
        "back": translated("ConversationPage", "Back to the client's conversations", lang),
        "note": translated("NoteCard", "Note %1, %2", lang).split("%1")[0],
        "menu dialogs": [
            [screen, translated(context, text, lang).replace("&", "")]
            for screen, context, text in MENU_DIALOGS
        ],
        "client page dialogs": [
            [screen, translated(context, text, lang)]
            for screen, context, text in CLIENT_PAGE_DIALOGS
        ],
    }


def read_tree(command: list[str]) -> dict:
    """Start command (--demo added) on a fresh desktop and read its tree with the reader;
    then start it again without a vault and read its first-run pages; then once more with
    the system's language French, for the main screens."""
    tree = _read(command + ["--demo"], [DEMO_PASSPHRASE, CLIENT, json.dumps(labels())])
    first = _read(command, ["--first-run", FIRST_RUN_PASSPHRASE])
    if "error" in first:
        first["first run error"] = first.pop("error")
    first["first run steps"] = first.pop("steps")
    walk_fr = labels("fr") | {"main screens only": True}
    french = _read(
        command + ["--demo"],
        [DEMO_PASSPHRASES["fr"], CLIENT, json.dumps(walk_fr)],
        FRENCH_LOCALE,
    )
    return tree | first | {f"fr {key}": value for key, value in french.items()}


def _read(command: list[str], reader_args: list[str], locale: str = "") -> dict:
    """The reader's walk of command, which speaks LANG (--lang), or the system's language
    given as the locale (LANG) when there is one."""
    with tempfile.TemporaryDirectory(prefix="atspi-") as tmp, _desktop(Path(tmp)) as env:
        app_env = env | {
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "QT_QPA_PLATFORM": "xcb",
        }
        if locale:
            app_env["LANG"] = locale
        app = _start(
            [*command, *([] if locale else ["--lang", LANG])],
            app_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            done = subprocess.run(
                [SYSTEM_PYTHON, str(READER), "--pid", str(app.pid), *reader_args],
                env=env,
                capture_output=True,
                timeout=READER_LIMIT,
                check=False,
            )
        except subprocess.TimeoutExpired as stuck:
            steps = (stuck.stderr or b"").decode(errors="replace")
            raise RuntimeError(f"the reader was stuck {READER_LIMIT} s after:\n{steps}") from None
        finally:
            _stop(app)
        app_errors = app.stderr.read().decode(errors="replace") if app.stderr else ""
    output = done.stdout.decode()
    if not output.strip():
        raise RuntimeError(f"the reader printed nothing: {done.stderr.decode()}\n{app_errors}")
    tree: dict = json.loads(output)
    tree["steps"] = done.stderr.decode(errors="replace").splitlines()
    if "error" in tree:  # say how the program ended: a crash, a signal, or what it wrote
        tree["error"] += f" (exit status {app.returncode}){_last_lines(app_errors)}"
    return tree


def _last_lines(text: str, count: int = 15) -> str:
    """The end of what the program wrote on stderr, to tell a crash from a kill."""
    lines = text.strip().splitlines()[-count:]
    return "".join(f"\n  {line}" for line in lines)


def problems(tree: dict) -> list[str]:
    """What a screen reader user would meet: nameless controls, focus that skips a control,
    stays stuck or lands on a nameless one, focus out of reading order."""
    found = [
        f"reader: {tree[key]}" for key in ("error", "first run error", "fr error") if key in tree
    ]
    for screen in SCREENS:
        if screen not in tree:
            found.append(f"{screen}: not reached")
            continue
        nodes, chain = tree[screen]["nodes"], tree[screen].get("focus", [])
        for node in nodes:
            if node["role"] in CONTROL_ROLES and "enabled" in node["states"] and not node["name"]:
                found.append(f"{screen}: a {node['role']} without a name at {node['box']}")
        for node in nodes:
            if node["role"] == "combo box" and not node["labelled_by"]:
                # On Linux a combo box's name is its choice: its question comes from its label.
                found.append(f"{screen}: the combo box {node['name']!r} has no label linked")
        if "stuck" in tree[screen]:
            found.append(f"{screen}: Tab goes no further than {tree[screen]['stuck']!r}")
        for step in chain:
            if not step["name"]:
                found.append(f"{screen}: focus lands on a nameless {step['role']}")
        focusable = {
            (n["role"], n["name"], tuple(n["box"]))
            for n in nodes
            if {"focusable", "enabled"} <= set(n["states"])  # Tab passes a disabled one by
            and n["role"] in (CONTROL_ROLES - ITEM_ROLES) | {"panel"}
            and n["box"][2] > 0
        }
        reached = {(s["role"], s["name"], tuple(s["box"])) for s in chain}
        # A group of radio buttons is one stop: Tab goes to its chosen one, the arrows choose.
        if any(step["role"] == "radio button" for step in chain):
            reached |= {n for n in focusable if n[0] == "radio button"}
        for role, name, box in sorted(focusable - reached):
            found.append(f"{screen}: Tab never reaches the {role} {name!r} at {list(box)}")
        found += [f"{screen}: {p}" for p in reading_order_problems(chain)]
    foreign = not_french()
    for screen in FRENCH_SCREENS:
        for node in tree.get(screen, {}).get("nodes", []):
            for text in (node["name"], node["description"]):
                if foreign(text):
                    found.append(f"{screen}: {text!r} is not French")
    return found


def not_french() -> Callable[[str], bool]:
    """Whether a text is one of the program's texts in Dutch or English (their sources) and
    none of its French ones: each text a pattern where a %1 stands for anything."""

    def texts(lang: str) -> dict[tuple[str, str], list[str]]:
        ts = ET.parse(ROOT / "resources" / "i18n" / f"intakecompanion_{lang}.ts").getroot()
        return {
            (ctx.findtext("name") or "", message.findtext("source") or ""): [
                t.text or "" for t in message.iter() if t.tag in {"translation", "numerusform"}
            ]
            for ctx in ts.iter("context")
            for message in ctx.iter("message")
        }

    def pattern(text: str) -> re.Pattern[str]:
        return re.compile(".+".join(re.escape(part) for part in re.split(r"%[0-9n]", text)))

    french = {t.replace("&", "") for ts in texts("fr").values() for t in ts}
    other = {
        t.replace("&", "")
        for (_context, source), dutch in texts("nl").items()
        for t in (source, *dutch)
    }

    def telling(text: str) -> bool:
        """A text of a few letters around its %1 ("%1, %2") would match nearly anything."""
        return sum(c.isalpha() for c in re.sub(r"%[0-9n]", "", text)) >= 4

    foreign = [pattern(t) for t in sorted(other - french) if telling(t)]
    french_patterns = [pattern(t) for t in sorted(french) if telling(t) or "%" not in t]

    def is_foreign(text: str) -> bool:
        return any(p.fullmatch(text) for p in foreign) and not any(
            p.fullmatch(text) for p in french_patterns
        )

    return is_foreign


def reading_order_problems(chain: list[dict]) -> list[str]:
    """The focus chain (a cycle) read as a sighted reader reads the window: each section (a
    splitter's pane) in one run, the sections left to right, and within a section down the
    rows and along a row left to right. A cycle is read from the stop a reader meets first
    (the first section's top left): a dialog that erases something starts on its Cancel
    button, and Tab from there goes round to the first control."""
    if chain:
        first = min(range(len(chain)), key=lambda i: reading_place(chain[i]))
        chain = chain[first:] + chain[:first]
    found = []
    for before, after in zip(chain, chain[1:], strict=False):
        if after["pane"] != before["pane"]:
            continue
        bx, by, _bw, bh = before["box"]
        ax, ay, _aw, ah = after["box"]
        same_row = ay < by + bh and by < ay + ah
        if (ay < by and not same_row) or (same_row and ax < bx):
            found.append(f"focus goes back from {before['name']!r} to {after['name']!r}")
    runs = [step for i, step in enumerate(chain) if step["pane"] != chain[i - 1]["pane"]]
    sections = {step["pane"] for step in chain}
    if len(runs) > len(sections):
        order = " > ".join(f"{r['pane'] or 'window'} ({r['name']})" for r in runs)
        found.append(f"focus leaves a section and comes back to it: {order}")
    # Left to right: the splitters' panes, once round the cycle. What stands around the panes
    # of a splitter inside it (a conversation's header above its three panes) is not beside
    # them: it is read first, and where along its row its first stop stands says nothing of
    # the panes' order.
    beside = [run for run in runs if not any(_holds(run["pane"], o["pane"]) for o in runs)]
    descents = sum(1 for i, run in enumerate(beside) if run["box"][0] < beside[i - 1]["box"][0])
    if descents > 1:
        order = " > ".join(f"{r['name']} at x={r['box'][0]}" for r in runs)
        found.append(f"sections not visited left to right: {order}")
    return found


def reading_place(step: dict) -> tuple[list[int], int, int]:
    """Where a sighted reader meets step: by section, then top to bottom, then left to right."""
    section = [int(part) for part in step["pane"].split("/") if part]
    return section, step["box"][1], step["box"][0]


def _holds(outer: str, inner: str) -> bool:
    """Whether the pane `outer` holds the pane `inner` (a splitter's pane inside it)."""
    return inner != outer and (outer == "" or inner.startswith(outer + "/"))


def main(argv: list[str]) -> int:
    default = [str(ROOT / ".venv" / "bin" / "intakecompanion")]
    command = argv[argv.index("--") + 1 :] if "--" in argv else default
    missing = missing_tools()
    if missing:
        print(f"accessibility check skipped: not installed: {', '.join(missing)}")
        return 0 if os.environ.get("REQUIRE_ACCESSIBILITY_CHECK") != "1" else 1
    tree = read_tree(command)
    found = problems(tree)
    for walk in ("steps", "first run steps", "fr steps"):
        print(f"{walk}:", *(line for line in tree[walk] if line.startswith("reader:")), sep="\n  ")
    for screen in SCREENS:
        count = len(tree.get(screen, {}).get("nodes", []))
        steps = len(tree.get(screen, {}).get("focus", []))
        print(f"{screen}: {count} accessible nodes, {steps} focus stops")
    for line in found:
        print(f"accessibility: {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
