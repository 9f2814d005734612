"""How the app looks and speaks: language and translators, icon, stylesheet, text size."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from intakecompanion import APP_ID
from intakecompanion.resources import resource_path
from intakecompanion.ui.shared.i18n import choose_language, install_translators
from intakecompanion.ui.shared.settings import LANGUAGE, LARGER_TEXT, Settings

LARGER_TEXT_FACTOR = 1.25
RELATIVE_SIZES = (("title", 1.4), ("recovery-key", 1.25), ("idle-countdown", 1.6))


@dataclass
class Appearance:
    """What `prepare_application` set up; keep it referenced while the app runs."""

    lang: str
    translators: list[QTranslator] = field(default_factory=list)
    base_point_size: float = 0.0
    stylesheet: str = ""
    larger_text: bool = False


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource_path("ui", "icons", "app")
    for png in sorted(folder.glob(f"{APP_ID}-*.png")):
        icon.addFile(str(png))
    return icon


def prepare_application(
    app: QApplication, settings: Settings, lang_argument: str | None
) -> Appearance:
    """Language, translators, icon, stylesheet and text size for this run."""
    lang = choose_language(lang_argument, settings.get(LANGUAGE), QLocale.system().name())
    appearance = Appearance(lang, install_translators(app, lang), app.font().pointSizeF())
    app.setWindowIcon(app_icon())
    stylesheet = resource_path("ui", "style.qss")
    if stylesheet.is_file():
        appearance.stylesheet = stylesheet.read_text(encoding="utf-8")
    apply_text_size(app, appearance, settings.get(LARGER_TEXT))
    # Light or dark follows the system; re-applying the stylesheet re-reads the new palette.
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_text_size(app, appearance, appearance.larger_text)
    )
    return appearance


def apply_text_size(app: QApplication, appearance: Appearance, larger: bool) -> None:
    """Scale the application font; every widget that uses the default font follows."""
    appearance.larger_text = larger
    font = QFont(app.font())
    base = appearance.base_point_size if appearance.base_point_size > 0 else 10.0
    size = base * (LARGER_TEXT_FACTOR if larger else 1.0)
    font.setPointSizeF(size)
    app.setFont(font)
    # Stylesheets know no relative sizes: the few larger texts are sized from the base here.
    sizes = "\n".join(
        f'QLabel[role="{role}"] {{ font-size: {size * factor:.1f}pt; }}'
        for role, factor in RELATIVE_SIZES
    )
    app.setStyleSheet(appearance.stylesheet + "\n" + sizes + "\n")
