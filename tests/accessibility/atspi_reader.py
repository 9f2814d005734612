"""Read Intake Companion's accessibility tree over AT-SPI, the way a screen reader does.

Run by the system's Python (Debian's python3-pyatspi), not the project's venv, while the program
runs in --demo mode on the same X display and session bus (tests/accessibility/harness.py sets
that up). It walks three screens and prints one JSON document on stdout:

- unlock: the tree, then the focus chain from the passphrase field (Tab after Tab);
- clients: after unlocking with the demo passphrase (typed through the field's EditableText
  interface, Return through the X keyboard);
- conversation: after choosing a client in the list and pressing 'Open conversation';
- client view: F11 there (what the client may read), closed again with Escape;
- dialogs: every dialog the menus open with a client's conversation on screen (the settings,
  the backup, restoring one, the summary, the shortcuts, about, your details, the counts, a new
  passphrase, a new recovery key, the handover, taking a client over, deleting the client) and,
  from the client's page, the copy of the file and archive-then-erase: each its own window,
  walked and tabbed through, closed with Escape.

With "main screens only" among the labels the walk ends after the conversation (the walk in
French).

With --first-run instead of a passphrase the program has no vault yet: it walks the page that
makes one ("create"), fills in a passphrase twice, and walks the recovery-key page.

A node is {role, name, description, states, box, pane}: box is its screen rectangle and pane
the section it sits in (the child indices of the splitters above it), for the reading order.
The focus is followed through the program's focus events, as a screen reader follows it.
Only what is showing is walked; the menu bar's own menus are not opened.

Waiting: each wait is for something to happen (the program on the bus, a page, a dialog, a
focus event, a dialog gone after Escape) and ends as soon as it does; its limit is only there to
end a walk that is stuck, generous enough for a machine under heavy load. Nothing waits for an
event that cannot come: Tab is not pressed in a window where only one control takes the focus,
and a closed dialog is seen gone rather than waited on for a focus event (without a window
manager the main window is not activated again, so none comes). The program's process id
(argument --pid) is watched: if the program ends, the walk stops at once and says so. What
the walk has reached is told on stderr with the seconds since the walk began (and a focus wait
that ran to its limit), so a walk stopped from outside still says where it was, and a slow step
shows.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "Intake Companion"
ITEM_ROLES = {"list item", "table cell", "tree item", "page tab"}
STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "checked": pyatspi.STATE_CHECKED,
    "checkable": pyatspi.STATE_CHECKABLE,
    "pressed": pyatspi.STATE_PRESSED,
    "selected": pyatspi.STATE_SELECTED,
    "editable": pyatspi.STATE_EDITABLE,
    "enabled": pyatspi.STATE_ENABLED,
    "read only": pyatspi.STATE_READ_ONLY,
}
KEY_TAB = 0xFF09
KEY_RETURN = 0xFF0D
KEY_ESCAPE = 0xFF1B
KEY_F11 = 0xFFC8
MAX_TABS = 80
# The limits of the waits (seconds); each wait ends as soon as what it waits for is there.
START = 600  # the program on the accessibility bus (Python and Qt starting on a loaded machine)
APPEAR = 120  # a page or a dialog after a key or a button, the vault after unlocking
FOCUS = 30  # the focus event after a click or a key that moves the focus
TAB = 15  # the next control after Tab (none comes only when Tab is stuck)
PROGRAM_PID = 0  # the program's process (--pid), watched by every wait
BEGAN = time.monotonic()


class ProgramEnded(Exception):
    """The program's process ended during the walk."""


