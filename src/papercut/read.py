"""Bytes -> text: encoding detection, BOM, line ends; records the Source.

OCR engines hand pages over as UTF-8 (with or without BOM), UTF-16 with a BOM, or in the national
encodings GB18030/GBK and Big5. UTF-8 is tried first because it almost never decodes by accident;
anything else goes to charset-normalizer, a maintained detector, never to a hand-written guesser.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import IO

from . import patterns
from .errors import InputError, printable
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

#: C0 control characters text does not hold (NUL among them; tab, line ends, VT and FF are text)
CONTROLS = bytes(sorted(set(range(32)) - {9, 10, 11, 12, 13}))
#: a file whose first 64 KB are more than this share control bytes is binary, not damaged text.
#: Measured with tools/binary_share.py on a Debian machine's files (2026-11-30): ELF executables,
#: PNG and JPEG images, gzip files, compiled Python and message catalogues hold 8.0-88% (the
#: least: a catalogue at 8.0%, a gzip file at 9.1%); 400 text files and the sample pages, none.
#: A damaged OCR page holds a few in thousands; 1% leaves a margin of 8x below the binaries.
BINARY_SHARE = 0.01
#: files that start so are images, archives or executables, whatever their bytes look like after
#: (only marks no page of text starts with; bzip2's `BZh` could, and its data is 10% controls)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xcf\xfa\xed\xfe", "an executable"),
    (b"\xca\xfe\xba\xbe", "an executable"),
    (b"SQLite format 3\x00", "a database"),
)
#: UTF-16 without a BOM: at least this many NULs in the first 4 KB, nearly all on one side of
#: the byte pairs (ASCII and line ends in UTF-16 LE are `x\0`; binary data has NULs on both
#: sides). A Chinese page has a NUL only at each line end, space and digit: four lines is enough
UTF16_NULS, UTF16_SIDE = 4, 0.9
#: UTF-8 with a few bad bytes (transfer damage) rather than another encoding: bad bytes at most
#: this share of the bytes above ASCII (a GBK or Big5 page read as UTF-8 has 40% and more)
UTF8_DAMAGE = 0.05
#: what a page in cp1252 or Latin-1 prints above ASCII: the accented letters of the Western
#: European languages, typographic quotes and dashes, the ellipsis, the no-break space and the
#: common signs. Not `ÿ` (0xFF, the byte a bad transfer or a fill leaves most), nor the Icelandic
#: letters, `ƒ`, `¤`, `¦`, `¬`, `¯`, `´`, `¸`, `×`, `÷` or the C1 controls
LATIN_TEXT = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýŒœŠšŽžŸ") | frozenset(
    "‘’‚“”„…–—•†‡€™\u00a0¡¢£¥§©«®°±²³·¹º»¼½¾¿"
)
#: a page the detector calls cp1252 or Latin-1 is that only when at least this share of the
#: bytes UTF-8 cannot read are such characters; else they are damage in a UTF-8 (or ASCII)
#: page, each one U+FFFD: an English page with one stray 0xFF is not `ÿ` in cp1252, and a cp1252
#: page prints `’` `“` `”` `é` wherever it has a byte above ASCII
LATIN_SHARE = 0.5
_ASCII = bytes(range(128))
_REPLACE = "papercut-each-byte"
#: C0 control characters in the decoded text (NUL among them), each replaced by U+FFFD
CONTROL_CHARS = patterns.compile_plain("[\x00-\x08\x0e-\x1f]")


def _each_byte(error: UnicodeError) -> tuple[str, int]:
    """One U+FFFD for each byte that does not decode, so the text keeps one character for each
    and none is dropped silently."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "\ufffd" * (error.end - error.start), error.end


