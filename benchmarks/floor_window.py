"""The libraries' floor, beside the bare window: what any program with this one's promises pays
before its own code, so the bench can tell the libraries' share of goals 1 and 7 from the app's.

`unlock` (goal 1): the bare window (bare_window.py) plus what an unlock screen cannot do
without: Qt's and the program's translations for the language, and a form of plain-text labels
(every label is plain text: `Qt.TextFormat.PlainText` makes PySide6 build the `Qt` namespace's
enums), a hidden passphrase field and a button. `vault` (goal 7): that form, then SQLCipher
(sqlcipher3) reached through sqlite-utils' `Database` (the design card's packages) and
cryptography's Argon2id and AES-GCM loaded, the encrypted vault opened with its raw data key
(read from stdin as hex) and the vault's pragmas, and its first 100 client names in a list
widget; it reports once the list has painted.

Run by `benchmarks/startup.py` (its `main()`); imports nothing of the app (the translations are the
app's files, found beside this folder).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bare_window import FirstPaint  # this folder is first on sys.path (startup.py)
from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LIST_ROWS = 100


def translators(app: QApplication) -> list[QTranslator]:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    kept = []
    for name, folder in (("intakecompanion_nl", str(I18N)), ("qtbase_nl", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            kept.append(translator)
    return kept


def unlock_form() -> QWidget:
    form = QWidget()
    column = QVBoxLayout(form)
    for text in ("Intake Companion is vergrendeld", "Typ je wachtwoordzin."):
        label = QLabel(text, form)
        label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(label)
    field = QLineEdit(form)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    column.addWidget(field)
    # Text set after making the button: QPushButton(text, parent) makes PySide6 weigh the
    # (icon, text, parent) form too, and so make the QIcon class (157 enum members).
    button = QPushButton(form)
    button.setText("&Ontgrendelen")
    column.addWidget(button)
    return form


def client_list(vault: str, key_hex: str) -> QListWidget:
    # Here, not at the top: the unlock stage shows no list (QListView's enums, 58 members).
    import sqlcipher3
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from PySide6.QtWidgets import QListWidget
    from sqlite_utils import Database

    assert AESGCM and Argon2id  # the key file's wrapping: loaded, not used on this path
    conn = sqlcipher3.connect(vault, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    for pragma in ("temp_store = MEMORY", "secure_delete = ON", "cache_size = -16384"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    conn.execute("PRAGMA journal_mode = WAL").fetchall()
    db = Database(conn, execute_plugins=False)
    names = db.execute(
        "SELECT name FROM clients ORDER BY sort_name LIMIT ?", (LIST_ROWS,)
    ).fetchall()
    widget = QListWidget()
    widget.addItems([str(row[0]) for row in names])
    widget.conn = conn  # type: ignore[attr-defined]  # open as long as the list shows
    return widget


def main() -> int:
    stage = sys.argv[1] if len(sys.argv) > 1 else "unlock"
    app = QApplication(sys.argv[:1])
    kept = translators(app)
    window = QMainWindow()
    window.setWindowTitle("Intake Companion")
    window.resize(1280, 720)
    if stage == "vault":
        vault, key_hex = sys.argv[2], sys.stdin.readline().strip()
        window.setCentralWidget(unlock_form())
        window.show()
        app.processEvents()
        window.setCentralWidget(client_list(vault, key_hex))
        FirstPaint(window.centralWidget().viewport())  # type: ignore[attr-defined]
    else:
        window.setCentralWidget(unlock_form())
        FirstPaint(window)
        window.show()
    code = app.exec()
    del kept
    return code


if __name__ == "__main__":
    sys.exit(main())