def program_running() -> bool:
    if not PROGRAM_PID:
        return True
    try:
        with open(f"/proc/{PROGRAM_PID}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in {"Z", "X"}
    except (OSError, IndexError):
        return False


def check_running() -> None:
    if not program_running():
        raise ProgramEnded


def reached(step: str) -> None:
    """Tell on stderr how far the walk got."""
    print(f"reader: {time.monotonic() - BEGAN:6.1f} s {step}", file=sys.stderr, flush=True)


def wait_for(what, timeout: float = APPEAR, step: float = 0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        check_running()
        try:
            found = what()
        except GLib.GError:  # the tree changed under the walk (a page replaced): look again
            found = None
        if found:
            return found
        time.sleep(step)
    return None


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP_NAME:
            return app
    return None


def walk(acc, pane: str = "", out=None):
    """Every showing node below acc (depth first, in the tree's order) with its pane."""
    out = [] if out is None else out
    splits = acc.getRoleName() == "split pane"
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        child_pane = f"{pane}/{i}".lstrip("/") if splits else pane
        out.append((child, child_pane))
        if child.getRoleName() != "menu bar":
            walk(child, child_pane, out)
    return out


def describe(acc, pane: str) -> dict:
    state = acc.getState()
    try:
        extents = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        box = [extents.x, extents.y, extents.width, extents.height]
    except NotImplementedError:  # a node with no place of its own on screen
        box = [0, 0, 0, 0]
    labelled_by = [
        target.name or ""
        for relation in acc.getRelationSet()
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
        if target is not None
    ]
    return {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "labelled_by": labelled_by,
        "states": sorted(name for name, s in STATES.items() if state.contains(s)),
        "box": box,
        "pane": pane,
    }


def frame(app):
    return app.getChildAtIndex(0)


def snapshot(app, window=None) -> list[dict]:
    return [describe(acc, pane) for acc, pane in walk(window or frame(app))]


def dialog_window(app):
    """The program's dialog on screen (a window of its own beside the main one)."""
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if (
            child is not None
            and child.getRoleName() == "dialog"
            and child.getState().contains(pyatspi.STATE_SHOWING)
        ):
            return child
    return None


def anywhere(acc, role: str, name: str):
    """The node of role and name below acc, shown or not (a closed menu's items)."""
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None:
            continue
        if child.getRoleName() == role and (child.name or "") == name:
            return child
        found = anywhere(child, role, name)
        if found is not None:
            return found
    return None


class FocusWatch:
    """The control that last got keyboard focus, from the program's focus events (what a
    screen reader announces), rather than the focused state that a tab or a list's current
    item keeps when the focus is elsewhere."""

    def __init__(self) -> None:
        self.source = None
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event) -> None:
        if event.detail1 == 1:
            self.source = event.source

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.01)

    def pump_until(self, what, timeout: float) -> None:
        """Deliver the program's events until what() is true (or timeout)."""
        end = time.monotonic() + timeout
        while not what() and time.monotonic() < end:
            check_running()
            self.pump(0.05)

    def after(self, action, timeout: float = FOCUS) -> dict | None:
        """Run action, then return the control that the focus moved to."""
        self.pump(0.02)
        self.source = None
        action()
        self.settle(timeout)
        return self.current()

    def settle(self, timeout: float = FOCUS) -> None:
        """Wait for a focus event, if none came in yet."""
        end = time.monotonic() + timeout
        while self.source is None and time.monotonic() < end:
            check_running()
            self.pump(0.02)
        if self.source is None:
            reached(f"  no focus event within {timeout} s")
        self.pump(0.05)  # a list announces itself, then its current item

    def current(self) -> dict | None:
        source = self.source
        if source is None:
            return None
        try:
            if source.getRoleName() in ITEM_ROLES:
                found = describe(source.parent, pane_of(source.parent))
                found["item"] = source.name or ""
            else:
                found = describe(source, pane_of(source))
        except GLib.GError:
            return None
        return found


def pane_of(acc) -> str:
    """Where acc sits among the window's sections: the child indices of the split panes
    above it, outermost first ("" outside any)."""
    path: list[str] = []
    child, node = None, acc
    while node is not None and node.getRoleName() != "application":
        if node.getRoleName() == "split pane" and child is not None:
            path.append(str(child.getIndexInParent()))
        child, node = node, node.parent
    return "/".join(reversed(path))


def key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def click(acc) -> None:
    box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")


def tabbing(watch: FocusWatch, start: dict, window) -> dict:
    """The focus chain: Tab from start until the focus comes back to a control it was on (or
    MAX_TABS). Where start is the only control of window that takes the focus, Tab has nowhere
    to go and no focus event would come: the chain is start alone. If no focus event comes
    after Tab in a window with more stops, Tab is stuck on the last one ("stuck")."""
    chain = [start]
    if [_key(stop) for stop in stops(window)] == [_key(start)]:
        return {"focus": chain}
    for _ in range(MAX_TABS):
        now = watch.after(lambda: key(KEY_TAB), timeout=TAB)
        if now is None:
            return {"focus": chain, "stuck": chain[-1]["name"]}
        if any(_same(now, seen) for seen in chain):
            break
        chain.append(now)
    return {"focus": chain}


