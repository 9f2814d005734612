"""Intake Companion: a coach's companion for a client's first conversation."""

__version__ = "0.1.0"
APP_ID = "org.intakecompanion.IntakeCompanion"
APP_NAME = "IntakeCompanion"
