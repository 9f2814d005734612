"""The stylesheets' text colours are readable: WCAG 2.1 contrast of at least 4.5:1.

Every rule of resources/ui/*.qss (the one style.qss) that sets a text colour or a background is
read; each pair of text colour and the background under it is resolved against four system
palettes (light, dark, and the two high-contrast themes, white on black and black on white),
after the program's own palette adjustment (appearance.readable_palette). Translucent
backgrounds are laid over what is beneath them (the window, or the item view's base, or the
rule of the ancestor in the selector). A colour written in the stylesheet must therefore be
readable on every system background it can meet, which is what keeps the high-contrast themes
intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

ROOT = Path(__file__).resolve().parents[2]
QSS_FILES = sorted((ROOT / "resources" / "ui").glob("*.qss"))
MINIMUM = 4.5
# The conversation view's rules are scoped to it ("#conversationView QLabel..."); the view is a
# plain widget on the window and lays no background, so a scoped rule is read as if unscoped.
SCOPE = "#conversationView "

R = QPalette.ColorRole
ROLES = {
    "window": R.Window,
    "window-text": R.WindowText,
    "base": R.Base,
    "alternate-base": R.AlternateBase,
    "text": R.Text,
    "button": R.Button,
    "button-text": R.ButtonText,
    "highlight": R.Highlight,
    "highlighted-text": R.HighlightedText,
    "placeholder-text": R.PlaceholderText,
    "link": R.Link,
    "mid": R.Mid,
    "midlight": R.Midlight,
}
# The system palettes the program may be given: Qt's Fusion light and dark schemes, and
# high-contrast themes both ways. PlaceholderText as Qt derives it: the text at half alpha.
SYSTEM_PALETTES = {
    "light": {"window": "#efefef", "text": "#000000", "base": "#ffffff", "button": "#efefef"},
    "dark": {
        "window": "#323232",
        "text": "#ffffff",
        "base": "#1e1e1e",
        "button": "#3c3c3c",
        "link": "#8ab4f8",
    },
    "high-contrast dark": {
        "window": "#000000",
        "text": "#ffffff",
        "base": "#000000",
        "button": "#000000",
        "link": "#ffff00",
    },
    "high-contrast light": {
        "window": "#ffffff",
        "text": "#000000",
        "base": "#ffffff",
        "button": "#ffffff",
        "link": "#0000c0",
    },
}
# Labels that sit on a frame whose background a different rule sets.
SITS_ON = {
    "QLabel#noteBandLabel": ["QFrame#noteBand", 'QFrame#noteBand[visibility="shared"]'],
    "QPushButton#noteSwitch": ["QFrame#noteBand", 'QFrame#noteBand[visibility="shared"]'],
    "QPushButton#noteSwitch:disabled": [
        "QFrame#noteBand",
        'QFrame#noteBand[visibility="shared"]',
    ],
}
# Frames whose text is not the palette's (their labels have a rule of their own, above).
TEXT_BY_OTHER_RULE = {"QFrame#noteBand", 'QFrame#noteBand[visibility="shared"]'}


def system_palette(colours: dict[str, str]) -> QPalette:
    from intakecompanion.ui.shared.appearance import readable_palette

    palette = QPalette(QColor(colours["button"]), QColor(colours["window"]))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, value in (
            (R.Window, colours["window"]),
            (R.Base, colours["base"]),
            (R.Button, colours["button"]),
        ):
            palette.setColor(group, role, QColor(value))
        for role in (R.WindowText, R.Text, R.ButtonText):
            palette.setColor(group, role, QColor(colours["text"]))
        half = QColor(colours["text"])
        half.setAlpha(128)
        palette.setColor(group, R.PlaceholderText, half)
        palette.setColor(group, R.Link, QColor(colours.get("link", "#0000ff")))
    return readable_palette(palette)


@dataclass(frozen=True)
class Rule:
    source: str
    selector: str
    declarations: dict[str, str]


def rules(text: str, source: str) -> list[Rule]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            plain = " ".join(selector.split()).removeprefix(SCOPE)
            found.append(Rule(source, plain, declarations))
    return found


def all_rules() -> list[Rule]:
    return [r for path in QSS_FILES for r in rules(path.read_text(encoding="utf-8"), path.name)]


def colour(value: str, palette: QPalette) -> QColor | None:
    """A QSS colour value (rgb, rgba, #hex, a name, palette(role)); None for none/transparent."""
    value = value.strip().split()[-1] if value.startswith(("solid", "dotted")) else value.strip()
    if value in ("none", "transparent"):
        return None
    if m := re.fullmatch(r"palette\(([\w-]+)\)", value):
        return palette.color(QPalette.ColorGroup.Active, ROLES[m.group(1)])
    if m := re.fullmatch(r"rgba?\(([^)]*)\)", value):
        parts = [p.strip() for p in m.group(1).split(",")]
        rgb = [int(p) for p in parts[:3]]
        alpha = float(parts[3]) if len(parts) == 4 else 1.0
        return QColor(*rgb, round(alpha * 255))
    named = QColor(value)
    assert named.isValid(), f"a colour the test cannot read: {value}"
    return named


def over(top: QColor, beneath: QColor) -> QColor:
    a = top.alphaF()
    return QColor(
        *(
            round(t * a + b * (1 - a))
            for t, b in zip(
                (top.red(), top.green(), top.blue()),
                (beneath.red(), beneath.green(), beneath.blue()),
                strict=True,
            )
        )
    )


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def holds_text(selector: str) -> bool:
    return "::chunk" not in selector and not selector.startswith("QProgressBar")


def default_text(selector: str) -> str:
    last = selector.split()[-1]
    if "::item" in last:
        return "palette(text)"
    if last.startswith(("QPushButton", "QToolButton")):
        return "palette(button-text)"
    return "palette(window-text)"


def background_of(rule: Rule) -> str | None:
    return rule.declarations.get("background-color") or rule.declarations.get("background")


def backdrops(rule: Rule, by_selector: dict[str, Rule], palette: QPalette) -> list[QColor]:
    """What lies beneath the rule's widget: the rule(s) it sits on, else window or base."""
    parents = SITS_ON.get(rule.selector)
    if parents is None and " " in rule.selector:
        parents = [rule.selector.rsplit(" ", 1)[0]]
    base_role = R.Base if "::item" in rule.selector else R.Window
    ground = palette.color(QPalette.ColorGroup.Active, base_role)
    if not parents:
        return [ground]
    found = []
    for parent in parents:
        value = background_of(by_selector[parent])
        top = colour(value, palette) if value else None
        found.append(over(top, ground) if top else ground)
    return found


def pairs(palette: QPalette) -> list[tuple[str, float]]:
    """(where, contrast) for every text colour on every background it can be drawn on."""
    every = all_rules()
    by_selector = {r.selector: r for r in every}
    found = []
    for rule in every:
        text_value = rule.declarations.get("color")
        background = background_of(rule)
        if not holds_text(rule.selector) or (text_value is None and background is None):
            continue
        if text_value is None and rule.selector in TEXT_BY_OTHER_RULE:
            continue
        text = colour(text_value or default_text(rule.selector), palette)
        assert text is not None
        for beneath in backdrops(rule, by_selector, palette):
            top = colour(background, palette) if background else None
            ground = over(top, beneath) if top else beneath
            shown = over(text, ground)
            where = f"{rule.source}: {rule.selector} ({shown.name()} on {ground.name()})"
            found.append((where, contrast(shown, ground)))
    return found


def test_the_stylesheets_are_found_and_read() -> None:
    names = {p.name for p in QSS_FILES}
    assert "style.qss" in names
    every = all_rules()
    assert len(every) > 40
    assert any(r.declarations.get("color") == "white" for r in every)


@pytest.mark.parametrize("scheme", sorted(SYSTEM_PALETTES))
def test_stylesheet_text_contrast_is_at_least_4_5(qapp: object, scheme: str) -> None:
    palette = system_palette(SYSTEM_PALETTES[scheme])
    checked = pairs(palette)
    assert len(checked) > 20
    failing = [f"{where}: {ratio:.2f}" for where, ratio in checked if ratio < MINIMUM]
    assert failing == []


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert over(QColor(0, 0, 0, 128), QColor("white")).name() == "#7f7f7f"
