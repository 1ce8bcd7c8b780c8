from __future__ import annotations

import codecs
from pathlib import Path
from typing import NamedTuple

import charset_normalizer
import pytest

from papercut.errors import InputError
from papercut.read import decode, read_path

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
