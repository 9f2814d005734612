"""Client, guide and user text is plain text in every widget of every screen.

The vault's every text field, the conversation's guide and an organisation guide file hold
markup: `<b>WORD</b>`, an `<img>` of a real PNG, and tables nested NESTING deep around WORD
(deep enough that Qt would lay them out as nested tables, shallow enough that code which does
so is merely slow here instead of freezing the test).

How the test proves it:
(a) every QLabel of every screen is in plain-text format (not only those showing vault text:
    the rule is that there is no other kind), every tooltip holding probe text is not rich
    text, every item view paints with Qt's own plain delegate, and every text document widget
    holds the probe's markup literally in its plain text;
(b) no file is opened: the probes' <img> points at a PNG in a folder of its own, watched with
    Linux inotify during the whole walk (tests/support/file_watch.py). The kernel reports an
    open by any code in the process, so it does not matter which path inside Qt would load
    the image (QLabel's private document is out of reach of a loadResource spy, and Qt's
    pixmap cache may answer without calling it). Every label is laid out (sizeHint) and every
    window painted (grab), which is when Qt loads images. The same watch sees the PNG opened
    when a label in Qt's automatic format shows a probe, at the end: the watch can fail;
(c) no table is built: a plain-text label is laid out as one run of characters (QTextLayout,
    no document), and the text documents are checked to hold no frame (a table) and no image.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from tests.support.conversation import sample_guide
from tests.support.file_watch import FolderWatch
from tests.support.guide_samples import VALID_GUIDE
from tests.support.shell import PASSPHRASE, unlocked_window, widget_texts

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    StepOwner,
)
from intakecompanion.guide import guide_to_snapshot
from intakecompanion.paths import AppPaths
from intakecompanion.ui.clients.delete_dialog import DeleteClientDialog
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.dialogs.summary_dialog import SummaryDialog
from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage
from intakecompanion.ui.gate.recover_page import RecoverPage
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams

NESTING = 8
SRC = Path(__file__).resolve().parents[2] / "src" / "intakecompanion" / "ui"

# The word in each field's probe; the screens must show every one (markup and all) except
# the client's contact, which no screen shows.
CLIENT_WORDS = {"NAME", "NOTE", "ITEMNOTE", "STEP", "RECIPIENT", "INFORMATION", "PURPOSE"}
CLIENT_WORDS |= {"PLACE", "WITHWHOM"}
COACH_WORDS = {"COACH", "ORGANISATION", "PHONE", "EMAIL", "REACHABLE", "BOUNDARIES"}
GUIDE_WORDS = {"PHASE", "PHASEPURPOSE", "ITEMTEXT", "WHY", "SAY", "SOURCE", "ORGGUIDE"}
SHOWN_WORDS = CLIENT_WORDS | COACH_WORDS | GUIDE_WORDS
ALL_WORDS = SHOWN_WORDS | {"CONTACT"}


def probe(word: str, image: Path, nesting: int = NESTING) -> str:
    tables = "<table><tr><td>" * nesting + word + "</td></tr></table>" * nesting
    return f'<b>{word}</b><img src="{image.as_uri()}">{tables}'


def _marked_guide(image: Path) -> str:
    """The conversation's guide with markup in every text (item texts have a 120 limit)."""
    data = json.loads(guide_to_snapshot(sample_guide("intake")))
    words = {"title": "PHASE", "purpose": "PHASEPURPOSE", "text": "ITEMTEXT"}
    words |= {"why": "WHY", "say": "SAY"}
    for phase in data["guide"]["phases"]:
        for lang in ("nl", "en"):
            phase[lang] = {key: probe(words[key], image) for key in phase[lang]}
        for item in phase["items"]:
            item["sources"] = [probe("SOURCE", image)]
            for lang in ("nl", "en"):
                item[lang] = {
                    key: probe(words[key], image, 0 if key == "text" else NESTING)
                    for key in item[lang]
                }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@pytest.fixture
