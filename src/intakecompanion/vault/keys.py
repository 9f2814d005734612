"""The key hierarchy: a random data key, wrapped under a passphrase (Argon2id + AES-256-GCM).

The data key is SQLCipher's raw key. The key file beside the vault holds it wrapped; the KDF
parameters, the format version and the vault's salt are authenticated as associated data, so
a wrong passphrase is known for certain before SQLCipher is touched, and a key file of another
vault is told apart from a damaged vault. The recovery key (the data key written for people)
lives in `recovery_key.py` and is re-exported here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import os
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from intakecompanion.vault import files
from intakecompanion.vault.errors import (
    KdfTooWeak,
    KeyFileDamaged,
    KeyFileMissing,
    WrongPassphrase,
)
from intakecompanion.vault.recovery_key import format_recovery_key, parse_recovery_key

__all__ = [
    "DATA_KEY_BYTES",
    "KdfParams",
    "KeyFile",
    "Wrapping",
    "format_recovery_key",
    "new_data_key",
    "parse_recovery_key",
    "read_key_file",
    "tune_kdf",
    "write_key_file",
]

DATA_KEY_BYTES = 32
KDF_SALT_BYTES = 16
NONCE_BYTES = 12
FORMAT_NAME = "intakecompanion-key-file"
FORMAT_VERSION = 1
MIN_MEMORY_KIB = 64 * 1024
TUNED_MEMORY_CAP_KIB = 256 * 1024  # kind to 4 GB laptops; more time then comes from iterations
# Limits on what a key file may ask for, so a damaged one cannot exhaust the machine.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_KEY_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int = 4

    @classmethod
    def minimum(cls) -> KdfParams:
        return cls(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=4)

    def require_strong_enough(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB:
            raise KdfTooWeak(self.memory_kib, MIN_MEMORY_KIB)
        if self.iterations < 1 or self.lanes < 1:
            raise KdfTooWeak(self.memory_kib, MIN_MEMORY_KIB)

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 32-byte wrapping key for `passphrase`; refuses parameters below the minimum."""
        self.require_strong_enough()
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase_bytes(passphrase))


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed through another keyboard layout still matches;
    surrogatepass, so a pasted lone surrogate never makes unlocking raise."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def tune_kdf(
    target_seconds: float = 0.75,
    *,
    memory_cap_kib: int = TUNED_MEMORY_CAP_KIB,
    measure: Callable[[KdfParams], float] | None = None,
) -> KdfParams:
    """Parameters that take about `target_seconds` (within a third) here, never below minimum.

    Memory is used up to `memory_cap_kib` (it is what makes guessing costly on graphics
    cards), then passes are added. A few measured guesses, each from the cost per
    MiB-pass seen so far. `measure` is injectable so the search can be tested.
    """
    measure = measure or _time_derivation
    low, high = target_seconds * 2 / 3, target_seconds * 4 / 3
    tried: dict[KdfParams, float] = {}
    params = KdfParams.minimum()
    for _ in range(4):
        seconds = tried[params] = max(measure(params), 1e-6)
        if low <= seconds <= high:
            return params
        candidate = _next_guess(params, seconds, target_seconds, memory_cap_kib)
        if candidate in tried:
            break
        params = candidate
    fitting = [p for p, s in tried.items() if s <= high]
    if not fitting:
        return KdfParams.minimum()
    return min(fitting, key=lambda p: abs(tried[p] - target_seconds))


def _next_guess(params: KdfParams, seconds: float, target: float, cap_kib: int) -> KdfParams:
    per_mib_pass = seconds / (params.memory_kib / 1024 * params.iterations)
    budget = target / per_mib_pass  # MiB-passes that fit in the target time
    iterations = max(1, math.ceil(budget / (cap_kib / 1024)))
    memory = min(cap_kib, max(MIN_MEMORY_KIB, _whole_mib(budget / iterations * 1024)))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=params.lanes)


