"""For `make bench`: the app, quitting right after its window's first paint and printing when
that was (the bare window's watcher, bare_window.py), so start-up can be timed from outside.

Run by `benchmarks/startup.py` (its `main()`) with the app's own arguments; the shipped program
carries no such hook: the watcher is put on the main window as `launch` shows it. The app is
started as its entry point starts it (the `intakecompanion` command, the bundle's launcher):
`intakecompanion.app.main` is imported first and imports the rest itself, in the same order
(PySide6 and the window imported here first made the start 17 M instructions dearer, 1.8 %)
and with the garbage collector off from `main` on, as the program has it; so the watcher is put
on `MainWindow` when `launch` imports it.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec
from types import ModuleType

WINDOW_MODULE = "intakecompanion.ui.window.main_window"


class WatchTheWindow:
    """An import finder that only waits for the main window's module: once that module has
    run, its `MainWindow.show_as_remembered` also puts the watcher on the window. It then steps
    out of the import system."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != WINDOW_MODULE:
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        assert spec is not None and spec.loader is not None
        run = spec.loader.exec_module

        def exec_and_watch(module: ModuleType) -> None:
            run(module)
            watch(module.MainWindow)

        spec.loader.exec_module = exec_and_watch  # type: ignore[method-assign]
        return spec


def watch(window_class: type) -> None:
    from bare_window import FirstPaint  # this folder is first on sys.path (startup.py)

    show = window_class.show_as_remembered  # type: ignore[attr-defined]

    def show_watched(window: object) -> None:
        FirstPaint(window)  # type: ignore[arg-type]
        show(window)

    window_class.show_as_remembered = show_watched  # type: ignore[attr-defined]


def main() -> int:
    sys.meta_path.insert(0, WatchTheWindow())
    from intakecompanion.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
