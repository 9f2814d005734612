"""`intakecompanion --self-check`: prove an installation works, without a display or network.

Makes a throw-away vault in a private temporary folder, writes a fictional conversation
through the Casebook, reads it back, renders the client summary to PDF and checks that PDF
with nothing but the standard library (a bundle has no pytest, pypdf or poppler). Then it
deletes everything and prints one line per check. Exit code 0 when all passed.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from intakecompanion.commands.language import localized

# What the check says; a text that counts has a `_one` and an `_other` form.
LINES = {
    "nl": {
        "ok": "in orde",
        "fail": "MISLUKT",
        "all_ok": "Alles in orde.",
        "failed_one": "{count} controle mislukt; zie hierboven.",
        "failed_other": "{count} controles mislukt; zie hierboven.",
        "vault_made": "versleutelde kluis gemaakt ({size} bytes)",
        "vault_open_to_others": "het kluisbestand is leesbaar voor anderen (modus {mode})",
        "unlocked": "opnieuw ontgrendeld met de wachtwoordzin",
        "conversation": "gesprek geschreven met gids {id} {version}",
        "read_back_one": "teruggelezen: {count} gedeelde notitie, niets interns",
        "read_back_other": "teruggelezen: {count} gedeelde notities, niets interns",
        "notes_changed": "de gedeelde notities kwamen niet terug zoals ze geschreven zijn",
        "internal_shown": "een interne notitie kwam in het verslag",
        "rendered": "PDF van het verslag gemaakt ({size} bytes, {pages})",
        "pdf_ok": "de PDF is heel en heeft zijn pagina's, lettertypes en de verwachte tekens",
        "pdf_no_start": "het bestand begint niet zoals een PDF",
        "pdf_no_end": "de PDF heeft geen einde (afgebroken?)",
        "pdf_page_count": "de paginaboom van de PDF zegt {counts}, de opmaak maakte {pages}",
        "pdf_no_font": "er is geen lettertype ingebed",
        "pdf_damaged": "een stroom in de PDF is beschadigd ({reason})",
        "pdf_missing": "tekens ontbreken in de PDF: {characters}",
        "cleaned": "de tijdelijke kluis en PDF zijn verwijderd",
        "not_cleaned": "{folder} kon niet verwijderd worden",
    },
    "en": {
        "ok": "ok",
        "fail": "FAILED",
        "all_ok": "All checks passed.",
        "failed_one": "{count} check failed; see above.",
        "failed_other": "{count} checks failed; see above.",
        "vault_made": "encrypted vault made ({size} bytes)",
        "vault_open_to_others": "vault file is readable by others (mode {mode})",
        "unlocked": "unlocked again with the passphrase",
        "conversation": "conversation written with guide {id} {version}",
        "read_back_one": "read back: {count} shared note, nothing internal",
        "read_back_other": "read back: {count} shared notes, nothing internal",
        "notes_changed": "the shared notes did not come back as written",
        "internal_shown": "an internal note reached the sheet",
        "rendered": "the sheet's PDF rendered ({size} bytes, {pages})",
        "pdf_ok": "PDF is whole, has its pages, fonts and the expected characters",
        "pdf_no_start": "the file does not start like a PDF",
        "pdf_no_end": "the PDF has no end (cut short?)",
        "pdf_page_count": "the PDF's page tree says {counts}, the layout made {pages}",
        "pdf_no_font": "no font is embedded",
        "pdf_damaged": "a stream in the PDF is damaged ({reason})",
        "pdf_missing": "characters missing from the PDF: {characters}",
        "cleaned": "the temporary vault and PDF are deleted",
        "not_cleaned": "{folder} could not be removed",
    },
    "fr": {
        "ok": "en ordre",
        "fail": "ÉCHEC",
        "all_ok": "Tout est en ordre.",
        "failed_one": "{count} vérification a échoué ; voir plus haut.",
        "failed_other": "{count} vérifications ont échoué ; voir plus haut.",
        "vault_made": "coffre-fort chiffré créé ({size} octets)",
        "vault_open_to_others": "le fichier du coffre-fort est lisible par d'autres (mode {mode})",
        "unlocked": "à nouveau déverrouillé avec la phrase de passe",
        "conversation": "entretien écrit avec le guide {id} {version}",
        "read_back_one": "relu : {count} note partagée, rien d'interne",
        "read_back_other": "relu : {count} notes partagées, rien d'interne",
        "notes_changed": "les notes partagées ne sont pas revenues telles qu'écrites",
        "internal_shown": "une note interne est arrivée sur la fiche",
        "rendered": "PDF de la fiche créé ({size} octets, {pages})",
        "pdf_ok": "le PDF est entier et a ses pages, ses polices et les caractères attendus",
        "pdf_no_start": "le fichier ne commence pas comme un PDF",
        "pdf_no_end": "le PDF n'a pas de fin (coupé ?)",
        "pdf_page_count": "l'arbre des pages du PDF dit {counts}, la mise en page a fait {pages}",
        "pdf_no_font": "aucune police n'est intégrée",
        "pdf_damaged": "un flux du PDF est endommagé ({reason})",
        "pdf_missing": "des caractères manquent dans le PDF : {characters}",
        "cleaned": "le coffre-fort et le PDF temporaires sont supprimés",
        "not_cleaned": "{folder} n'a pas pu être supprimé",
    },
}
PASSPHRASE = "zelftest-wachtwoord-niet-geheim"  # a throw-away vault, deleted at the end
STARTED_AT = datetime(2026, 3, 2, 10, 0).astimezone()


def line(lang: str, key: str, count: int | None = None, **values: object) -> str:
    return localized(LINES, lang, key, count, **values)


class CheckFailed(Exception):
    """A check found something wrong: `key` into LINES, with the values to fill in."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(line("en", key, **values))
        self.key = key
        self.values = values

    def describe(self, lang: str) -> str:
        return line(lang, self.key, **self.values)


