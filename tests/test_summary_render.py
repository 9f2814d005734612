"""The printed summary read back from the PDF: shared items in, internal out, nothing loaded."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot
from tests.support.pdf_read import dark_pixels, page_image, page_texts, pdf_text
from tests.support.summary_data import STARTED_AT, guide_snapshot, new_casebook

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import StepOwner
from intakecompanion.summary.content import Summary, build_summary
from intakecompanion.summary.render import (
    SealedDocument,
    layout_document,
    render_pdf,
    render_pdf_bytes,
)
from intakecompanion.summary.sample import INTERNAL_MARKER, SHARED_NOTES, STEPS, write_sample_intake

RED = 0xFFFF0000


def write_red_png(path: Path) -> None:
    """A real image file, so the test would see it if Qt ever loaded it."""
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(RED)
    assert image.save(str(path), "PNG")


A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def squeezed(text: str) -> str:
    """Without any whitespace: a long line may wrap anywhere (a URL, a path, a tag). pdfium
    reads a hyphen that a line breaks after as \\x02: it is the hyphen of the text."""
    return re.sub(r"\s+", "", text.replace("\x02", "-"))


@pytest.fixture
def sample(tmp_path: Path, qapp: object) -> Iterator[tuple[Casebook, int]]:
    book = new_casebook(tmp_path)
    conversation_id = write_sample_intake(book, "intake", "1.0", guide_snapshot(), STARTED_AT)
    yield book, conversation_id
    book.vault.close()


def summary_with_note(book: Casebook, conversation_id: int, note: str, lang: str = "nl") -> Summary:
    book.add_note(conversation_id, note, shared=True)
    return build_summary(book, conversation_id, lang)


def pages_and_sizes(path: Path) -> list[tuple[int, int]]:
    reader = PdfReader(path)
    return [(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages]


def test_typical_intake_fits_one_a4_page_with_everything_shared(
    sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    out = tmp_path / "summary.pdf"
    pages = render_pdf(build_summary(book, conversation_id, "nl"), out)
    assert pages == 1
    assert pages_and_sizes(out) == [A4_POINTS]
    text = flat(pdf_text(out))
    for note in SHARED_NOTES:
        assert note in text
    for what, _who, _days in STEPS:
        assert what in text
    for expected in (
        "Sam De Smet",
        "09 123 45 67",
        "maandag tot donderdag, van 9 tot 12 uur",
        "maandag 2 maart 2026",
        "Schuldbemiddeling OCMW Voorbeeldstad",
        "Je zei nee",
        "VDAB",
        "dinsdag 10 maart 2026 om 14.00 uur",
        "Kerkstraat 12, lokaal 3",
        "Ik heb beroepsgeheim.",
        "Wil je een ja terugnemen?",
        "Pagina 1 van 1",
    ):
        assert expected in text, expected
    assert INTERNAL_MARKER not in text
    assert "item-notitie" not in text and "wantrouwig" not in text


def test_english_and_letter_paper(sample: tuple[Casebook, int], tmp_path: Path) -> None:
    book, conversation_id = sample
    out = tmp_path / "summary-en.pdf"
    render_pdf(build_summary(book, conversation_id, "en"), out, page_size="Letter")
    assert pages_and_sizes(out) == [LETTER_POINTS]
    text = flat(pdf_text(out))
    assert "Our next appointment" in text and "Tuesday 10 March 2026 at 14:00" in text
    assert "Page 1 of 1" in text


def test_unknown_paper_size_is_refused(sample: tuple[Casebook, int]) -> None:
    book, conversation_id = sample
    with pytest.raises(ValueError):
        render_pdf_bytes(build_summary(book, conversation_id, "nl"), page_size="A5")


def test_long_note_breaks_across_pages_with_page_numbers(
    sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    paragraphs = [
        f"Regel {n:03d}: een lange notitie over de week van de cliënt." for n in range(300)
    ]
    out = tmp_path / "long.pdf"
    pages = render_pdf(summary_with_note(book, conversation_id, "\n".join(paragraphs)), out)
    assert pages >= 4
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    per_page = [squeezed(page) for page in page_texts(out)]
    assert len(per_page) == pages
    for number, page in enumerate(per_page, start=1):
        assert f"Pagina{number}van{pages}" in page
    everything = "".join(per_page)
    for line in paragraphs:  # no line is lost or cut at a page break
        assert everything.count(squeezed(line)) == 1, line


@pytest.mark.parametrize("field", ["note", "step"])
def test_a_wrapped_paragraph_across_page_breaks_is_in_the_text_layer_once(
    sample: tuple[Casebook, int], tmp_path: Path, field: str
) -> None:
    """One paragraph over many lines and pages: each line is in the PDF's text exactly once.

    Qt draws a block's last line above the page again (clipped away on paper) when the block
    runs on across the page break; search, copy and read-aloud tools then find it twice.
    """
    book, conversation_id = sample
    words = [f"woord{n:04d}" for n in range(1500)]
    if field == "note":
        book.add_note(conversation_id, " ".join(words), shared=True)
    else:
        book.add_step(conversation_id, " ".join(words), StepOwner.CLIENT, None)
    out = tmp_path / "wrapped.pdf"
    assert render_pdf(build_summary(book, conversation_id, "nl"), out) >= 3
    assert re.findall(r"woord\d{4}", squeezed(pdf_text(out))) == words


def test_markup_prints_as_text_and_loads_no_file(
    sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    image = tmp_path / "secret.png"
    write_red_png(image)
    style = tmp_path / "evil.css"
    style.write_text("body { color: red; }", encoding="utf-8")
    note = (
        f'<img src="{image.as_uri()}"> <img src="secret.png"> '
        f'<link rel="stylesheet" href="{style.as_uri()}">'
        f"<style>@import url({style.as_uri()});</style>"
        f"<b>vet</b> &amp; &lt;"
    )
    summary = summary_with_note(book, conversation_id, note)
    out = tmp_path / "markup.pdf"
    render_pdf(summary, out)
    assert squeezed(note) in squeezed(pdf_text(out))
    for page in PdfReader(out).pages:
        assert not page["/Resources"].get("/XObject"), "the PDF holds an image"
    # The escaped note never even makes Qt ask for a resource.
    assert layout_document(summary, 500, 800).body.refused_urls == []


def test_the_sealed_document_never_loads_a_file_even_from_real_markup(
    qapp: object, tmp_path: Path
) -> None:
    """Were the template ever to let markup through, the document itself still loads nothing."""
    image = tmp_path / "secret.png"
    write_red_png(image)
    document = SealedDocument()
    document.setHtml(f'<p>before<img src="{image.as_uri()}">after</p>')
    document.setTextWidth(300)
    canvas = QImage(300, 100, QImage.Format.Format_ARGB32)
    canvas.fill(0xFFFFFFFF)
    painter = QPainter(canvas)
    document.drawContents(painter)  # layout and drawing both ask for the image
    painter.end()
    assert document.refused_urls, "Qt never asked: the test would prove nothing"
    assert all(url == image.as_uri() for url in document.refused_urls)
    assert all(canvas.pixel(x, y) != RED for x in range(300) for y in range(100))


def test_twenty_nested_tables_are_literal_text(
    sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    nested = "<table><tr><td>" * 20 + "diep" + "</td></tr></table>" * 20
    out = tmp_path / "tables.pdf"
    render_pdf(summary_with_note(book, conversation_id, nested), out)
    assert nested in squeezed(pdf_text(out))


def test_accents_and_right_to_left_names_print(
    sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    book.rename_client(book.conversation(conversation_id).client_id, "שרה כהן")
    summary = summary_with_note(book, conversation_id, "Çà et là: Ελένη, Zoë, Łódź, Ærøskøbing")
    out = tmp_path / "rtl.pdf"
    render_pdf(summary, out)
    text = flat(pdf_text(out))
    assert "Çà et là: Ελένη, Zoë, Łódź, Ærøskøbing" in text
    # The Hebrew name comes back in reading order on the line of the Dutch word before it
    # (which side PDFium puts "Voor" on depends on its guess of the line's direction).
    assert re.search(r"Voor\W*שרה כהן|שרה כהן\W*Voor", text), text[:200]


def test_emoji_is_drawn_not_dropped(sample: tuple[Casebook, int], tmp_path: Path) -> None:
    """Qt's PDF text layer cannot carry characters beyond U+FFFF, so look at the ink instead."""
    book, conversation_id = sample
    ink = {}
    for label, note in (("emoji", "😀" * 30), ("missing", "\u4e2d" * 30), ("blank", "x")):
        out = tmp_path / f"{label}.pdf"
        book.add_note(conversation_id, note, shared=True)
        render_pdf(build_summary(book, conversation_id, "nl"), out)
        ink[label] = dark_pixels(page_image(out, dpi=100))
        book.delete_note(book.notes(conversation_id)[-1].id)
    assert ink["emoji"] > ink["blank"]
    # A character no font has is drawn as the same empty box 30 times; a smiley has more ink.
    assert ink["emoji"] != ink["missing"]