codecs.register_error(_REPLACE, _each_byte)


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> tuple[str, Source]:
    """Decode one page's bytes; raise InputError naming `name` when they are not text.

    Bytes that do not decode, NULs and other control characters become U+FFFD, one each; how
    many is `Source.replaced` (the command warns about it). Only binary files are refused.

    >>> decode("本报讯 全省建设平安浙江工作会议29日举行。\\r\\n".encode("gb18030"))[1].encoding
    'gb18030'
    >>> text, source = decode("本报讯 会议举行。".encode() * 20 + b"\\xff\\x00\\n")
    >>> text[-3:], source.encoding, source.replaced
    ('\\ufffd\\ufffd\\n', 'utf-8', 2)
    """
    if not data.strip():
        raise InputError(name, "empty file" if not data else "no text, only white space")
    if len(data) > MAX_BYTES:
        raise InputError(name, f"too large: {len(data):,} bytes (the limit is {MAX_BYTES:,})")
    wide = _utf16_without_bom(data)
    marked = data.startswith(tuple(mark for mark, _ in _BOMS))
    _refuse_binary(data, name, bytewise=not marked and wide is None)
    bom = False
    if encoding:
        try:
            used = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}") from None
        text, replaced = _decode(data, used)
        if text.startswith("\ufeff"):
            text, bom = text[1:], True
    else:
        text, used, bom, replaced = _detect(data, wide)
    if CONTROL_CHARS.search(text):
        head = text[:65536]
        count = len(CONTROL_CHARS.findall(head))
        if count > BINARY_SHARE * len(head):  # UTF-16 or a forced encoding: binary all the same
            raise InputError(name, f"not text: binary data ({count / len(head):.0%} control characters)")
        text, controls = CONTROL_CHARS.subn("\ufffd", text)
        replaced += controls
    if not text.strip():
        raise InputError(name, "no text, only white space")
    return text, Source(
        path=printable(name),
        encoding=used,
        bom=bom,
        newline=_newline(text),
        chars=len(text),
        bytes=len(data),
        replaced=replaced,
    )


def _decode(data: bytes, codec: str) -> tuple[str, int]:
    """`data` in `codec`, each byte that does not decode a U+FFFD, and how many did not (the
    U+FFFD the page itself holds are those left when the bad bytes are dropped instead)."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, _REPLACE)
        return text, text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")


def _refuse_binary(data: bytes, name: str, bytewise: bool) -> None:
    """Refuse an image, archive or executable: by its first bytes, or (`bytewise`: a page with
    neither a BOM nor UTF-16's NULs, whose bytes are its characters' or their halves) by the
    share of control bytes in its first 64 KB, before any detector spends time on it."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"not text: binary data ({kind})")
    if not bytewise:
        return
    head = data[:65536]
    count = len(head) - len(head.translate(None, CONTROLS))
    if count > BINARY_SHARE * len(head):
        first = next(i for i, byte in enumerate(head) if byte in CONTROLS)
        raise InputError(
            name, f"not text: binary data at byte {first} ({count / len(head):.0%} control bytes)"
        )


def damage(source: Source) -> str | None:
    """The one warning line for a page read with replacements, or None.

    >>> damage(Source(path="page.txt", replaced=3))
    'page.txt: 3 damaged bytes (not utf-8, or control characters) read as U+FFFD'
    """
    if not source.replaced:
        return None
    what = "byte" if source.replaced == 1 else "bytes"
    why = f"not {source.encoding}, or control characters"
    return f"{source.path}: {source.replaced} damaged {what} ({why}) read as U+FFFD"


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


