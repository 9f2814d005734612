"""Read Intake Companion's accessibility tree over AT-SPI, the way a screen reader does.

Run by the system's Python (Debian's python3-pyatspi), not the project's venv, while the program
runs in --demo mode on the same X display and session bus (tests/accessibility/harness.py sets
that up). It walks three screens and prints one JSON document on stdout:

- unlock: the tree, then the focus chain from the passphrase field (Tab after Tab);
- clients: after unlocking with the demo passphrase (typed through the field's EditableText
  interface, Return through the X keyboard);
- conversation: after choosing a client in the list and pressing 'Open conversation'.

A node is {role, name, description, states, box, pane}: box is its screen rectangle and pane
the section it sits in (the child indices of the splitters above it), for the reading order.
The focus is followed through the program's focus events, as a screen reader follows it.
Only what is showing is walked; the menu bar's own menus are not opened.
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
MAX_TABS = 80


def wait_for(what, timeout: float = 30.0, step: float = 0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
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
    box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": sorted(name for name, s in STATES.items() if state.contains(s)),
        "box": [box.x, box.y, box.width, box.height],
        "pane": pane,
    }


def frame(app):
    return app.getChildAtIndex(0)


def snapshot(app) -> list[dict]:
    return [describe(acc, pane) for acc, pane in walk(frame(app))]


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

    def after(self, action, timeout: float = 5.0) -> dict | None:
        """Run action, then return the control that the focus moved to."""
        self.pump(0.02)
        self.source = None
        action()
        end = time.monotonic() + timeout
        while self.source is None and time.monotonic() < end:
            self.pump(0.02)
        self.pump(0.05)  # a list announces itself, then its current item
        return self.current()

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


def focus_chain(watch: FocusWatch, start: dict) -> list[dict]:
    """Tab from start until the focus comes back to a control it was on (or MAX_TABS)."""
    chain = [start]
    for _ in range(MAX_TABS):
        now = watch.after(lambda: key(KEY_TAB))
        if now is None or any(_same(now, seen) for seen in chain):
            break
        chain.append(now)
    return chain


def _same(a: dict, b: dict) -> bool:
    return (a["role"], a["name"], a["box"]) == (b["role"], b["name"], b["box"])


def first(app, role: str, name: str | None = None):
    for acc, _pane in walk(frame(app)):
        if acc.getRoleName() == role and (name is None or acc.name == name):
            return acc
    return None


def main() -> int:
    passphrase = sys.argv[1]
    client = sys.argv[2]
    open_label = sys.argv[3]
    result: dict = {}
    app = wait_for(find_app, timeout=40)
    if app is None:
        print(json.dumps({"error": "the program did not appear on the accessibility bus"}))
        return 1
    field = wait_for(lambda: first(app, "password text"), timeout=20)
    if field is None:
        print(json.dumps({"error": "no passphrase field", "unlock": snapshot(app)}))
        return 1
    watch = FocusWatch()
    # No window manager on the test display: a click on the field activates the window.
    start = watch.after(lambda: click(field), timeout=5)
    if start is None:
        result["error"] = "a click on the passphrase field gave it no focus"
        print(json.dumps(result))
        return 1
    result["unlock"] = {"nodes": snapshot(app), "focus": focus_chain(watch, start)}

    field.queryEditableText().setTextContents(passphrase)
    watch.after(lambda: field.queryComponent().grabFocus(), timeout=2)
    key(KEY_RETURN)
    clients = wait_for(lambda: _client_item(app, client), 30)
    watch.pump(0.3)
    start = watch.current()
    if clients is None or start is None:
        result["error"] = "the client list did not appear after unlocking"
        print(json.dumps(result))
        return 1
    result["clients"] = {"nodes": snapshot(app), "focus": focus_chain(watch, start)}

    click(clients)
    button = wait_for(lambda: first(app, "push button", open_label), timeout=10)
    if button is None:
        result["error"] = f"no button {open_label!r} after choosing {client!r}"
        print(json.dumps(result))
        return 1
    start = watch.after(lambda: button.queryAction().doAction(0), timeout=10)
    if start is None:
        result["error"] = "no focus in the conversation after opening one"
        print(json.dumps(result))
        return 1
    result["conversation"] = {"nodes": snapshot(app), "focus": focus_chain(watch, start)}
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _client_item(app, client: str):
    for acc, _pane in walk(frame(app)):
        if acc.getRoleName() == "list item" and (acc.name or "").startswith(client):
            return acc
    return None


if __name__ == "__main__":
    sys.exit(main())
