"""Invariants over any input: split never raises, and nothing printed on the page is lost."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papercut import split
from papercut.errors import InputError
from papercut.model import Page
from papercut.output import pretty_json
from papercut.read import decode

FRAGMENTS = [
    "本报记者 陈佳妮",
    "《浙江日报》记者 王国锋 余勤",
    "记者 张三 通讯员 李四",
    "本报讯 ",
    "新华社北京12月31日电（记者王五）",
    "会议现场 《浙江日报》记者 梁臻 摄",
    "新华社记者 李四摄",
    "（新华社发）",
    "（本报记者 张三 报道）",
    "2018年3月30日 星期五",
    "责任编辑：张伟",
    "导读",
    "平 安 浙 江",
    "车俊在会议上强调 建设平安浙江",
    "——记全国劳模张三",
    "（下转第二版）",
    "订阅热线",
    "0571-85310000",
    "全省建设平安浙江工作会议29日举行。",
    "坚持抓",
    "发展,抓稳定",
    "任。当前我省",
    "“加油·宝贝”",
    '"好"',
    "(市、区)",
    "...",
    "２０１９",
    "G20",
    "gov-",
    "ernment",
    "WASHINGTON, April 30.—",
    "By JOHN SMITH",
    "　　",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\n\n\n",
]
PAGES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)


def content(text: str) -> Counter[str]:
    """Letters and digits, the characters no punctuation rule may touch."""
    text = unicodedata.normalize("NFKC", text)
    return Counter(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def output_text(page: Page) -> str:
    parts: list[str] = []
    for a in page.articles:
        for name in ("kicker", "headline", "subheadline", "byline", "dateline"):
            value = getattr(a, name)
            if value:
                parts.append(value.text)
        parts += [p.text for p in a.paragraphs] + [j.text for j in a.jumps]
        parts += [c.text + (c.credit or "") for c in a.captions]
    parts += [o.text for o in page.other]
    return "\n".join(parts)


#: the pieces of a Chronicling America page that its rules act on: hyphens, bleed, credits, ads
LATIN_WORDS = [
    "the", "gov-", "ernment", "well-", "known", "H", "B", "IB", "jM", "91", "By", "Associated",
    "Press.", "WASHINGTON,", "Sept.", "16.—", "-Advt.", "(Copyright:", "1903:", "Illi", "nois",
    "Mr.", '"', "—", "--", "VOIV", "O1", "LXIII----N", "Special", "to", "The", "Tribune.",
    "PRICE", "CENTS.", ".", ",", ":",
]  # fmt: skip
LATIN_PAGES = st.lists(
    st.lists(st.sampled_from(LATIN_WORDS), max_size=9).map(" ".join), min_size=1, max_size=40
).map("\n".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(PAGES)
def test_every_letter_and_digit_lands_somewhere_exactly_once(text: str) -> None:
    page = split(text)
    assert content(output_text(page)) == content(text)


def spaced_out(text: str) -> str:
    """The page as an OCR engine that sets every Chinese character apart would give it."""
    return regex.sub(r"(?<=[\p{Han}，。、“”])(?=[\p{Han}，。、“”])", " ", text)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(PAGES.map(spaced_out))
def test_a_page_spaced_out_loses_nothing_and_its_spans_point_at_it(text: str) -> None:
    page = split(text)
    assert content(output_text(page)) == content(text)
    for article in page.articles:
        for field in (article.headline, article.byline, *article.paragraphs):
            if field:
                # a byline lifted from a dateline points at the whole dateline: at least its text
                printed = "".join(text[s.start : s.end] for s in field.spans)
                assert content(field.text) <= content(printed)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(LATIN_PAGES)
def test_no_letter_is_lost_from_a_latin_page_either(text: str) -> None:
    """Joined hyphens, cut bleed, lifted credits and datelines: every letter still lands once."""
    page = split(text)
    assert content(output_text(page)) == content(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_split_never_raises_on_any_text(text: str) -> None:
    split(text)


@settings(max_examples=100, deadline=None)
@given(PAGES)
def test_spans_lie_inside_the_input(text: str) -> None:
    page = split(text)
    for a in page.articles:
        for p in a.paragraphs:
            for span in p.spans:
                assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(PAGES)
def test_output_is_deterministic(text: str) -> None:
    assert split(text) == split(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_page_or_a_clear_error(data: bytes) -> None:
    try:
        text, source = decode(data, "page.txt")
    except InputError as error:
        assert str(error).startswith("page.txt: ")
        return
    split(text, source)


FURNITURE_ALPHABET = list(
    "星期周一五农历二月第版责任编辑美校对制图视觉照排国内统一连续出版物号邮发代号CNISS日报晚时要闻综合年"
    "0123456789-— ：:A編輯報週"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(FURNITURE_ALPHABET), max_size=20))
def test_the_cheap_furniture_hint_never_hides_a_header_line(text: str) -> None:
    from papercut import cues

    if cues.FURNITURE.search(text):
        assert cues.FURNITURE_HINT.search(text)


def made_of(pieces: str) -> st.SearchStrategy[str]:
    """Texts made of these pieces (separated by `|`) in any order and number: where a cheap
    first look and the full pattern behind it must always agree."""
    return st.lists(st.sampled_from(pieces.split("|")), max_size=14).map("".join)


#: what photo credits are made of, in either script, and what sits around them
CREDIT_TEXTS = made_of(
    "摄|摄影|发|图|供图|资料图片|攝|發|圖|（|）|(|)|/|／|：|:|新华社|新華社|记者|記者|本报|《浙江日报》"
    "|视觉中国|影像中国|张三|李四|梁臻|。|会议现场|发展|图为|影响|（新华社发）|东方IC发|東方IC發|图/李四"
    "|（记者 张三 摄）| |\u3000|\u00a0|\n"
)
#: what datelines are made of, in either script, and what sits around them
DATELINE_TEXTS = made_of(
    "本报|新华社|新華社|据|北京|杭州|3月|29日|二十九日|电|電|讯|訊|消息|员|话|（|）|【|】|记者|张三|新京报|央广网"
    "|客户端|会议|召开|。| |\u3000"
)


@settings(max_examples=1000, deadline=None)
@given(CREDIT_TEXTS)
def test_the_look_at_a_texts_end_never_hides_a_photo_credit(text: str) -> None:
    from papercut import cues

    found = cues.credit_at_end(text)
    full = cues.CREDIT_TAIL.search(text, max(0, len(text) - cues.CREDIT_REACH))
    assert (found and found.span()) == (full and full.span())


@settings(max_examples=1000, deadline=None)
@given(DATELINE_TEXTS)
def test_the_look_at_a_paragraphs_head_never_hides_a_dateline(text: str) -> None:
    from papercut import cues

    found, full = cues.dateline_at_start(text), cues.DATELINE.match(text)
    assert (found and found.span()) == (full and full.span())


_json_leaves = st.none() | st.booleans() | st.integers() | st.text()
_json_values = st.recursive(
    _json_leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


@given(_json_values)
@settings(max_examples=300, deadline=None)
def test_pretty_json_is_the_standard_librarys_indented_json(value: object) -> None:
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
