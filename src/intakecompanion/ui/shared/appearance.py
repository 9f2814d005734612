"""How the app looks and speaks: language and translators, icon, stylesheet, text size.

The text size starts from the system's (its font), times the larger-text setting, times the
program's own zoom. Colours come from the system's palette (light, dark, high contrast); the
one role the program sets is the placeholder text, which Qt draws at half the text's alpha
(4:1 on white, under WCAG's 4.5:1): it is mixed from the palette's own text and base instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from intakecompanion import APP_ID
from intakecompanion.resources import resource_path
from intakecompanion.ui.shared.i18n import choose_language, install_translators
from intakecompanion.ui.shared.settings import LANGUAGE, LARGER_TEXT, ZOOM, Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

LARGER_TEXT_FACTOR = 1.25
# The contrast the placeholder (hint) colour keeps against the window and the base: WCAG's 4.5
# with room for the slight tints some panels lay over them.
HINT_CONTRAST = 5.5
RELATIVE_SIZES = (("title", 1.4), ("recovery-key", 1.25), ("idle-countdown", 1.6))


@dataclass
class Appearance:
    """What `prepare_application` set up; keep it referenced while the app runs."""

    lang: str
    translators: list[QTranslator] = field(default_factory=list)
    base_point_size: float = 0.0
    stylesheet: str = ""
    larger_text: bool = False
    zoom: int = 100


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resource_path("ui", "icons", "app")
    for png in sorted(folder.glob(f"{APP_ID}-*.png")):
        icon.addFile(str(png))
    return icon


def program_stylesheet() -> str:
    """The program's one stylesheet (resources/ui/style.qss; the conversation view's rules in it
    are scoped to the view), set on the whole application; empty if it is missing."""
    path = resource_path("ui", "style.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def prepare_application(
    app: QApplication, settings: Settings, lang_argument: str | None
) -> Appearance:
    """Language, translators, stylesheet and text size for this run (the icon: `app_icon`)."""
    lang = choose_language(lang_argument, settings.get(LANGUAGE), QLocale.system().name())
    appearance = Appearance(lang, install_translators(app, lang), app.font().pointSizeF())
    appearance.stylesheet = program_stylesheet()
    apply_text_size(app, appearance, settings.get(LARGER_TEXT), settings.get(ZOOM))
    # Light or dark follows the system; re-applying the stylesheet re-reads the new palette.
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_text_size(app, appearance, appearance.larger_text)
    )
    return appearance


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.1's contrast ratio of two opaque colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_palette(palette: QPalette) -> QPalette:
    """The palette with a placeholder colour readable on its window and base: the text mixed
    with the base, as much base as still keeps HINT_CONTRAST (the text itself at worst)."""
    adjusted = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.Text)
        grounds = [
            palette.color(group, role)
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
        ]
        base = grounds[1]
        chosen = QColor(text)
        for tenth in range(6, 0, -1):
            share = tenth / 10
            mixed = QColor.fromRgbF(
                text.redF() * (1 - share) + base.redF() * share,
                text.greenF() * (1 - share) + base.greenF() * share,
                text.blueF() * (1 - share) + base.blueF() * share,
            )
            if all(contrast_ratio(mixed, ground) >= HINT_CONTRAST for ground in grounds):
                chosen = mixed
                break
        adjusted.setColor(group, QPalette.ColorRole.PlaceholderText, chosen)
    return adjusted


def indicator_sizes(scale: float) -> str:
    """Radio buttons' circles and check boxes' boxes grown with the text (the style draws
    them at a fixed size: at 200 % a small circle stood beside large words). The style's own
    size at the system's text size, never smaller."""
    if scale <= 1:
        return ""
    from PySide6.QtWidgets import QStyle  # its 566 enum members: not for the unlock screen

    style = QApplication.style()
    rules = []
    for kind, metric in (
        ("QRadioButton", QStyle.PixelMetric.PM_ExclusiveIndicatorWidth),
        ("QCheckBox", QStyle.PixelMetric.PM_IndicatorWidth),
    ):
        side = round(style.pixelMetric(metric) * scale)  # no widget: the style's own size
        rules.append(f"\n{kind}::indicator {{ width: {side}px; height: {side}px; }}")
    return "".join(rules)


def apply_text_size(
    app: QApplication, appearance: Appearance, larger: bool, zoom: int | None = None
) -> None:
    """Scale the application font (system size x larger text x zoom); every widget that uses
    the default font follows. Also re-reads the palette (the hint colour) and the stylesheet."""
    appearance.larger_text = larger
    if zoom is not None:
        appearance.zoom = zoom
    app.setPalette(readable_palette(QGuiApplication.palette()))
    font = QFont(app.font())
    base = appearance.base_point_size if appearance.base_point_size > 0 else 10.0
    size = base * (LARGER_TEXT_FACTOR if larger else 1.0) * appearance.zoom / 100
    font.setPointSizeF(size)
    app.setFont(font)
    # Stylesheets know no relative sizes: the few larger texts are sized from the base here.
    sizes = "\n".join(
        f'QLabel[role="{role}"] {{ font-size: {size * factor:.1f}pt; }}'
        for role, factor in RELATIVE_SIZES
    ) + indicator_sizes(size / base)
    # Under an application stylesheet Qt does not carry a new application font into widgets
    # already shown (the open conversation kept its old size when the coach zoomed): every
    # widget without a font of its own takes the new one again. Before the stylesheet, which
    # then lays its fonts (bold buttons and headings) over the new size: after it, the reset
    # took their bold away while the stylesheet still painted it, and "Make internal" was cut
    # off to the width of its plain text.
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setFont(QFont())
    app.setStyleSheet(appearance.stylesheet + "\n" + sizes + "\n")
