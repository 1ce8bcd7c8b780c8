"""Bytes -> text: encoding detection, BOM, line ends; records the Source.

OCR engines hand pages over as UTF-8 (with or without BOM), UTF-16 with a BOM, or in the national
encodings GB18030/GBK and Big5. UTF-8 is tried first because it almost never decodes by accident;
anything else goes to charset-normalizer, a maintained detector, never to a hand-written guesser.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import IO

from .errors import InputError
from .model import Source

#: a page larger than this is refused rather than read whole into memory
MAX_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: the encodings a Chinese or Latin OCR page comes in; the detector is limited to these so a
#: short GBK page is not taken for, say, Shift-JIS
_CANDIDATES = ("gb18030", "big5", "utf_16", "cp1252", "latin_1")

#: control characters that text never holds; their presence means a binary file
_BINARY = frozenset(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27}


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> tuple[str, Source]:
    """Decode one page's bytes; raise InputError naming `name` when they are not text.

    >>> decode("本报讯 全省建设平安浙江工作会议29日举行。\\r\\n".encode("gb18030"))[1].encoding
    'gb18030'
    """
    if not data.strip():
        raise InputError(name, "empty file" if not data else "no text, only white space")
    if len(data) > MAX_BYTES:
        raise InputError(name, f"too large: {len(data):,} bytes (the limit is {MAX_BYTES:,})")
    bom = False
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not {encoding}: bad byte at {exc.start}") from None
        if text.startswith("\ufeff"):
            text, bom = text[1:], True
        used = codecs.lookup(encoding).name
    else:
        text, used, bom = _detect(data, name)
    if not text.strip():
        raise InputError(name, "no text, only white space")
    bad = next((i for i, ch in enumerate(text[:65536]) if ord(ch) in _BINARY), None)
    if bad is not None:
        raise InputError(name, f"not text: binary data at character {bad}")
    return text, Source(
        path=name, encoding=used, bom=bom, newline=_newline(text), chars=len(text), bytes=len(data)
    )


def read_path(path: str | os.PathLike[str], encoding: str | None = None) -> tuple[str, Source]:
    """Read and decode one page file; every failure is an InputError naming the file."""
    return read_opened(os.fspath(path), lambda: os.stat(path).st_size, lambda: open(path, "rb"), encoding)


def read_input(name: str, encoding: str | None = None) -> tuple[str, Source]:
    """A page file, or standard input for `-`."""
    if name == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", encoding)
    return read_path(name, encoding)


def read_opened(
    name: str,
    size_of: Callable[[], int | None],
    opener: Callable[[], AbstractContextManager[IO[bytes]]],
    encoding: str | None = None,
) -> tuple[str, Source]:
    """Read a page through `opener` (a local file, an fsspec URL...) with the same size limit
    and the same one-line errors wherever it lives."""
    try:
        size = size_of()
        if size is not None and size > MAX_BYTES:
            raise InputError(name, f"too large: {size:,} bytes (the limit is {MAX_BYTES:,})")
        with opener() as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    return decode(data, name, encoding)


def _detect(data: bytes, name: str) -> tuple[str, str, bool]:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(codec), codec, True
            except UnicodeDecodeError as exc:
                raise InputError(name, f"not {codec}: bad byte at {exc.start}") from None
    wide = _looks_utf16(data)
    if b"\x00" in data[:4096] and not wide:
        raise InputError(name, f"not text: binary data at byte {data.index(0)}")
    if not wide:
        try:
            return data.decode("utf-8"), "utf-8", False
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # only pages that are not UTF-8 pay for it

    matches = from_bytes(data, cp_isolation=list(_CANDIDATES))
    best = matches.best()
    if best is None:
        raise InputError(name, "cannot tell the encoding (try --encoding)")
    # a few bytes can read as GB18030 and Big5 alike; then the mainland encoding is likelier
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    best = min(tied, key=lambda m: _CANDIDATES.index(m.encoding) if m.encoding in _CANDIDATES else 99)
    codec = codecs.lookup(best.encoding).name
    if codec == "gbk" or codec == "gb2312":
        codec = "gb18030"  # a superset: decodes every GBK page and the rare characters too
    try:
        return data.decode(codec), codec, False
    except UnicodeDecodeError:
        raise InputError(name, "cannot tell the encoding (try --encoding)") from None


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    return head.count(0) > len(head) // 4


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))[1] if crlf or cr or lf else "\n"
