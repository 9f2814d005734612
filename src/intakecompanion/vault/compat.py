"""Make sqlite-utils catch sqlcipher3's exceptions: the one place this is solved.

sqlite-utils catches the standard library's exception classes (`sqlite3.OperationalError`, and
`OperationalError` bound by name from `sqlite_utils.utils`) in `insert(alter=True)`,
`update(alter=True)`, RETURNING support, `drop(ignore=True)`,
`create_index(find_unique_name=True)` and `cached_counts()`. sqlcipher3 raises its own classes,
which those handlers miss. Pointing sqlite-utils' references at sqlcipher3's DB-API module fixes
every handler at once. sqlite-utils then also opens any connection it makes itself through
SQLCipher, so the plain `sqlite3` module never touches vault data.
"""

from __future__ import annotations

import sqlcipher3.dbapi2
import sqlite_utils.db
import sqlite_utils.utils


def install() -> None:
    for module in (sqlite_utils.db, sqlite_utils.utils):
        module.sqlite3 = sqlcipher3.dbapi2  # type: ignore[attr-defined]
        module.OperationalError = sqlcipher3.dbapi2.OperationalError  # type: ignore[attr-defined]
    sqlite_utils.utils.dbapi2 = sqlcipher3.dbapi2


install()
