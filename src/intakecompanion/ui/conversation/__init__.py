"""The conversation view: the guided checklist, notes and agreements of one conversation."""

from intakecompanion.ui.conversation.view import ConversationView

__all__ = ["ConversationView"]
