"""What the coach sees while the vault is locked: create it, unlock it, or recover it."""