class SelfCheck:
    """The checks in order; each one may use what an earlier one made. Each returns its
    detail line in `lang`."""

    def __init__(self, folder: Path, lang: str = "en") -> None:
        self.folder = folder
        self.lang = lang
        self.vault_path = folder / "zelftest.icv"
        self.vault: Any = None
        self.conversation_id = 0
        self.pdf_data = b""
        self.pages = 0
        self.summary: Any = None

    def qt(self) -> str:
        from intakecompanion.summary.cli import ensure_gui_application

        app = ensure_gui_application()
        return f"Qt {_qt_version()} ({app.platformName()})"

    def vault_create(self) -> str:
        from intakecompanion.vault.keys import KdfParams
        from intakecompanion.vault.store import create_vault

        vault, _recovery_key = create_vault(self.vault_path, PASSPHRASE, kdf=KdfParams.minimum())
        vault.close()
        mode = self.vault_path.stat().st_mode & 0o777
        if os.name == "posix" and mode & 0o077:
            raise CheckFailed("vault_open_to_others", mode=f"{mode:o}")
        return line(self.lang, "vault_made", size=self.vault_path.stat().st_size)

    def vault_unlock(self) -> str:
        from intakecompanion.vault.store import unlock

        self.vault = unlock(self.vault_path, PASSPHRASE)
        return line(self.lang, "unlocked")

    def conversation(self) -> str:
        from intakecompanion.domain.casebook import Casebook
        from intakecompanion.guide.loader import builtin_guides
        from intakecompanion.guide.snapshot import guide_to_snapshot
        from intakecompanion.summary.sample import write_sample_intake

        guide = next(g for g in builtin_guides() if g.kind == "intake")
        book = Casebook(self.vault, clock=lambda: STARTED_AT)
        self.conversation_id = write_sample_intake(
            book, guide.id, guide.version, guide_to_snapshot(guide), STARTED_AT
        )
        return line(self.lang, "conversation", id=guide.id, version=guide.version)

    def read_back(self) -> str:
        from intakecompanion.domain.casebook import Casebook
        from intakecompanion.summary.content import build_summary
        from intakecompanion.summary.sample import INTERNAL_MARKER, SHARED_NOTES

        self.vault.close()  # read it from disk, not from what is still in memory
        self.vault_unlock()
        self.summary = build_summary(Casebook(self.vault), self.conversation_id, "nl")
        if self.summary.notes != SHARED_NOTES:
            raise CheckFailed("notes_changed")
        if INTERNAL_MARKER in repr(self.summary):
            raise CheckFailed("internal_shown")
        return line(self.lang, "read_back", count=len(self.summary.notes))

    def render(self) -> str:
        from intakecompanion.commands.texts import pages_text
        from intakecompanion.summary.render import render_pdf

        out = self.folder / "zelftest.pdf"
        self.pages = render_pdf(self.summary, out)
        self.pdf_data = out.read_bytes()
        pages = pages_text(self.pages, self.lang)
        return line(self.lang, "rendered", size=len(self.pdf_data), pages=pages)

    def pdf(self) -> str:
        check_pdf(self.pdf_data, self.pages, [self.summary.client_name, *self.summary.notes])
        return line(self.lang, "pdf_ok")

    def close(self) -> None:
        if self.vault is not None and self.vault.is_open:
            self.vault.close()


