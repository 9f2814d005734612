"""The open vault loads no library it does not use (issue 18): memory with the vault open is
measured against a bare PySide6 window, and each library loaded costs resident memory.

sqlite-utils (with click, dateutil, pluggy and the standard `sqlite3` module) was loaded for two
methods the program used, and hashlib loaded the system's OpenSSL beside cryptography's own:
about 9 MiB at the 10,000-client list (docs/performance.md, fourth pass).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import create_vault

NOT_LOADED = ("sqlite_utils", "click", "dateutil", "pluggy", "sqlite3", "hashlib", "_hashlib")

CHILD = """
import json, sys
from intakecompanion.vault import store
import intakecompanion.domain.casebook, intakecompanion.ui.window.workspace
vault = store.unlock_with_recovery_key(sys.argv[1], sys.stdin.readline().strip())
rows = vault.db.execute("SELECT count(*) FROM clients").fetchone()[0]
vault.close()
print(json.dumps({"rows": rows, "modules": sorted(sys.modules)}))
"""


def test_the_open_vault_and_the_workspace_load_no_unused_library(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    vault, recovery_key = create_vault(tmp_path / "vault" / "vault.icv", passphrase, kdf=fast_kdf)
    vault.close()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault.path)],
        input=recovery_key + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == 0
    loaded = [m for m in report["modules"] if m.split(".")[0] in NOT_LOADED]
    assert loaded == []
