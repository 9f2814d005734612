"""The Qt user interface."""

from intakecompanion.ui.source_reads import spare_pyside_source_reads

spare_pyside_source_reads()