def image(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("img") / "p.png"
    picture = QImage(8, 8, QImage.Format.Format_ARGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(path))
    return path


@pytest.fixture
def marked(shell_vault_path: Path, fast_kdf: KdfParams, app_paths: AppPaths, image: Path) -> Path:
    """A vault (and an organisation guide) whose every text holds markup."""
    vault, _key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    book = Casebook(vault)
    words = ("COACH", "ORGANISATION", "PHONE", "EMAIL", "REACHABLE", "BOUNDARIES")
    book.save_profile(CoachProfile(*(probe(word, image) for word in words)))
    client = book.add_client(probe("NAME", image), contact=probe("CONTACT", image))
    guide = sample_guide("intake")
    conversation = book.start_conversation(
        client.id, ConversationKind.INTAKE, guide.id, guide.version, _marked_guide(image)
    )
    book.add_note(conversation.id, probe("NOTE", image), shared=True)
    book.set_item_note(conversation.id, "welcome-on-time", probe("ITEMNOTE", image))
    yesterday = date.today() - timedelta(days=1)  # overdue: on the coach's overview too
    book.add_step(conversation.id, probe("STEP", image), StepOwner.COACH, yesterday)
    book.record_consent(
        conversation.id,
        recipient=probe("RECIPIENT", image),
        information=probe("INFORMATION", image),
        purpose=probe("PURPOSE", image),
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.WRITTEN,
        recorded_by=book.profile().name,
    )
    book.add_appointment(
        client.id,
        datetime.now().astimezone() + timedelta(days=2),  # this week: on the overview
        place=probe("PLACE", image),
        with_whom=probe("WITHWHOM", image),
        conversation_id=conversation.id,
    )
    vault.close()
    app_paths.guides_dir.mkdir(parents=True, exist_ok=True)
    title = json.dumps(probe("ORGGUIDE", image))  # a TOML basic string
    organisation = VALID_GUIDE.replace('title = "Sample guide"', f"title = {title}")
    (app_paths.guides_dir / "probe.toml").write_text(organisation, encoding="utf-8")
    return shell_vault_path


def _words_in(text: str) -> set[str]:
    return set(re.findall(r"<b>([A-Z]+)</b>", text))


class Inspection:
    """What the screens showed so far, and every way they broke the plain-text rule."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.problems: set[str] = set()

    def walk(self) -> None:
        widgets = QApplication.allWidgets()
        for widget in widgets:
            self._check(widget)
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                window.grab()  # painted: when Qt would load an image or lay out a table

    def _problem(self, widget: QWidget, what: str) -> None:
        owner = widget.parentWidget()
        self.problems.add(f"{type(widget).__name__} in {type(owner).__name__}: {what}")

    def _check(self, widget: QWidget) -> None:
        for text in widget_texts(widget):
            self.seen |= _words_in(text)
        for tip in self._tooltips(widget):
            if _words_in(tip) and Qt.mightBeRichText(tip):
                self._problem(widget, f"rich tooltip {tip[:40]!r}")
        if isinstance(widget, QLabel):
            if widget.textFormat() != Qt.TextFormat.PlainText:
                self._problem(widget, f"label format {widget.textFormat()} {widget.text()[:40]!r}")
            widget.sizeHint()  # laid out
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            self._check_document(widget, widget.document())
        if isinstance(widget, QAbstractItemView) and widget.itemDelegate() is not None:
            # Qt's own delegates paint plain text; one of ours must not paint by itself.
            kind = type(widget.itemDelegate())
            qt_base = next(c for c in kind.__mro__ if c.__module__.startswith("PySide6"))
            if kind.paint is not qt_base.paint:
                self._problem(widget, f"item delegate {kind.__name__} paints by itself")

    def _check_document(self, widget: QWidget, document: QTextDocument) -> None:
        text = document.toPlainText()
        for word in ALL_WORDS:
            if re.search(rf"\b{word}\b", text) and f"<b>{word}</b>" not in text:
                self._problem(widget, f"document shows {word} without its markup")
        if document.rootFrame().childFrames():
            self._problem(widget, "document holds a table")
        block = document.begin()
        while block.isValid():
            for fragment in _fragments(block):
                if fragment.charFormat().isImageFormat():
                    self._problem(widget, "document holds an image")
            block = block.next()

    @staticmethod
    def _tooltips(widget: QWidget) -> Iterable[str]:
        yield widget.toolTip()
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield widget.item(row).toolTip()


def _fragments(block):  # type: ignore[no-untyped-def]
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_no_label_is_made_outside_the_plain_label() -> None:
    """The program makes labels and message boxes only through ui/shared/widgets.py, and nothing
    that reads markup (rich or automatic text formats, HTML documents or browsers)."""
    forbidden = re.compile(
        r"\bQLabel\(|\bQMessageBox\(|QMessageBox\.(warning|information|critical|question)\b"
        r"|\bRichText\b|\bAutoText\b|setTextFormat\(|\bsetHtml\(|\bQTextBrowser\b|\bQTextEdit\("
        r"|\bsetToolTip\(f"
    )
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "widgets.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if forbidden.search(line)
    ]
    assert offenders == []


def test_every_screen_shows_vault_and_guide_markup_as_plain_text(  # type: ignore[no-untyped-def]
    qtbot, app_paths, marked, fast_kdf, image
) -> None:
    watch = FolderWatch(image.parent)
    seen = Inspection()
    try:
        window = unlocked_window(qtbot, app_paths, marked, fast_kdf)
        workspace = window.workspace
        assert workspace is not None
        book = workspace.casebook
        seen.walk()  # the client list and the coach's overview
        overview = workspace.overview.list
        assert any(_words_in(overview.item(row).text()) for row in range(overview.count()))
        [overview] = book.clients()
        workspace.show_client(overview.client.id)
        workspace.clients.open_new_intake()  # the guide choice
        seen.walk()  # the client page and its history

        [conversation] = book.conversations(overview.client.id)
        workspace.open_conversation(conversation.id)
        page = workspace.conversation_page
        assert page is not None
        view = page.view
        view.client_badge.reveal()
        view.findChildren(ItemRow)[0].help_button.click()  # the why pane
        assert view.why_visible
        for index in range(view.phase_count + 1):  # the checklist's phases, then the closing
            view.show_phase(index)
            seen.walk()
        for tab in range(view.tabs.count()):
            view.focus_side_tab(tab)
            seen.walk()
        qtbot.mouseClick(view.summary_button, Qt.MouseButton.LeftButton)
        [summary] = [d for d in window.findChildren(SummaryDialog) if d.isVisible()]
        seen.walk()
        summary.reject()

        workspace.back_to_client()
        workspace.ask_delete()
        [erase] = [d for d in workspace.findChildren(DeleteClientDialog) if d.isVisible()]
        seen.walk()
        erase.reject()

        window.edit_profile()
        window.edit_settings()
        window.back_up()
        window.restore_backup()
        window.vault_commands.change_passphrase()
        window.vault_commands.new_recovery_key()
        window.show_shortcuts()
        for gate_page in (
            CreateVaultPage(),
            RecoverPage(),
            NewPassphrasePage(),
            RecoveryKeyPage("ABCDE-FGHJK"),
            ProfilePage(book),
        ):
            qtbot.addWidget(gate_page)
            gate_page.show()
        seen.walk()

        assert sorted(seen.problems) == []
        assert SHOWN_WORDS <= seen.seen
        assert watch.opened() == []

        # The watch sees an open: a label in Qt's automatic format reads the same probe.
        control = QLabel(probe("CONTROL", image, 0))
        qtbot.addWidget(control)
        control.show()
        control.grab()
        assert image.name in watch.opened()
    finally:
        watch.close()