def check_pdf(data: bytes, pages: int, texts: list[str]) -> None:
    """A structural check of a PDF written by Qt, with the standard library only.

    Qt writes the page tree's /Count in plain text and compresses the content streams; the
    text itself is glyph numbers, mapped back to Unicode by the fonts' ToUnicode tables. So:
    the header and trailer are there, the page count is right, every stream inflates, a font
    is embedded, and every character of `texts` is in the fonts' Unicode tables.
    """
    if not data.startswith(b"%PDF-1."):
        raise CheckFailed("pdf_no_start")
    if b"%%EOF" not in data[-64:] or b"startxref" not in data[-128:]:
        raise CheckFailed("pdf_no_end")
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    if counts != [pages]:
        raise CheckFailed("pdf_page_count", counts=counts, pages=pages)
    if b"/FontFile2" not in data:
        raise CheckFailed("pdf_no_font")
    mapped: set[int] = set()
    for body in re.findall(rb"\d+ 0 obj(.*?)endobj", data, re.S):
        parts = re.match(rb"(.*?)stream\r?\n(.*)\r?\nendstream", body, re.S)
        if parts is None:
            continue
        inflated = parts.group(2)
        if b"/FlateDecode" in parts.group(1):
            try:
                inflated = zlib.decompress(inflated)
            except zlib.error as error:
                raise CheckFailed("pdf_damaged", reason=error) from None
        if b"begincmap" in inflated:
            mapped.update(_cmap_code_points(inflated))
    missing = {ch for text in texts for ch in text if not ch.isspace() and ord(ch) not in mapped}
    if missing:
        raise CheckFailed("pdf_missing", characters=repr("".join(sorted(missing))))


def _cmap_code_points(cmap: bytes) -> set[int]:
    """Every Unicode value a ToUnicode CMap maps to (bfrange arrays and bfchar pairs)."""
    points: set[int] = set()
    for section in re.findall(rb"beginbf(?:range|char)(.*?)endbf(?:range|char)", cmap, re.S):
        for line in section.splitlines():
            hexes = re.findall(rb"<([0-9A-Fa-f]+)>", line)
            targets = hexes[2:] if b"[" in line else hexes[-1:]
            if b"[" not in line and len(hexes) == 3:  # <lo> <hi> <start>: a run of values
                low, high, start = (int(h, 16) for h in hexes)
                points.update(range(start, start + high - low + 1))
                continue
            for target in targets:
                text = bytes.fromhex(target.decode()).decode("utf-16-be", "replace")
                points.update(ord(ch) for ch in text)
    return points


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def run_self_check(lang: str = "en", out: Callable[[str], None] = print) -> int:
    """Run every check; returns the process exit code (0: all passed)."""
    words = LINES[lang if lang in LINES else "en"]
    folder = Path(tempfile.mkdtemp(prefix="intakecompanion-selfcheck-"))  # mode 0700
    check = SelfCheck(folder, lang)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("qt", check.qt),
        ("vault-create", check.vault_create),
        ("vault-unlock", check.vault_unlock),
        ("conversation", check.conversation),
        ("read-back", check.read_back),
        ("summary-pdf", check.render),
        ("pdf-content", check.pdf),
    ]
    failures = 0
    try:
        for name, step in steps:
            try:
                detail = step()
            except CheckFailed as error:
                failures += 1
                out(f"{words['fail']:8} {name}: {error.describe(lang)}")
                break  # later checks need what this one makes
            except Exception as error:  # noqa: BLE001  (every failure is reported, then we go on)
                failures += 1
                out(f"{words['fail']:8} {name}: {type(error).__name__}: {error}")
                break
            out(f"{words['ok']:8} {name}: {detail}")
    finally:
        check.close()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        failures += 1
        out(f"{words['fail']:8} cleanup: {line(lang, 'not_cleaned', folder=folder)}")
    else:
        out(f"{words['ok']:8} cleanup: {line(lang, 'cleaned')}")
    out(words["all_ok"] if not failures else line(lang, "failed", count=failures))
    return 0 if not failures else 1


def main() -> int:
    from intakecompanion.commands.language import language_from_environment, supported

    return run_self_check(supported(language_from_environment(os.environ)))


if __name__ == "__main__":
    sys.exit(main())
