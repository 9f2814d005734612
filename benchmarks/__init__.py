"""The performance harness behind `make bench` (not part of `make test`); see run.py."""
