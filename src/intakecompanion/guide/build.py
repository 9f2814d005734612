"""Turn parsed guide data (from TOML or a snapshot) into a Guide, collecting every problem.

The checks run all the way through, so a staff member sees every mistake in one go instead of
fixing them one run at a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from intakecompanion.guide.locate import KeyLines, KeyPath
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
    Retention,
)
from intakecompanion.guide.problems import GuideProblem

ID_PATTERN = re.compile(r"[a-z][a-z0-9_-]{0,63}")
VERSION_PATTERN = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6}){1,2}")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}")
ITEM_TEXT_LIMIT = 120

GUIDE_KEYS = ("id", "version", "kind", "languages", "phases", "retention")
RETENTION_KEYS = ("keep", "may_erase")
MAX_KEEP_YEARS = 100
GUIDE_TEXTS = (
    ("title", "secrecy_statement", "withdraw_consent"),
    ("description", "help_line"),
)
PHASE_KEYS = ("id", "items")
PHASE_TEXTS = (("title", "purpose"), ())
ITEM_KEYS = ("id", "feeds", "sources")
ITEM_TEXTS = (("text", "why"), ("say",))


class GuideBuilder:
    """Checks one guide's data; `build` returns the Guide, or None when `problems` is not empty."""

    def __init__(self, file: Path | None = None, lines: KeyLines | None = None) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[GuideProblem] = []
        self._languages: tuple[str, ...] = ()
        self._phase: str | None = None
        self._item: str | None = None
        self._item_ids: dict[str, KeyPath] = {}

    def report(self, code: str, path: KeyPath, in_lang: str | None = None, **params: str) -> None:
        """Record a problem at `path`; `in_lang` says which language's texts it is in."""
        line = self.lines.line_of(path) if self.lines is not None else None
        self.problems.append(
            GuideProblem(
                code=code,
                file=self.file,
                line=line,
                params=tuple(sorted(params.items())),
                phase=self._phase,
                item=self._item,
                lang=in_lang,
            )
        )

    def line(self, path: KeyPath) -> str:
        found = self.lines.line_of(path) if self.lines is not None else None
        return "?" if found is None else str(found)

    def build(self, data: dict[str, Any]) -> Guide | None:
        self._languages = self._read_languages(data)
        guide_id = self._read_id(data, ())
        version = self._read_pattern(data, "version", VERSION_PATTERN, "bad_version")
        kind = self._read_choice(data, (), "kind", KINDS, "bad_kind", required=True)
        if not self._languages:
            # Without languages every text table would look wrong; one problem is enough.
            return None
        self._check_keys(data, (), GUIDE_KEYS)
        texts = self._read_texts(data, (), GUIDE_TEXTS, GuideText)
        phases = self._read_phases(data)
        retention = self._read_retention(data)
        if self.problems or guide_id is None or version is None or kind is None or texts is None:
            return None
        return Guide(guide_id, version, kind, self._languages, texts, phases, retention)

    def _read_retention(self, data: dict[str, Any]) -> Retention | None:
        """The optional [retention]: keep = whole years (1-100) or "permanent"; may_erase =
        true or false (true when left out)."""
        value = data.get("retention")
        path: KeyPath = ("retention",)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.report("retention_not_table", path)
            return None
        for key in value:
            if key not in RETENTION_KEYS:
                self.report("unknown_key", (*path, key), key=key, allowed=", ".join(RETENTION_KEYS))
        keep = value.get("keep")
        years: int | None = None
        if keep != "permanent":
            if (
                isinstance(keep, bool)
                or not isinstance(keep, int)
                or not 1 <= keep <= MAX_KEEP_YEARS
            ):
                self.report("bad_retention_keep", (*path, "keep"), most=str(MAX_KEEP_YEARS))
                return None
            years = keep
        may_erase = value.get("may_erase", True)
        if not isinstance(may_erase, bool):
            self.report("bad_retention_may_erase", (*path, "may_erase"))
            return None
        return Retention(years, may_erase)

    # -- the guide's top ------------------------------------------------------------------

    def _read_languages(self, data: dict[str, Any]) -> tuple[str, ...]:
        value = data.get("languages")
        if value is None:
            self.report("missing_key", ("languages",), key="languages")
            return ()
        if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
            self.report("wrong_type_text_list", ("languages",), key="languages")
            return ()
        if not value:
            self.report("no_languages", ("languages",))
        languages: list[str] = []
        for code in value:
            if not LANGUAGE_PATTERN.fullmatch(code):
                self.report("bad_language_code", ("languages",), lang=code)
            elif code in languages:
                self.report("duplicate_language", ("languages",), lang=code)
            else:
                languages.append(code)
        return tuple(languages)

    def _read_id(self, data: dict[str, Any], path: KeyPath) -> str | None:
        return self._read_pattern(data, "id", ID_PATTERN, "bad_id", path)

    def _read_pattern(
        self,
        data: dict[str, Any],
        key: str,
        pattern: re.Pattern[str],
        code: str,
        path: KeyPath = (),
    ) -> str | None:
        value = self._read_text(data, (*path, key), required=True)
        if value is None:
            return None
        if not pattern.fullmatch(value):
            self.report(code, (*path, key), **{"id" if key == "id" else key: value})
            return None
        return value

    def _read_choice(
        self,
        data: dict[str, Any],
        path: KeyPath,
        key: str,
        choices: Sequence[str],
        code: str,
        required: bool,
    ) -> str | None:
        value = self._read_text(data, (*path, key), required=required)
        if value is not None and value not in choices:
            self.report(code, (*path, key), allowed=", ".join(choices), **{key: value})
            return None
        return value

    def _read_text(
        self, data: dict[str, Any], path: KeyPath, required: bool, lang: str | None = None
    ) -> str | None:
        key = str(path[-1])
        if key not in data:
            if required:
                self.report("missing_key", path, lang, key=key)
            return None
        value = data[key]
        if not isinstance(value, str):
            self.report("wrong_type_text", path, lang, key=key)
            return None
        if not value.strip():
            self.report("empty_text", path, lang, key=key)
            return None
        return value.strip()

    def _check_keys(self, data: dict[str, Any], path: KeyPath, allowed: Sequence[str]) -> None:
        """Every key must be known here, or be a table of texts in a declared language."""
        for key, value in data.items():
            if key in allowed or key in self._languages:
                continue
            if isinstance(value, dict) and LANGUAGE_PATTERN.fullmatch(key):
                self.report("undeclared_language", (*path, key), lang=key)
            else:
                names = ", ".join([*allowed, *self._languages])
                self.report("unknown_key", (*path, key), key=key, allowed=names)

    # -- texts per language -------------------------------------------------------------------

    def _read_texts(
        self,
        data: dict[str, Any],
        path: KeyPath,
        keys: tuple[tuple[str, ...], tuple[str, ...]],
        kind: type[Any],
    ) -> Localized[Any] | None:
        required, optional = keys
        entries: list[tuple[str, Any]] = []
        seen_optional: dict[str, list[str]] = {key: [] for key in optional}
        complete = bool(self._languages)
        for lang in self._languages:
            table = data.get(lang)
            if table is None:
                # The guide's own texts have no header of their own; point at "languages".
                self.report("missing_language", path or ("languages",), lang=lang)
                complete = False
                continue
            if not isinstance(table, dict):
                self.report("wrong_type_section", (*path, lang), key=lang)
                complete = False
                continue
            for key in table:
                if key not in required and key not in optional:
                    names = ", ".join([*required, *optional])
                    self.report("unknown_key", (*path, lang, key), lang, key=key, allowed=names)
            values: dict[str, str | None] = {}
            for key in required:
                values[key] = self._read_text(table, (*path, lang, key), True, lang)
            for key in optional:
                values[key] = self._read_text(table, (*path, lang, key), False, lang)
                if key in table:
                    seen_optional[key].append(lang)
            if None in (values[key] for key in required):
                complete = False
                continue
            entries.append((lang, kind(**values)))
        self._check_optional_everywhere(path, seen_optional)
        return Localized(tuple(entries)) if complete else None

    def _check_optional_everywhere(self, path: KeyPath, seen: dict[str, list[str]]) -> None:
        for key, languages in seen.items():
            if not languages:
                continue
            for lang in self._languages:
                if lang not in languages:
                    self.report(
                        "optional_text_incomplete",
                        (*path, lang),
                        key=key,
                        present=languages[0],
                        missing=lang,
                    )

    # -- phases and items ---------------------------------------------------------------------

    def _sections(self, data: dict[str, Any], path: KeyPath, empty_code: str) -> list[Any]:
        key = str(path[-1])
        value = data.get(key)
        if value is None or value == []:
            self.report(empty_code, path)
            return []
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            self.report("wrong_type_sections", path, key=key)
            return []
        return value

    def _read_phases(self, data: dict[str, Any]) -> tuple[Phase, ...]:
        phases: list[Phase] = []
        first_seen: dict[str, KeyPath] = {}
        for number, entry in enumerate(self._sections(data, ("phases",), "no_phases")):
            path: KeyPath = ("phases", number)
            raw_id = entry.get("id")
            self._phase = raw_id if isinstance(raw_id, str) else f"#{number + 1}"
            phase_id = self._read_id(entry, path)
            if phase_id is not None and phase_id in first_seen:
                first = self.line((*first_seen[phase_id], "id"))
                self.report("duplicate_phase_id", (*path, "id"), id=phase_id, first_line=first)
            elif phase_id is not None:
                first_seen[phase_id] = path
            self._check_keys(entry, path, PHASE_KEYS)
            texts = self._read_texts(entry, path, PHASE_TEXTS, PhaseText)
            items = self._read_items(entry, path)
            if phase_id is not None and texts is not None:
                phases.append(Phase(phase_id, texts, items))
            self._phase = None
        return tuple(phases)

    def _read_items(self, phase: dict[str, Any], phase_path: KeyPath) -> tuple[Item, ...]:
        items: list[Item] = []
        for number, entry in enumerate(self._sections(phase, (*phase_path, "items"), "no_items")):
            path: KeyPath = (*phase_path, "items", number)
            raw_id = entry.get("id")
            self._item = raw_id if isinstance(raw_id, str) else f"#{number + 1}"
            item = self._read_item(entry, path)
            if item is not None:
                items.append(item)
            self._item = None
        return tuple(items)

    def _read_item(self, entry: dict[str, Any], path: KeyPath) -> Item | None:
        item_id = self._read_id(entry, path)
        if item_id is not None and item_id in self._item_ids:
            first = self.line((*self._item_ids[item_id], "id"))
            self.report("duplicate_item_id", (*path, "id"), id=item_id, first_line=first)
        elif item_id is not None:
            self._item_ids[item_id] = path
        self._check_keys(entry, path, ITEM_KEYS)
        feeds = self._read_choice(entry, path, "feeds", FEEDS, "bad_feeds", required=False)
        sources = self._read_sources(entry, path)
        texts = self._read_texts(entry, path, ITEM_TEXTS, ItemText)
        for lang, text in texts.entries if texts is not None else ():
            if len(text.text) > ITEM_TEXT_LIMIT:
                self.report(
                    "text_too_long",
                    (*path, lang, "text"),
                    lang,
                    key="text",
                    length=str(len(text.text)),
                    limit=str(ITEM_TEXT_LIMIT),
                )
        if item_id is None or texts is None:
            return None
        return Item(item_id, texts, feeds, sources)

    def _read_sources(self, entry: dict[str, Any], path: KeyPath) -> tuple[str, ...]:
        value = entry.get("sources", [])
        if not isinstance(value, list) or not all(isinstance(source, str) for source in value):
            self.report("wrong_type_text_list", (*path, "sources"), key="sources")
            return ()
        if any(not source.strip() for source in value):
            self.report("empty_text", (*path, "sources"), key="sources")
        return tuple(source.strip() for source in value if source.strip())
