"""The one family of errors papercut raises; each message names the input and the reason."""

from __future__ import annotations


class PapercutError(Exception):
    """Base of every error papercut raises on purpose."""


class InputError(PapercutError):
    """An input that cannot be read or is not text: `page.txt: not text: binary data at byte 12`."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class UsageError(PapercutError):
    """An option or argument that cannot work, such as an unknown OpenCC config."""