def test_pdf_is_written_whole_in_its_own_folder(
    sample: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = sample
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "samenvatting.pdf"
    target.write_bytes(b"old")
    render_pdf(build_summary(book, conversation_id, "nl"), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(os.listdir(folder)) == ["samenvatting.pdf"]  # no temporary file left


def test_printing_uses_the_printers_page_and_writes_nothing(
    sample: tuple[Casebook, int], tmp_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from intakecompanion.summary.render import print_summary

    book, conversation_id = sample
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a real printer
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    before = set(Path(os.environ["TMPDIR"]).iterdir())
    assert print_summary(build_summary(book, conversation_id, "en"), printer) == 1
    assert pages_and_sizes(out) == [LETTER_POINTS]
    assert "Page 1 of 1" in flat(pdf_text(out))
    assert set(Path(os.environ["TMPDIR"]).iterdir()) == before


@pytest.fixture
def builtin_intake(tmp_path: Path, qapp: object) -> Iterator[tuple[Casebook, int]]:
    """The typical intake with the built-in guide's texts (longer than the test guide's)."""
    from intakecompanion.guide.loader import builtin_guides
    from intakecompanion.guide.snapshot import guide_to_snapshot

    book = new_casebook(tmp_path)
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    snapshot = guide_to_snapshot(guide)
    yield book, write_sample_intake(book, guide.id, guide.version, snapshot, STARTED_AT)
    book.vault.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_typical_intake_fits_one_letter_page(
    builtin_intake: tuple[Casebook, int], tmp_path: Path, lang: str
) -> None:
    book, conversation_id = builtin_intake
    out = tmp_path / "letter.pdf"
    assert render_pdf(build_summary(book, conversation_id, lang), out, page_size="Letter") == 1


def test_lines_with_user_text_are_as_tall_as_the_others(
    builtin_intake: tuple[Casebook, int],
) -> None:
    """User text must not pull in a fallback font (as invisible isolate marks did) that makes
    its line, or its row in the steps table, taller than a line of the sheet's own text."""
    book, conversation_id = builtin_intake
    # Wide enough that the step's row stays one line in the sheet's largest type.
    layout = layout_document(build_summary(book, conversation_id, "nl"), 700, 1000)
    heights = {}
    block = layout.body.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 0 and block.layout().lineCount() == 1:
            font = block.charFormat().font()
            if not font.bold() and block.text().strip():
                text = block.text().replace("\u2068", "").replace("\u2069", "")
                heights[text] = block.layout().lineAt(0).height()
        block = block.next()
    step, who = STEPS[0][0], "Jij"
    assert heights[step] == heights[who]  # a row: user text beside the sheet's own word
    assert heights["Ik ben Sam De Smet, je coach."] == heights[who]


# -- no line break inside a phone number, a date or a time ---------------------------------------


def chars_and_lines(path: Path) -> list[tuple[str, int]]:
    """The first page's printed characters (no whitespace), each with the line it stands on
    (the middle of its box, in points from the bottom)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(str(path))
    try:
        text_page = document[0].get_textpage()
        found = []
        for index in range(text_page.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(text_page, index))
            if char.strip():
                _left, bottom, _right, top = text_page.get_charbox(index)
                found.append((char, round((bottom + top) / 2)))
        return found
    finally:
        document.close()


def lines_holding(path: Path, text: str) -> list[set[int]]:
    """For each place `text` (whitespace aside) is printed: the lines its characters are on."""
    printed = chars_and_lines(path)
    stream, wanted = "".join(c for c, _ in printed), squeezed(text)
    places = [m.start() for m in re.finditer(re.escape(wanted), stream)]
    return [{line for _c, line in printed[at : at + len(wanted)]} for at in places]


@pytest.fixture
def french_intake(tmp_path: Path, qapp: object) -> Iterator[tuple[Casebook, int]]:
    """The French sample of a Brussels intake, as docs/screenshots/summary_pages.py prints it
    (the coach's phone number fell over two lines: "02 123" / "45 67")."""
    from intakecompanion.guide.loader import builtin_guides
    from intakecompanion.guide.snapshot import guide_to_snapshot

    book = new_casebook(tmp_path)
    guide = next(g for g in builtin_guides() if g.kind == "intake")
    snapshot = guide_to_snapshot(guide)
    yield book, write_sample_intake(book, guide.id, guide.version, snapshot, STARTED_AT, lang="fr")
    book.vault.close()


def test_the_coachs_phone_number_is_on_one_line_on_the_french_sheet(
    french_intake: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, conversation_id = french_intake
    out = tmp_path / "fr.pdf"
    assert render_pdf(build_summary(book, conversation_id, "fr"), out) == 1
    phone = book.profile().phone
    places = lines_holding(out, phone)
    assert len(places) == 2  # under "Votre coach", and "Appelez-moi" by the appointment
    assert all(len(lines) == 1 for lines in places), places


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_phone_numbers_dates_and_times_are_kept_whole_in_every_language(
    sample: tuple[Casebook, int], lang: str
) -> None:
    """What reaches Qt: the phone number's groups, a day and its month, a time's parts are
    joined by no-break spaces, wherever the line would otherwise end."""
    from intakecompanion.summary.sheet import summary_html

    book, conversation_id = sample
    summary = build_summary(book, conversation_id, lang)
    sheet = summary_html(summary)
    phone = summary.contact.phone
    assert " " in phone
    assert phone not in sheet
    assert sheet.count(phone.replace(" ", "\u00a0")) == 2
    assert summary.appointment is not None
    when = summary.appointment.when  # "dinsdag 10 maart 2026 om 14.00 uur", "... à 14 h"
    day, month = when.split()[1:3]
    assert f"{day}\u00a0{month}" in sheet and f"{day} {month}" not in sheet
    time_words = {"nl": "14.00\u00a0uur", "en": "14:00", "fr": "14\u00a0h"}[lang]
    assert time_words in sheet
