"""The lock lifecycle: the vault session, locking on idle and with the desktop, what a lock
clears (clipboard) or keeps (unsaved edits), and the worker jobs around it."""
