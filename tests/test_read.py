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


@pytest.mark.parametrize(
    ("data", "kept", "replaced"),
    [
        (bytes(range(128, 256)) * 8, "", 1024),  # no candidate encoding reads these bytes
        # UTF-8 with a byte gone bad, the character the cut left half counted too
        (PAGE.encode("utf-8")[:-5] + b"\xff" + PAGE.encode("utf-8"), PAGE, 3),
        (PAGE.encode("utf-8") + (PAGE * 3).encode("gb18030"), PAGE, 141),  # two encodings in one file
    ],
    ids=["no-encoding-fits", "broken-utf-8", "mixed"],
)
def test_bytes_no_encoding_reads_are_read_as_utf_8_each_bad_byte_counted(
    data: bytes, kept: str, replaced: int
) -> None:
    """The fallback never hands back text in a wrong encoding: what UTF-8 reads is kept, and
    every byte it cannot read is one U+FFFD, counted in the source (issue 13)."""
    text, source = decode(data, "page.txt")
    assert (source.encoding, source.replaced, text.count("\ufffd")) == ("utf-8", replaced, replaced)
    assert kept in text


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


def test_a_guess_the_bytes_do_not_fit_loses_to_a_candidate_that_reads_them_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The detector calls a GB18030 page Big5: Big5 leaves bytes undecoded and GB18030 reads
    every one, so the page is GB18030, exactly, never Big5 garbled with a few U+FFFD."""
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **_: _Guesses([_Guess("big5")]))
    text, source = decode(RARE.encode("gb18030"), "page.txt")
    assert (text, source.encoding, source.replaced) == (RARE, "gb18030", 0)


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
        # control bytes over 1% of a file are binary, and the message says how much
        (b"ab\x01cd", None, "not text: binary data at byte 2 (20% control bytes)"),
        (b"ab\x00cd\x00ef", None, "not text: binary data at byte 2 (25% control bytes)"),
        # a few zero bytes in a short file are binary, not UTF-16 (a quarter of the bytes would be)
        (b"ab\x00cd\x00ef\x00gh\x00ijklmnopq", None, "not text: binary data at byte 2 (19% control bytes)"),
    ],
)
def test_each_refusal_is_one_exact_message_naming_the_file(
    data: bytes, encoding: str | None, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "page.txt", encoding)
    assert str(caught.value) == f"page.txt: {message}"


def test_damage_a_refusal_once_named_is_read_now() -> None:
    """A BOM and one bad byte, and UTF-16 with no BOM, were refused; they are text (issue 13)."""
    text, source = decode(codecs.BOM_UTF8 + b"\xff", "page.txt")
    assert (text, source.encoding, source.bom, source.replaced) == ("\ufffd", "utf-8", True, 1)
    text, source = decode("The city council met today. ".encode("utf-16-le") * 4, "page.txt")
    assert (text, source.encoding) == ("The city council met today. " * 4, "utf-16-le")


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


#: an English page as a Windows tool saves it: cp1252, a byte above ASCII only now and then
ENGLISH = (
    "MILL HANDS STRIKE\n\n"
    "BOSTON, May 2.\u2014The mill hands of the Merrimac struck to-day. \u201cWe asked for\n"
    "nothing more than the wage we had,\u201d said their leader, who declined to give his\n"
    "name. The company\u2019s agent, M. Ren\u00e9 Dupr\u00e9, said the mills would stay shut\n"
    "until the men came back on the old terms. The committee met yesterday in the old\n"
    "hall on Main street and heard the report of the treasurer, who said the year closed\n"
    "with a balance.\n"
) * 3


def test_a_cp1252_page_with_a_quote_or_an_accent_here_and_there_is_cp1252() -> None:
    # a byte above ASCII every 70 or so: few against the ASCII, but each reads as text
    data = ENGLISH.encode("cp1252")
    assert 0 < len(data.translate(None, bytes(range(128)))) < 0.05 * len(data)
    text, source = decode(data, "page.txt")
    assert (text, source.encoding, source.replaced) == (ENGLISH, "cp1252", 0)
    one = ENGLISH[:400].replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"')
    one = one.replace("\u2019", "'").replace("Ren\u00e9 Dupr\u00e9", "Rene Dupr\u00e9")
    assert decode(one.encode("cp1252"), "page.txt")[1].encoding == "cp1252"  # one é on the page


@pytest.mark.parametrize("bad", [b"\xff", b"\xff\xfe", b"\x81\xff\x9d"])
def test_stray_bytes_in_an_ascii_page_are_damage_not_cp1252(bad: bytes) -> None:
    # no Western text prints ÿ, þ or the bytes cp1252 leaves unassigned: UTF-8 (ASCII) with
    # each stray byte one U+FFFD, counted, and one warning naming the page
    page = ENGLISH.encode("ascii", "replace").decode("ascii")
    data = page.encode()
    at = data.index(b"the wage")
    text, source = decode(data[:at] + bad + data[at:], "page.txt")
    assert (source.encoding, source.replaced) == ("utf-8", len(bad))
    assert text == page[:at] + "\ufffd" * len(bad) + page[at:]
    assert read.damage(source) == (
        f"page.txt: {len(bad)} damaged byte{'s' if len(bad) > 1 else ''} (not utf-8, or control"
        " characters) read as U+FFFD"
    )


def test_a_stray_byte_in_a_utf8_page_of_english_keeps_its_quotes() -> None:
    # UTF-8 quotes and dashes, and one byte that is neither: UTF-8, never cp1252 mojibake (`â€™`)
    data = ENGLISH.encode("utf-8")
    at = data.index(b"the wage")
    text, source = decode(data[:at] + b"\xff" + data[at:], "page.txt")
    assert (source.encoding, source.replaced) == ("utf-8", 1)
    assert text.replace("\ufffd", "") == ENGLISH


@pytest.mark.parametrize(("latin", "encoding"), [(2, "cp1252"), (1, "utf-8")])
def test_a_page_is_cp1252_when_half_its_unread_bytes_are_latin_text(latin: int, encoding: str) -> None:
    # the bytes UTF-8 cannot read: `é` is Latin text, 0xFF is not; half or more Latin: cp1252
    words = ["caf\xe9", "na\xefve", "gar\xe7on"][:latin] + ["x\xffy", "z\xff"][: 3 - latin]
    data = (ENGLISH.encode("ascii", "replace").decode("ascii") + " ".join(words) + "\n").encode("latin-1")
    assert decode(data, "page.txt")[1].encoding == encoding
    assert read.LATIN_SHARE == 0.5  # 2 of 3 above it, 1 of 3 below
