from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, NamedTuple

import charset_normalizer
import pytest

from papercut import read
from papercut.errors import InputError
from papercut.read import decode, read_input, read_opened, read_path

PAGE = "平安浙江\n\n本报讯 会议今日举行，各地代表出席。记者从会上获悉，全省经济稳中向好。\n"
#: the same page as a Taiwan or Hong Kong paper prints it, for Big5
TRADITIONAL = "平安浙江\n\n本報訊 會議今日舉行，各地代表出席。記者從會上獲悉，全省經濟穩中向好。\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (PAGE.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8", True),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), "utf-16-le", True),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16-be", True),
        ((PAGE * 5).encode("gb18030"), "gb18030", False),
        ((TRADITIONAL * 5).encode("big5"), "big5", False),
    ],
)
def test_encodings_are_detected_and_recorded(data: bytes, encoding: str, bom: bool) -> None:
    text, source = decode(data, "page.txt")
    assert text.startswith(PAGE[:4])
    assert source.encoding == encoding
    assert source.bom is bom


def test_crlf_is_kept_and_recorded() -> None:
    text, source = decode(PAGE.replace("\n", "\r\n").encode(), "page.txt")
    assert "\r\n" in text and source.newline == "\r\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (bytes(range(256)) * 4, "binary data"),
    ],
)
def test_bad_input_is_one_error_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "page.txt")
    assert str(caught.value).startswith("page.txt: ")
    assert reason in str(caught.value)


def test_forced_encoding_that_does_not_fit_names_the_byte() -> None:
    with pytest.raises(InputError, match=r"page.txt: not utf-8: bad byte at 0"):
        decode("報".encode("big5"), "page.txt", encoding="utf-8")


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_a_few_bytes_that_read_as_gb18030_and_big5_alike_are_gb18030() -> None:
    assert decode("本报讯\r\n".encode("gb18030"), "page.txt")[1].encoding == "gb18030"
    assert decode("會議今日舉行，各地代表出席。".encode("big5"), "page.txt")[1].encoding == "big5"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 8,  # no candidate encoding reads these bytes as text
        PAGE.encode("utf-8")[:-5] + b"\xff" + PAGE.encode("utf-8"),  # UTF-8 with a byte gone bad
        PAGE.encode("utf-8") + (PAGE * 3).encode("gb18030"),  # two encodings in one file
    ],
    ids=["no-encoding-fits", "broken-utf-8", "mixed"],
)
def test_bytes_no_encoding_reads_are_refused_not_garbled(data: bytes) -> None:
    """The fallback after UTF-8 never hands back text in the wrong encoding: it says so."""
    with pytest.raises(InputError, match=r"^page.txt: cannot tell the encoding \(try --encoding\)$"):
        decode(data, "page.txt")


class _Guess(NamedTuple):
    """One of charset-normalizer's answers, as much of it as `decode` reads."""

    encoding: str
    chaos: float = 0.0
    coherence: float = 0.5


class _Guesses(list[_Guess]):
    def best(self) -> _Guess | None:
        return self[0] if self else None


#: 𠮷 and 㐀 are in GB18030 (four bytes) but not in GBK or GB2312
RARE = PAGE + "记者吉𠮷、刘㐀报道。\n"


