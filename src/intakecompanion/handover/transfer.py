"""The handover file: one client's records, encrypted with a fresh random key (issue 16).

Layout (all integers big-endian):

    magic        8 bytes   b"ICHANDOV"
    version      2 bytes   the file format (FORMAT_VERSION); magic and version never move
    transfer id 16 bytes   random; the receiver refuses a second take-over of the same id
    nonce       12 bytes   random, AES-GCM's
    key check   32 bytes   SHA-256("intakecompanion handover key check" || key || transfer id)
    length       8 bytes   of the ciphertext
    ciphertext             AES-256-GCM(key, nonce, zlib(payload), associated data = all above)
    digest      32 bytes   SHA-256 of everything before it

The key is 32 bytes from `os.urandom`, shown once as the transfer code in the recovery key's
format (`vault/recovery_key.py`: 13 groups of 5 with a check symbol each). The header is the
AEAD's associated data, so no field of it can be changed unnoticed. The unkeyed digest tells
a damaged file from a wrong code, and the key check a wrong code from a damaged file, before
anything is decrypted. The payload is built and read in memory only.
"""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intakecompanion.vault.errors import RecoveryKeyMistyped
from intakecompanion.vault.recovery_key import format_recovery_key, parse_recovery_key

MAGIC = b"ICHANDOV"
FORMAT_VERSION = 1
KEY_BYTES = 32
_HEADER = struct.Struct(">8sH16s12s32sQ")
_DIGEST_BYTES = 32
_CHECK_LABEL = b"intakecompanion handover key check\x00"
MAX_PAYLOAD = 512 * 1024 * 1024  # a client's records, never more; refuses zip bombs


class HandoverFileError(Exception):
    """The handover file cannot be taken over; the subclass says why."""


class ForeignFile(HandoverFileError):
    """Not a handover file of this program."""


class DamagedFile(HandoverFileError):
    """A handover file, but damaged or cut short (or changed by someone)."""


class NewerFile(HandoverFileError):
    """Written by a newer version of the program, in a format this one does not know."""


class WrongCode(HandoverFileError):
    """A well-typed transfer code, but not the one of this file."""


class CodeMistyped(HandoverFileError):
    """The transfer code's own checks failed (a typing mistake), in group `group` if known."""

    def __init__(self, group: int | None) -> None:
        super().__init__(group)
        self.group = group


@dataclass(frozen=True)
class Sealed:
    data: bytes  # the file's bytes
    code: str  # the transfer code to pass on by another channel
    transfer_id: str  # hex


@dataclass(frozen=True)
class Opened:
    payload: bytes
    transfer_id: str  # hex


def seal(payload: bytes) -> Sealed:
    """Encrypt `payload` under a fresh key; returns the file's bytes and its transfer code."""
    key = AESGCM.generate_key(bit_length=8 * KEY_BYTES)
    transfer_id, nonce = os.urandom(16), os.urandom(12)
    body = zlib.compress(payload, 6)
    length = len(body) + 16  # GCM's tag
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, transfer_id, nonce, _key_check(key, transfer_id), length
    )
    ciphertext = AESGCM(key).encrypt(nonce, body, header)
    data = header + ciphertext
    data += hashlib.sha256(data).digest()
    return Sealed(data, format_recovery_key(key), transfer_id.hex())


def check_file(data: bytes) -> None:
    """Everything that can be told without the code: foreign, newer, damaged."""
    if len(data) < len(MAGIC) + 2 or data[: len(MAGIC)] != MAGIC:
        raise ForeignFile()
    (version,) = struct.unpack_from(">H", data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise NewerFile()
    if version != FORMAT_VERSION or len(data) < _HEADER.size + _DIGEST_BYTES:
        raise DamagedFile()
    length = _HEADER.unpack_from(data)[5]
    if len(data) != _HEADER.size + length + _DIGEST_BYTES:
        raise DamagedFile()
    if hashlib.sha256(data[:-_DIGEST_BYTES]).digest() != data[-_DIGEST_BYTES:]:
        raise DamagedFile()


def open_file(data: bytes, code: str) -> Opened:
    """The payload of a handover file, with the code typed by the receiver."""
    check_file(data)
    try:
        key = parse_recovery_key(code)
    except RecoveryKeyMistyped as error:
        raise CodeMistyped(error.group) from None
    _magic, _version, transfer_id, nonce, check, _length = _HEADER.unpack_from(data)
    if _key_check(key, transfer_id) != check:
        raise WrongCode()
    header = data[: _HEADER.size]
    try:
        body = AESGCM(key).decrypt(nonce, data[_HEADER.size : -_DIGEST_BYTES], header)
        inflater = zlib.decompressobj()
        payload = inflater.decompress(body, MAX_PAYLOAD)
    except (InvalidTag, zlib.error):
        raise DamagedFile() from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise DamagedFile()
    return Opened(payload, transfer_id.hex())


def _key_check(key: bytes, transfer_id: bytes) -> bytes:
    return hashlib.sha256(_CHECK_LABEL + key + transfer_id).digest()
