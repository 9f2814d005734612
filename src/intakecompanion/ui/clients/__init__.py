"""The client side of the main window: the list with search, one client's history, deleting."""
