"""Dialogs the coach opens from the menus: details, settings, shortcuts, about."""
