"""Whether what a kept sheet says of the small steps still holds (see `summary/handed.py`):
each step still to do is open, with the same person and due date; each done or stopped one
still is; "no steps (open)" while none is open, and "none agreed yet" while none was agreed.
A step reworded since is the same step: the sheet's words of it stay as they were handed over.
"""

from __future__ import annotations

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Step, StepStatus
from intakecompanion.summary.content import StepLine, Summary, due_on
from intakecompanion.summary.texts import text


def steps_still_hold(casebook: Casebook, client_id: int, summary: Summary) -> bool:
    steps = casebook.client_steps(client_id)
    said = (
        *((line, StepStatus.OPEN) for line in summary.steps),
        *((line, StepStatus.DONE) for line in summary.steps_succeeded),
        *((line, StepStatus.DROPPED) for line in summary.steps_stopped),
    )
    if not all(_holds(line, status, steps) for line, status in said):
        return False
    if not summary.no_steps:
        return True
    if any(step.status is StepStatus.OPEN for step in steps):
        return False
    never = summary.no_steps == text(summary.lang, "no_steps")  # "no steps agreed yet"
    return not (never and steps)


def _holds(line: StepLine, status: StepStatus, steps: list[Step]) -> bool:
    if line.step_id:
        step = next((s for s in steps if s.id == line.step_id), None)
        return (
            step is not None
            and step.status is status
            and (line.owner, line.due_on) == (str(step.who), due_on(step))
        )
    # A sheet kept before the step was stored: its words find it, if still the same.
    same = [s for s in steps if s.what == line.what]
    return not same or any(s.status is status for s in same)
