"""SHA-256 through cryptography, which the vault loads anyway, rather than hashlib: importing
hashlib loads the system's OpenSSL a second time (cryptography carries its own), about 3.5 MiB
of resident memory with the vault open (docs/performance.md, fourth pass)."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes


def sha256(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize()


def sha256_hex(data: bytes) -> str:
    return sha256(data).hex()
