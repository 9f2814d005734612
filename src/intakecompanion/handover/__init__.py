"""Handing a client over to a colleague and taking one over (issue 16)."""
