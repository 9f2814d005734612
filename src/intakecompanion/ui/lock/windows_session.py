"""Lock with Windows: the session lock (Win+L, switching user, a remote session cut off) and
suspend, the Windows counterpart of desktop_lock's logind and screensaver signals.

Windows sends a window WM_WTSSESSION_CHANGE once the window asked for it with
WTSRegisterSessionNotification, and every top-level window WM_POWERBROADCAST before the machine
sleeps or hibernates. Qt hands both to the window's nativeEvent as a "windows_generic_MSG";
`locks` says whether one of them means "lock now". Elsewhere nothing is registered and no
message of this kind arrives.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QByteArray

NATIVE_EVENT_TYPE = b"windows_generic_MSG"

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2  # another user took over the screen (fast user switching)
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4  # sleep or hibernate; sent before it happens, with time to answer
NOTIFY_FOR_THIS_SESSION = 0

LOCKING_SESSION_CHANGES = {WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT}


class MSG(ctypes.Structure):
    """The start of Windows' MSG (the fields after lParam are not read)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


def locks(event_type: Any, message: Any) -> bool:
    """Whether the native event (`eventType`, `message` of QWidget.nativeEvent) is Windows
    saying that the session is locked or left, or that the machine is about to sleep."""
    if _as_bytes(event_type) != NATIVE_EVENT_TYPE:
        return False
    address = int(message)
    if not address:
        return False
    msg = MSG.from_address(address)
    if msg.message == WM_WTSSESSION_CHANGE:
        return msg.wParam in LOCKING_SESSION_CHANGES
    return msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND


def register(hwnd: int) -> bool:
    """Ask Windows to send WM_WTSSESSION_CHANGE to the window `hwnd`; False where it cannot."""
    if sys.platform != "win32" or not hwnd:
        return False
    wtsapi32 = ctypes.WinDLL("wtsapi32")
    return bool(
        wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION)
    )


def unregister(hwnd: int) -> None:
    if sys.platform == "win32" and hwnd:
        ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(ctypes.c_void_p(hwnd))


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    return bytes(value)
