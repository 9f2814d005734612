"""The client's copy of their file (issue 15): everything the vault holds about one client,
as a plain-language PDF and a JSON file (docs/client-export.md)."""
