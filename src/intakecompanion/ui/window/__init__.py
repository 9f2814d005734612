"""The main window and what it is made of: menus, the workspace, the Vault menu, launch."""