@pytest.mark.parametrize("guess", ["gbk", "gb2312"])
def test_a_gbk_guess_is_read_as_gb18030_so_its_rare_characters_decode(
    guess: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Detectors name the mainland encoding GBK or GB2312; GB18030 reads every page they read,
    and the rare characters too."""
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **_: _Guesses([_Guess(guess)]))
    text, source = decode(RARE.encode("gb18030"), "page.txt")
    assert (text, source.encoding) == (RARE, "gb18030")


def test_a_guess_the_bytes_do_not_fit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **_: _Guesses([_Guess("big5")]))
    with pytest.raises(InputError, match=r"^page.txt: cannot tell the encoding"):
        decode(RARE.encode("gb18030"), "page.txt")


def test_among_equal_guesses_the_first_candidate_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """GB18030 before Big5 when the detector cannot tell them apart, whatever order it lists them."""
    data = "本报讯\r\n".encode("gb18030")
    tied = _Guesses([_Guess("big5"), _Guess("gb18030")])
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **_: tied)
    assert decode(data, "page.txt")[1].encoding == "gb18030"


def test_a_real_gb18030_page_with_rare_characters_is_detected() -> None:
    text, source = decode((RARE * 3).encode("gb18030"), "page.txt")
    assert (text, source.encoding, source.bom) == (RARE * 3, "gb18030", False)


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"", None, "empty file"),
        (b"  \n\t", None, "no text, only white space"),
        ("\u3000\n".encode(), None, "no text, only white space"),  # white space bytes.strip() keeps
        (b"abc", "nope", "unknown encoding 'nope'"),
        (b"ab\x01cd", None, "not text: binary data at character 2"),
        (b"ab\x00cd\x00ef", None, "not text: binary data at byte 2"),
        (codecs.BOM_UTF8 + b"\xff", None, "not utf-8: bad byte at 0"),
        # a few zero bytes in a short file are binary, not UTF-16 (a quarter of the bytes would be)
        (b"ab\x00cd\x00ef\x00gh\x00ijklmnopq", None, "not text: binary data at byte 2"),
        # UTF-16 without its BOM: the detector cannot say, and the message says what to do
        (
            "The city council met today. ".encode("utf-16-le") * 4,
            None,
            "cannot tell the encoding (try --encoding)",
        ),
    ],
)
def test_each_refusal_is_one_exact_message_naming_the_file(
    data: bytes, encoding: str | None, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "page.txt", encoding)
    assert str(caught.value) == f"page.txt: {message}"


def test_the_size_limit_is_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    assert decode(b"0123456789", "page.txt")[0] == "0123456789"
    with pytest.raises(InputError) as caught:
        decode(b"0123456789A", "page.txt")
    assert str(caught.value) == "page.txt: too large: 11 bytes (the limit is 10)"


def test_a_file_over_the_limit_is_refused_by_its_size_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("平安浙江" * 3, "utf-8")  # 36 bytes
    monkeypatch.setattr(read, "MAX_BYTES", 35)

    def never(*_: object) -> None:
        raise AssertionError("opened a file its size already refused")

    monkeypatch.setattr(read, "open", never, raising=False)
    with pytest.raises(InputError) as caught:
        read_path(page)
    assert str(caught.value) == f"{page}: too large: 36 bytes (the limit is 35)"
    monkeypatch.delattr(read, "open")
    monkeypatch.setattr(read, "MAX_BYTES", 36)  # a file of just the limit is read
    assert read_path(page)[0] == "平安浙江" * 3


def _failing(error: OSError) -> Callable[[], AbstractContextManager[IO[bytes]]]:
    def opener() -> AbstractContextManager[IO[bytes]]:
        raise error

    return opener


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (IsADirectoryError(21, "Is a directory"), "is a directory"),
        (FileNotFoundError(2, "No such file or directory"), "no such file"),
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "Input/output error"),
        (OSError("connection reset"), "connection reset"),
    ],
)
def test_every_failure_to_read_is_one_message_naming_the_page(error: OSError, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_opened("s3://bucket/page.txt", lambda: None, _failing(error))
    assert str(caught.value) == f"s3://bucket/page.txt: {message}"


def test_a_forced_encoding_is_used_and_named_as_python_names_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(codecs.BOM_UTF8 + "平安".encode())
    text, source = read_path(page, encoding="UTF8")
    assert (text, source.encoding, source.bom) == ("平安", "utf-8", True)
    text, source = read_path(page, encoding="latin-1")  # what the user asked for, even if wrong
    assert (source.encoding, source.bom) == ("iso8859-1", False)
    assert text == (codecs.BOM_UTF8 + "平安".encode()).decode("latin-1")
    assert read_input(str(page), encoding="latin-1")[1].encoding == "iso8859-1"
    assert decode(b"abc", "page.txt", "utf-8")[1].bom is False


def test_standard_input_is_read_with_the_forced_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO("平安".encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    text, source = read_input("-", encoding="latin-1")  # what the user asked for, even if wrong
    assert (text, source.path, source.encoding) == ("平安".encode().decode("latin-1"), "<stdin>", "iso8859-1")


def test_a_short_gb18030_page_is_not_taken_for_a_korean_or_japanese_one() -> None:
    """Only the encodings Chinese and Latin pages come in are candidates (alone, the detector
    calls these bytes cp949)."""
    assert decode("平安浙江".encode("gb18030") * 3, "page.txt")[1].encoding == "gb18030"


@pytest.mark.parametrize(
    ("text", "newline"),
    [
        ("a\rb\rc", "\r"),
        ("a\r\nb\r\nc\n", "\r\n"),
        ("a\r\nb\nc\n", "\n"),  # the most common line end of the page
        ("one line", "\n"),
    ],
)
def test_the_line_end_recorded_is_the_pages_own(text: str, newline: str) -> None:
    assert decode(text.encode(), "page.txt")[1].newline == newline


def test_bytes_without_a_name_are_the_input() -> None:
    assert decode(b"abc")[1].path == "<input>"
    with pytest.raises(InputError, match="^<input>: empty file$"):
        decode(b"")
