from __future__ import annotations

import codecs
from pathlib import Path

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


def test_forced_encoding_with_a_stray_byte_replaces_it_rather_than_refusing() -> None:
    data = PAGE.encode("utf-8")
    text, source = decode(data[:20] + b"\xff" + data[20:], "page.txt", encoding="utf-8")
    assert text == PAGE[:8] + "\ufffd" + PAGE[8:]  # byte 20 ends the eighth character
    assert (source.encoding, source.replaced) == ("utf-8", 1)


def test_an_unknown_forced_encoding_is_an_error() -> None:
    with pytest.raises(InputError, match=r"page.txt: unknown encoding 'klingon'"):
        decode(b"abc", "page.txt", encoding="klingon")


LONG = PAGE * 20


@pytest.mark.parametrize("bad", [b"\xff", b"\x00", b"\x80\x80", b"\xff\x00\xfe"])
def test_a_few_bad_bytes_in_utf8_become_one_replacement_each(bad: bytes) -> None:
    data = LONG.encode("utf-8")
    at = data.index("记者".encode())
    text, source = decode(data[:at] + bad + data[at:], "page.txt")
    assert source.encoding == "utf-8"
    assert source.replaced == len(bad) == text.count("\ufffd")
    assert text.replace("\ufffd", "") == LONG  # nothing else lost or changed


@pytest.mark.parametrize(("codec", "page"), [("gb18030", LONG), ("big5", TRADITIONAL * 20)])
def test_a_stray_byte_in_a_national_encoding_keeps_the_encoding(codec: str, page: str) -> None:
    data = page.encode(codec)
    at = len(data) // 2 - len(data) // 2 % 2  # between two characters of the first line
    at = data.index(b"\n", at) + 1  # the start of a line
    text, source = decode(data[:at] + b"\xff" + data[at:], "page.txt")
    assert source.encoding == codec
    assert source.replaced == 1
    assert text.replace("\ufffd", "") == page


def test_controls_and_nuls_become_replacements_counted() -> None:
    damaged = "本报讯\x00 会议\x01举行\x1b。\t完\n" + LONG
    text, source = decode(damaged.encode(), "page.txt")
    assert source.replaced == 3 and text.count("\ufffd") == 3
    assert text == damaged.replace("\x00", "\ufffd").replace("\x01", "\ufffd").replace("\x1b", "\ufffd")


def test_a_genuine_replacement_character_is_not_counted() -> None:
    assert decode("本报讯 \ufffd 会议举行。\n".encode(), "page.txt")[1].replaced == 0


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("page", [PAGE, "The President said today that the bill will pass.\n" * 3])
def test_utf16_without_a_bom_is_recognised(codec: str, page: str) -> None:
    text, source = decode(page.encode(codec), "page.txt")
    assert (text, source.encoding, source.bom, source.replaced) == (page, codec, False, 0)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(200), "gzip archive"),
        (b"PK\x03\x04" + b"word/document.xml" * 20, "ZIP archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "executable"),
        (b"\xff\xd8\xff\xe0" + bytes(range(256)), "JPEG image"),
        (b"%PDF-1.4\n" + b"stream" * 50, "PDF document"),
    ],
)
def test_images_archives_and_executables_are_refused_by_their_first_bytes(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=f"page.txt: not text: binary data \\(an? {kind}\\)"):
        decode(data, "page.txt")


def test_the_binary_threshold_lies_between_damaged_text_and_binary_data() -> None:
    from papercut.read import BINARY_SHARE

    page = ("The President said today that the bill will pass." * 40).encode()
    few = int(len(page) * BINARY_SHARE * 0.9)  # just under the threshold: damaged text
    damaged = page[:100] + b"\x01" * few + page[100:]
    assert decode(damaged, "page.txt")[1].replaced == few
    many = int(len(page) * BINARY_SHARE * 1.2) + 2  # just over: binary
    with pytest.raises(InputError, match="binary data"):
        decode(page[:100] + b"\x01" * many + page[100:], "page.txt")
    # random bytes, as in compressed data, are ~10% control bytes: refused
    import random

    noise = random.Random(13).randbytes(20_000)
    with pytest.raises(InputError, match="binary data"):
        decode(noise, "page.txt")


def test_utf16_pages_full_of_controls_are_binary_too() -> None:
    with pytest.raises(InputError, match="binary data"):
        decode(("\x01\x02abc" * 200).encode("utf-16-le"), "page.txt")


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_a_few_bytes_that_read_as_gb18030_and_big5_alike_are_gb18030() -> None:
    assert decode("本报讯\r\n".encode("gb18030"), "page.txt")[1].encoding == "gb18030"
    assert decode("會議今日舉行，各地代表出席。".encode("big5"), "page.txt")[1].encoding == "big5"
