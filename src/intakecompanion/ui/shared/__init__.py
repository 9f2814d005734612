"""App-wide services for every screen: look and language, settings, the crash hook, plain
widgets, autosave, file places and the vault's error texts."""
