"""The conversation guide: what builds trust in a first conversation, as editable data files.

Import from here; the submodules are the format (model), the checks (build, locate, problems),
files (loader), the vault copy (snapshot) and the `check-guide` command (cli).
"""

from intakecompanion.guide.loader import (
    available_guides,
    builtin_guides,
    load_guide,
    parse_guide,
    read_guide,
    validate,
)
from intakecompanion.guide.model import (
    FEEDS,
    KINDS,
    Guide,
    GuideText,
    Item,
    ItemText,
    Localized,
    Phase,
    PhaseText,
)
from intakecompanion.guide.problems import GuideError, GuideProblem
from intakecompanion.guide.snapshot import (
    guide_fingerprint,
    guide_from_snapshot,
    guide_to_snapshot,
)

__all__ = [
    "FEEDS",
    "KINDS",
    "Guide",
    "GuideError",
    "GuideProblem",
    "GuideText",
    "Item",
    "ItemText",
    "Localized",
    "Phase",
    "PhaseText",
    "available_guides",
    "builtin_guides",
    "guide_fingerprint",
    "guide_from_snapshot",
    "guide_to_snapshot",
    "load_guide",
    "parse_guide",
    "read_guide",
    "validate",
]
