"""The vault's connection as the program writes through it: `execute`, and the connection.

Until issue 18 this was sqlite-utils' `Database`, of which the program only ever called
`execute` and `conn`. Importing sqlite-utils also loaded click, dateutil, pluggy, the standard
`sqlite3` module and hashlib with the system's OpenSSL: about 14 MiB of the memory the open vault
costs above a bare window (docs/performance.md, fourth pass).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlcipher3

Parameters = Sequence[Any] | Mapping[str, Any]


class Database:
    """Statements on one keyed connection; transactions are the vault's (`Vault.transaction`)."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlcipher3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)
