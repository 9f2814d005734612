"""The vault's own file writes keep every byte, on every system."""

from __future__ import annotations

from pathlib import Path

from intakecompanion.vault.files import copy_private_file, write_private_file

# Every byte value, line ends and Ctrl-Z among them: a Windows C runtime in text mode would
# turn 0x0A into 0x0D 0x0A on the way out (the key file is binary).
EVERY_BYTE = bytes(range(256)) * 3 + b"\n\r\n\x1a"


def test_key_file_writes_and_vault_copies_keep_every_byte(tmp_path: Path) -> None:
    written = tmp_path / "vault.icv.key"
    write_private_file(written, EVERY_BYTE)
    assert written.read_bytes() == EVERY_BYTE
    write_private_file(written, EVERY_BYTE[::-1])  # over an existing file
    assert written.read_bytes() == EVERY_BYTE[::-1]

    copied = tmp_path / "copy.icv"
    copy_private_file(written, copied)
    assert copied.read_bytes() == EVERY_BYTE[::-1]