def stops(window) -> list[dict]:
    """The controls of window that take the focus, as the focus events name them: Qt's bridge
    marks a widget focusable when its focus policy lets it take the focus at all (Tab reaches
    no other); a list's item is its list's stop."""
    return [
        describe(acc, pane)
        for acc, pane in walk(window)
        if acc.getRoleName() not in ITEM_ROLES
        and acc.getState().contains(pyatspi.STATE_FOCUSABLE)
        and acc.getState().contains(pyatspi.STATE_ENABLED)
    ]


def _key(node: dict) -> tuple:
    return node["role"], node["name"], node["box"]


def _same(a: dict, b: dict) -> bool:
    return _key(a) == _key(b)


def first(app, role: str, name: str | None = None, window=None):
    for acc, _pane in walk(window or frame(app)):
        if acc.getRoleName() == role and (name is None or acc.name == name):
            return acc
    return None


def main() -> int:
    global PROGRAM_PID
    if sys.argv[1] == "--pid":
        PROGRAM_PID = int(sys.argv[2])
        del sys.argv[1:3]
    try:
        if sys.argv[1] == "--first-run":
            return first_run(sys.argv[2])
        return walk_program(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))
    except ProgramEnded:
        print(json.dumps({"error": "the program ended during the walk"}))
        return 1


