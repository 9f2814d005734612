"""Render the client summary of a typical fictional intake to PNG pages for the docs.

Run by `make screenshots` (or `.venv/bin/python docs/screenshots/summary_pages.py`): writes
docs/screenshots/summary-1.png (and -2, ... if the sheet ever needs more pages) with pypdfium2;
with the argument `fr`, the French sheet of a Brussels intake as summary-fr-1.png, ...
The vault and PDF live in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    from intakecompanion.domain.casebook import Casebook
    from intakecompanion.guide.loader import builtin_guides
    from intakecompanion.guide.snapshot import guide_to_snapshot
    from intakecompanion.summary.cli import ensure_gui_application
    from intakecompanion.summary.content import build_summary
    from intakecompanion.summary.render import render_pdf
    from intakecompanion.summary.sample import write_sample_intake
    from intakecompanion.vault.store import open_with_data_key

    ensure_gui_application()
    lang = sys.argv[1] if len(sys.argv) > 1 else "nl"
    started = datetime(2026, 3, 2, 10, 0).astimezone()
    stem = HERE / ("summary" if lang == "nl" else f"summary-{lang}")
    for old in HERE.glob(f"{stem.name}-[0-9]*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        vault = open_with_data_key(Path(folder) / "v.icv", os.urandom(32), create=True)
        try:
            guide = next(g for g in builtin_guides() if g.kind == "intake")
            book = Casebook(vault, clock=lambda: started)
            snapshot = guide_to_snapshot(guide)
            conversation = write_sample_intake(
                book,
                guide.id,
                guide.version,
                snapshot,
                started,
                lang=lang if lang == "fr" else "nl",
            )
            pdf = Path(folder) / "summary.pdf"
            pages = render_pdf(build_summary(book, conversation, lang), pdf)
        finally:
            vault.close()
        write_pngs(pdf, stem)
    written = sorted(HERE.glob(f"{stem.name}-[0-9]*.png"))
    print(f"{pages} page(s): " + ", ".join(p.name for p in written))
    return 0


def write_pngs(pdf: Path, stem: Path, dpi: float = 96) -> None:
    """Each page of `pdf` as `<stem>-1.png`, `<stem>-2.png`, ..."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    document = pdfium.PdfDocument(str(pdf))
    try:
        for number, page in enumerate(document, start=1):
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, 3 bytes a pixel
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            if not image.save(f"{stem}-{number}.png", "PNG"):
                raise OSError(f"could not write {stem}-{number}.png")
    finally:
        document.close()


if __name__ == "__main__":
    sys.exit(main())
