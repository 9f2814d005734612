"""A clipboard that holds only HTML (some web pages and mail programs copy so) pasted nothing
into a note, without a word (tour9). Its words come in as plain text, never as markup."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from intakecompanion.ui.conversation.fields import GrowingTextEdit

HTML = (
    "<html><head><title>Mail</title><style>p {color: red}</style></head><body>"
    "<p>Afspraak   bij het <b>OCMW</b> &amp; de huur</p><img src='file:///tmp/x.png'>"
    "<script>alert(1)</script><ul><li>een</li><li>twee &lt;b&gt;</li></ul></body></html>"
)


def test_a_clipboard_of_html_only_pastes_its_words_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = GrowingTextEdit()
    qtbot.addWidget(field)
    field.setPlainText("Vooraf: ")
    field.moveCursor(field.textCursor().MoveOperation.End)
    mime = QMimeData()
    mime.setHtml(HTML)
    assert not mime.hasText() and field.canInsertFromMimeData(mime)
    field.insertFromMimeData(mime)
    assert field.toPlainText() == "Vooraf: Afspraak bij het OCMW & de huur\neen\ntwee <b>"
    assert field.document().toHtml().count("<b>") == 0  # the document holds no bold run


def test_plain_text_on_the_clipboard_wins_over_its_html(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = GrowingTextEdit()
    qtbot.addWidget(field)
    mime = QMimeData()
    mime.setHtml("<b>vet</b>")
    mime.setText("zoals getypt  <b>vet</b>")
    field.insertFromMimeData(mime)
    assert field.toPlainText() == "zoals getypt  <b>vet</b>"
