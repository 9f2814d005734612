"""Decrypt a SQLCipher 4 vault page by page (default settings, raw key), for tests only.

Lets a test look at everything in the file, free pages included, the way an attacker with the
key would: AES-256-CBC per page, IV in the page's reserved tail (16 IV + 64 HMAC-SHA512 bytes).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 16 + 64
SALT = 16


def decrypted_pages(path: Path, data_key: bytes) -> list[bytes]:
    raw = path.read_bytes()
    pages = []
    for offset in range(0, len(raw) - len(raw) % PAGE_SIZE, PAGE_SIZE):
        page = raw[offset : offset + PAGE_SIZE]
        start = SALT if offset == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        body = page[start : PAGE_SIZE - RESERVE]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages


def decrypted_bytes(path: Path, data_key: bytes) -> bytes:
    return b"".join(decrypted_pages(path, data_key))
