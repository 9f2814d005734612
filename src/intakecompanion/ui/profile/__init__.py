"""The coach's own details: the form, its saving, the first-start page and the dialog."""