def _whole_mib(kib: float) -> int:
    return max(1, int(kib) // 1024) * 1024


def _time_derivation(params: KdfParams) -> float:
    """The faster of two runs: background load only ever adds time, and tuning on a busy
    moment would otherwise settle on parameters that are too weak."""
    runs = []
    for _ in range(2):
        start = time.perf_counter()
        params.derive("tuning the key derivation", os.urandom(KDF_SALT_BYTES))
        runs.append(time.perf_counter() - start)
    return min(runs)


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    """The key file's content. `wrapped[0]` is the data key in use; a second entry is a key
    being switched to (written before `PRAGMA rekey`, so a crash never strands the vault)."""

    kdf: KdfParams
    kdf_salt: bytes
    vault_salt: bytes
    wrapped: tuple[WrappedKey, ...]
    version: int = FORMAT_VERSION

    def associated_data(self, slot: int) -> bytes:
        return _canonical(
            {
                "format": FORMAT_NAME,
                "version": self.version,
                "kdf": _kdf_fields(self.kdf, self.kdf_salt),
                "vault_salt": _b64(self.vault_salt),
                "slot": slot,
            }
        )

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": self.version,
            "kdf": _kdf_fields(self.kdf, self.kdf_salt),
            "vault_salt": _b64(self.vault_salt),
            "cipher": "aes-256-gcm",
            "keys": [
                {"nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)} for w in self.wrapped
            ],
        }
        document["digest"] = document_digest(document)
        return json.dumps(document, indent=2, sort_keys=True).encode("ascii") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse and check a key file; damage is told apart from a wrong passphrase by the
        (unkeyed) digest, and weak parameters are refused before any derivation."""
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
                raise KeyFileDamaged()
            if document.get("digest") != document_digest(document):
                raise KeyFileDamaged()
            version = document["version"]
            if version != FORMAT_VERSION:
                raise KeyFileDamaged(
                    "The key file was written by a newer version of Intake Companion. Install "
                    "that version, or open the vault with the recovery key."
                )
            kdf_doc = document["kdf"]
            if kdf_doc["algorithm"] != "argon2id" or document["cipher"] != "aes-256-gcm":
                raise KeyFileDamaged()
            kdf = KdfParams(
                memory_kib=_bounded_int(kdf_doc["memory_kib"], 1, MAX_MEMORY_KIB),
                iterations=_bounded_int(kdf_doc["iterations"], 1, MAX_ITERATIONS),
                lanes=_bounded_int(kdf_doc["lanes"], 1, MAX_LANES),
            )
            kdf_salt = _unb64(kdf_doc["salt"], KDF_SALT_BYTES)
            vault_salt = _unb64(document["vault_salt"], files.SALT_BYTES)
            wrapped = tuple(
                WrappedKey(_unb64(k["nonce"], NONCE_BYTES), _unb64(k["ciphertext"], 48))
                for k in document["keys"]
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
            raise KeyFileDamaged() from None
        if not 1 <= len(wrapped) <= 2:
            raise KeyFileDamaged()
        kdf.require_strong_enough()
        return cls(kdf=kdf, kdf_salt=kdf_salt, vault_salt=vault_salt, wrapped=wrapped)


@dataclass(frozen=True)
class Wrapping:
    """A passphrase turned into a wrapping key, kept so the key file can be rewritten
    (e.g. after a new recovery key) without asking for the passphrase again."""

    kdf: KdfParams
    kdf_salt: bytes
    wrapping_key: bytes

    @classmethod
    def from_passphrase(cls, passphrase: str, kdf: KdfParams) -> Wrapping:
        salt = os.urandom(KDF_SALT_BYTES)
        return cls(kdf=kdf, kdf_salt=salt, wrapping_key=kdf.derive(passphrase, salt))

    @classmethod
    def unlock(cls, key_file: KeyFile, passphrase: str) -> tuple[Wrapping, list[bytes]]:
        """The wrapping and the data keys in `key_file`; `WrongPassphrase` if the AEAD fails."""
        wrapping = cls(
            kdf=key_file.kdf,
            kdf_salt=key_file.kdf_salt,
            wrapping_key=key_file.kdf.derive(passphrase, key_file.kdf_salt),
        )
        return wrapping, wrapping.open(key_file)

    def open(self, key_file: KeyFile) -> list[bytes]:
        aead = AESGCM(self.wrapping_key)
        try:
            return [
                aead.decrypt(w.nonce, w.ciphertext, key_file.associated_data(slot))
                for slot, w in enumerate(key_file.wrapped)
            ]
        except InvalidTag:
            raise WrongPassphrase() from None

    def seal(self, vault_salt: bytes, data_keys: Sequence[bytes]) -> KeyFile:
        """A key file wrapping `data_keys` (the key in use first) for the vault with that salt."""
        if not 1 <= len(data_keys) <= 2 or any(len(k) != DATA_KEY_BYTES for k in data_keys):
            raise ValueError("one or two 32-byte data keys")
        shell = KeyFile(kdf=self.kdf, kdf_salt=self.kdf_salt, vault_salt=vault_salt, wrapped=())
        aead = AESGCM(self.wrapping_key)
        wrapped = []
        for slot, key in enumerate(data_keys):
            nonce = os.urandom(NONCE_BYTES)
            wrapped.append(WrappedKey(nonce, aead.encrypt(nonce, key, shell.associated_data(slot))))
        return replace(shell, wrapped=tuple(wrapped))


def read_key_file(path: Path) -> KeyFile:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing() from None
    except OSError:
        raise KeyFileDamaged() from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileDamaged()
    return KeyFile.from_bytes(data)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    files.write_private_file(path, key_file.to_bytes())


def document_digest(document: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of every field but the digest (damage detection only)."""
    body = {k: v for k, v in document.items() if k != "digest"}
    return "sha256:" + hashlib.sha256(_canonical(body)).hexdigest()


def _kdf_fields(kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": _b64(salt),
    }


def _canonical(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    data = base64.b64decode(text, validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


def _bounded_int(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("out of range")
    return value