def walk_program(passphrase: str, client: str, labels: dict) -> int:
    result: dict = {}
    app = wait_for(find_app, timeout=START)
    if app is None:
        return stop(result, "the program did not appear on the accessibility bus")
    reached("the program is on the bus")
    field = wait_for(lambda: first(app, "password text"))
    if field is None:
        return stop(result | {"unlock": snapshot(app)}, "no passphrase field")
    watch = FocusWatch()
    # No window manager on the test display: a click on the field activates the window.
    start = watch.after(lambda: click(field))
    if start is None:
        return stop(result, "a click on the passphrase field gave it no focus")
    result["unlock"] = {"nodes": snapshot(app), **tabbing(watch, start, frame(app))}
    reached("unlock")

    field.queryEditableText().setTextContents(passphrase)
    focus_on(field)
    watch.source = None
    key(KEY_RETURN)
    clients = wait_for(lambda: _client_item(app, client))
    watch.settle()
    start = watch.current()
    if clients is None or start is None:
        return stop(result, "the client list did not appear after unlocking")
    result["clients"] = {"nodes": snapshot(app), **tabbing(watch, start, frame(app))}
    reached("clients")

    click(clients)
    button = wait_for(lambda: first(app, "push button", labels["open"]))
    if button is None:
        return stop(result, f"no button {labels['open']!r} after choosing {client!r}")
    start = watch.after(lambda: button.queryAction().doAction(0))
    if start is None:
        return stop(result, "no focus in the conversation after opening one")
    result["conversation"] = {"nodes": snapshot(app), **tabbing(watch, start, frame(app))}
    reached("conversation")
    if labels.get("main screens only"):
        print(json.dumps(result, ensure_ascii=False))
        return 0

    # Typing in a note through the field's text interface: the save is said without the
    # focus moving (an announcement event), once after the burst.
    heard = Announcements()
    note = wait_for(lambda: first_named(app, "text", labels["note"]))
    if note is None:
        return stop(result, f"no note field {labels['note']!r}")
    text = note.queryText()
    for word in (" Tot", " volgende", " week."):
        note.queryEditableText().insertText(text.characterCount, word, len(word))
        watch.pump(0.2)
    watch.pump_until(lambda: heard.messages, APPEAR)
    watch.pump(3.0)  # a second announcement of the same save would come now
    result["announcements"] = heard.messages

    start = watch.after(lambda: key(KEY_F11))
    if start is None:
        return stop(result, "F11 did not show the client view")
    result["client view"] = {"nodes": snapshot(app), **tabbing(watch, start, frame(app))}
    watch.after(lambda: key(KEY_ESCAPE))
    reached("client view")

    for screen, menu_item in labels["menu dialogs"]:
        item = anywhere(frame(app), "menu item", menu_item)
        if item is None:
            return stop(result, f"no menu item {menu_item!r}")
        problem = walk_dialog(app, watch, result, screen, lambda item=item: do(item))
        if problem:
            return stop(result, f"{screen} ({menu_item!r}): {problem}")

    back = wait_for(lambda: first(app, "push button", labels["back"]))
    if back is None:
        return stop(result, f"no button {labels['back']!r} in the conversation")
    do(back)
    for screen, name in labels["client page dialogs"]:
        button = wait_for(lambda name=name: first(app, "push button", name))
        if button is None:
            return stop(result, f"no button {name!r} on the client's page")
        problem = walk_dialog(app, watch, result, screen, lambda button=button: do(button))
        if problem:
            return stop(result, f"{screen} ({name!r}): {problem}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


class Announcements:
    """What the program asks a screen reader to say (`object:announcement`, AT-SPI 2.46)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        pyatspi.Registry.registerEventListener(self._on_event, "object:announcement")

    def _on_event(self, event) -> None:
        self.messages.append(str(event.any_data))


def first_named(app, role: str, start: str):
    """The first showing node of role whose name starts with start."""
    for acc, _pane in walk(frame(app)):
        if acc.getRoleName() == role and (acc.name or "").startswith(start):
            return acc
    return None


def focus_on(acc) -> None:
    """Give acc the keyboard focus (for Return through the X keyboard) and wait until it has
    it: it may have it already, and then no focus event comes."""
    acc.queryComponent().grabFocus()
    wait_for(lambda: acc.getState().contains(pyatspi.STATE_FOCUSED), timeout=FOCUS)


def do(acc) -> None:
    """Press a button or menu item through its accessible action (a screen reader's Enter)."""
    acc.queryAction().doAction(0)


def walk_dialog(app, watch: FocusWatch, result: dict, screen: str, open_it) -> str:
    """Open a dialog, walk it and tab round it, close it with Escape: what went wrong ("" if
    nothing)."""
    watch.pump(0.02)  # what came in before the dialog is not its focus
    watch.source = None
    open_it()
    dialog = wait_for(lambda: dialog_window(app))
    if dialog is None:
        return "the dialog did not open"
    watch.pump(0.3)
    start = watch.current()
    if start is None or dialog_window(app) is None:
        focusable = [
            acc
            for acc, _pane in walk(dialog)
            if acc.getState().contains(pyatspi.STATE_FOCUSABLE) and acc.childCount == 0
        ]
        if not focusable:
            return "nothing in the dialog takes the focus"
        # No window manager on the test display: a click activates the dialog's window.
        start = watch.after(lambda: click(focusable[0]))
    result[screen] = {
        "nodes": snapshot(app, dialog),
        **tabbing(watch, start, dialog),
        "window": dialog.name or "",
    }
    key(KEY_ESCAPE)
    if wait_for(lambda: dialog_window(app) is None or None) is None:
        return "Escape did not close the dialog"
    reached(screen)
    return ""


def stop(result: dict, error: str) -> int:
    result["error"] = error
    print(json.dumps(result, ensure_ascii=False))
    return 1


def first_run(passphrase: str) -> int:
    """The program without a vault: the page that makes one, then its recovery key."""
    result: dict = {}
    app = wait_for(find_app, timeout=START)
    if app is None:
        return stop(result, "the program did not appear on the accessibility bus")
    reached("the program is on the bus (first run)")
    fields = wait_for(
        lambda: [a for a, _p in walk(frame(app)) if a.getRoleName() == "password text"]
    )
    if not fields or len(fields) < 2:
        return stop(result, "no two passphrase fields on the first-run page")
    watch = FocusWatch()
    start = watch.after(lambda: click(fields[0]))
    if start is None:
        return stop(result, "a click on the passphrase field gave it no focus")
    result["create"] = {"nodes": snapshot(app), **tabbing(watch, start, frame(app))}
    reached("create")
    for field in fields[:2]:
        field.queryEditableText().setTextContents(passphrase)
    focus_on(fields[1])
    key(KEY_RETURN)
    confirm = wait_for(lambda: first(app, "password text") is None and first(app, "check box"))
    if confirm is None:
        return stop(result, "no recovery-key page after making the vault")
    watch.pump(0.3)
    start = watch.current() or watch.after(lambda: click(confirm))
    result["recovery key"] = {"nodes": snapshot(app), **tabbing(watch, start, frame(app))}
    reached("recovery key")
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _client_item(app, client: str):
    for acc, _pane in walk(frame(app)):
        if acc.getRoleName() == "list item" and (acc.name or "").startswith(client):
            return acc
    return None


if __name__ == "__main__":
    sys.exit(main())
