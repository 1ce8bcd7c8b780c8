"""The one family of errors papercut raises; each message names the input and the reason."""

from __future__ import annotations


def printable(name: str) -> str:
    """A file name as the operating system gave it, its bytes that are not UTF-8 (which Python
    holds as lone surrogates) written `\\xff`: fit for JSON and a terminal.

    >>> import os
    >>> printable(os.fsdecode(b"bad\\xffname.txt"))
    'bad\\\\xffname.txt'
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape" if _escaped_only(name) else "backslashreplace").decode(
            "utf-8", "backslashreplace"
        )


def _escaped_only(name: str) -> bool:
    """Every surrogate in `name` stands for one byte (U+DC80-U+DCFF), as `os.fsdecode` makes them."""
    return all(not "\ud800" <= ch <= "\udfff" or "\udc80" <= ch <= "\udcff" for ch in name)


class PapercutError(Exception):
    """Base of every error papercut raises on purpose."""


class InputError(PapercutError):
    """An input that cannot be read or is not text: `page.txt: not text: binary data at byte 12`."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{printable(name)}: {reason}")
        self.name = name
        self.reason = reason


class UsageError(PapercutError):
    """An option or argument that cannot work, such as an unknown OpenCC config."""