def _detect(data: bytes, wide: str | None) -> tuple[str, str, bool, int]:
    """The page's encoding: its BOM; UTF-16 by where its NULs fall; UTF-8, whole or with a few
    damaged bytes; else what charset-normalizer finds, asked again without the lines no
    candidate decodes when a few bad bytes put it off (it gives up on a page with one); UTF-8,
    a U+FFFD for each byte that is not, when nothing fits."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return _decoded(data[len(mark) :], codec, bom=True)
    if wide:
        return _decoded(data, wide)
    text, bad = _decode(data, "utf-8")
    above_ascii = len(data.translate(None, _ASCII)) if bad else 0
    if bad <= UTF8_DAMAGE * above_ascii:
        return text, "utf-8", False, bad
    codec = (
        _charset(data)
        or _charset(b"\n".join(line for line in data.split(b"\n") if _decodes(line)))
        or "utf-8"
    )
    if codec in ("cp1252", "iso8859-1") and not _reads_as_latin(data, codec):
        return text, "utf-8", False, bad
    found = _decoded(data, codec)
    if found[3]:
        # a guess that leaves bytes undecoded loses to a candidate that reads every one: the
        # detector may call a GB18030 page Big5, and text in the wrong encoding is worse than none
        for whole in ("gb18030", "big5"):
            if whole != found[1] and _decodes(data, whole):
                return _decoded(data, whole)
    return found


def _reads_as_latin(data: bytes, codec: str) -> bool:
    """Do the bytes UTF-8 cannot read print Latin text in `codec` (`LATIN_SHARE`)?

    >>> _reads_as_latin("Caf\\u00e9 owners don\\u2019t.".encode("cp1252"), "cp1252")
    True
    >>> _reads_as_latin(b"The committee met\\xff in the hall.", "cp1252")
    False
    """
    escaped = data.decode("utf-8", "surrogateescape")
    # re's own cache compiles this once, and only for a page that is not UTF-8
    unread = bytes(ord(char) - 0xDC00 for char in re.findall("[\udc80-\udcff]", escaped))
    latin = unread.decode(codec, "replace")
    return sum(char in LATIN_TEXT for char in latin) >= LATIN_SHARE * len(latin)


def _decoded(data: bytes, codec: str, bom: bool = False) -> tuple[str, str, bool, int]:
    text, bad = _decode(data, codec)
    return text, codec, bom, bad


def _charset(data: bytes) -> str | None:
    """charset-normalizer's choice among the `_CANDIDATES`, or None when none decodes well."""
    if not data.strip():
        return None
    from charset_normalizer import from_bytes  # only pages that are not UTF-8 pay for it

    matches = from_bytes(data, cp_isolation=list(_CANDIDATES))
    best = matches.best()
    if best is None:
        return None
    # a few bytes can read as GB18030 and Big5 alike; then the mainland encoding is likelier
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    best = min(tied, key=lambda m: _CANDIDATES.index(m.encoding) if m.encoding in _CANDIDATES else 99)
    codec: str = codecs.lookup(best.encoding).name
    if codec == "gbk" or codec == "gb2312":
        codec = "gb18030"  # a superset: decodes every GBK page and the rare characters too
    return codec


def _decodes(line: bytes, *codecs_: str) -> bool:
    """Bytes one of `codecs_` (by default any encoding a page comes in) decodes whole; a line
    can be asked alone, as no multi-byte character of these encodings holds a newline byte."""
    for codec in codecs_ or ("utf-8", "gb18030", "big5"):
        try:
            line.decode(codec)
            return True
        except UnicodeDecodeError:
            pass
    return False


def _utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for a page whose NULs fall on one side of the byte pairs and
    that reads so with hardly a bad code unit. A few NULs in a UTF-8 page (transfer damage) can
    fall on one side too: NULs under 1% of the bytes with UTF-8 all the rest is that page."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if even + odd < UTF16_NULS:
        return None
    if odd >= UTF16_SIDE * (even + odd):
        codec = "utf-16-le"
    elif even >= UTF16_SIDE * (even + odd):
        codec = "utf-16-be"
    else:
        return None
    if even + odd < BINARY_SHARE * len(head):
        try:
            head.replace(b"\x00", b"").decode("utf-8")
            return None
        except UnicodeDecodeError:
            pass
    sample = head[: len(head) // 2 * 2].decode(codec, "replace")
    return codec if sample.count("\ufffd") <= BINARY_SHARE * len(sample) + 1 else None  # +1: a pair cut


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))[1] if crlf or cr or lf else "\n"


#: the formats of pages with coordinates, told by `sniff`; read by `coords`, which is imported
#: only for such a page (a page of text does not pay for loading it)
ALTO, HOCR, PADDLE = "alto", "hocr", "paddleocr"
#: how far into a page the sniffer looks for its first character
SNIFF_CHARS = 4096
#: how far into a page of markup it looks for ALTO's root or hOCR's classes (after the XML
#: declaration, comments, and an hOCR page's <head>)
MARKUP_CHARS = 65536


def sniff(text: str) -> str | None:
    """The coordinate format a decoded page is in, or None for page text.

    >>> sniff('{"rec_texts": ["标题"], "rec_boxes": [[0, 0, 40, 20]]}'), sniff("本报讯 会上")
    ('paddleocr', None)
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    first = head[:1]
    if first == "<":
        lower = text[:MARKUP_CHARS].lower()
        if "<alto" in lower or ":alto" in lower:
            return ALTO
        if "ocr_page" in lower or "ocr_line" in lower or "ocrx_word" in lower or "ocr-system" in lower:
            return HOCR
        return None
    if first == "{":
        # 3.x writes `dt_polys` and its settings before `rec_texts`: look through it all
        return PADDLE if '"rec_texts"' in text or '"ocr_results"' in text else None
    if first == "[":
        return PADDLE if "".join(head[:16].split()).startswith("[[[[") else None
    return None
