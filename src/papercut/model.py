"""The plain data passed between the pipeline stages.

Immutable named tuples: as plain as frozen dataclasses, and about ten times cheaper to define,
which a one-page run from the shell pays for at every start. Every piece of text keeps the
spans of the decoded input it was made from, so a reader can always go back to the raw page.
Offsets are character offsets into the decoded text (BOM removed, line ends untouched).
`Kind`, what a block reads as on its own text, is here too: classify makes it and the boundary
model's cues read it (`boundary.py`, which classify imports, never the reverse).

The annotations here are evaluated as the module loads (no `from __future__ import
annotations`): `NamedTuple` would otherwise compile each field's annotation string at every
start (3 M instructions, 6% of what loading the package costs).
"""

from collections.abc import Callable
from enum import Enum, StrEnum, auto
from typing import NamedTuple

from . import patterns


class Span(NamedTuple):
    start: int
    end: int


class Line(NamedTuple):
    """One printed line without its indent and trailing white space."""

    text: str
    start: int
    indented: bool
    # how deep, in half-width characters (a full-width space is two); `indented` is whether it is
    # above 0, stored too: as a property it cost a split 0.6 M instructions
    indent: int = 0

    @property
    def span(self) -> Span:
        return Span(self.start, self.start + len(self.text))


class Block(NamedTuple):
    """Text the page printed as one unit: a paragraph, a heading, a caption, a header line.

    `group` numbers the runs of lines between blank lines, so a later stage can tell which
    blocks the page set apart from each other and which it printed together.
    """

    lines: tuple[Line, ...]
    group: int
    script: str  # "zh" or "latin"
    text: str  # the lines joined; made once by `make`, read by every later stage
    spans: tuple[Span, ...]  # the lines' spans: asked of a block 20 times a split, made once

    @classmethod
    def make(cls, lines: tuple[Line, ...], group: int, script: str, text: str | None = None) -> "Block":
        """The block of `lines`, its text the lines joined as `script` joins them unless given."""
        if text is None:
            text = join_lines([line.text for line in lines], script)
        return cls(lines, group, script, text, tuple(line.span for line in lines))

    @property
    def indented(self) -> bool:
        return self.lines[0].indented


class Role(StrEnum):
    KICKER = "kicker"
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    BYLINE = "byline"
    DATELINE = "dateline"
    BODY = "body"
    INTERTITLE = "intertitle"
    CAPTION = "caption"
    CREDIT = "credit"
    JUMP = "jump"
    FURNITURE = "furniture"
    TEASER = "teaser"
    AD = "advertisement"


#: roles whose pieces never belong to an article
OUTSIDE_ARTICLES = frozenset({Role.FURNITURE, Role.TEASER, Role.AD})
HEADING_ROLES = frozenset({Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE})


class Reason:
    """Why a stage decided as it did, written out when it is read (`str(reason)`): a model's
    reason names its p and the cues that weighed most, and writing that for every run the
    boundary model weighs and every seam the seam model joins cost a split 1.1 M instructions
    (of 82 M), while only `explain` reads it. Equal to another reason or string that reads the
    same."""

    __slots__ = ("_write", "_args")

    def __init__(self, write: Callable[..., str], *args: object) -> None:
        self._write = write
        self._args = args

    def __str__(self) -> str:
        return self._write(*self._args)

    def __repr__(self) -> str:
        return repr(str(self))

    def __eq__(self, other: object) -> bool:
        return str(self) == str(other) if isinstance(other, str | Reason) else NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))


class Piece(NamedTuple):
    """A block once classified, and later repaired: text with its role and where it came from.

    `starts_article` marks the first piece of a new article; `continues` marks a body piece that
    the page printed as the continuation of an earlier paragraph (no indent on an indented page).
    """

    role: Role
    text: str
    spans: tuple[Span, ...]
    starts_article: bool = False
    continues: bool = False
    credit: str | None = None
    group: int = 0
    script: str = "zh"
    why: str | Reason = ""  # the rule that gave the role, recorded as the classify Decision

    def with_(self, **changes: object) -> "Piece":
        return self._replace(**changes)  # type: ignore[arg-type]


class Decision(NamedTuple):
    """One thing a stage did to the text or the structure, for `explain` and for tests. `why`
    is written out only when read: `detail` is it as text."""

    stage: str
    action: str
    spans: tuple[Span, ...]
    why: str | Reason

    @property
    def detail(self) -> str:
        return str(self.why)


class Caption(NamedTuple):
    text: str
    credit: str | None
    spans: tuple[Span, ...]


class Field(NamedTuple):
    """A heading, byline or dateline: its text and where it came from."""

    text: str
    spans: tuple[Span, ...]


class Article(NamedTuple):
    kicker: Field | None = None
    headline: Field | None = None
    subheadline: Field | None = None
    byline: Field | None = None
    dateline: Field | None = None
    paragraphs: tuple[Field, ...] = ()
    captions: tuple[Caption, ...] = ()
    jumps: tuple[Field, ...] = ()


class OtherItem(NamedTuple):
    kind: str
    text: str
    spans: tuple[Span, ...]


class Box(NamedTuple):
    """A rectangle on the scan, in the input's own units (pixels, ALTO's mm10...)."""

    x0: float
    y0: float
    x1: float
    y1: float


class Source(NamedTuple):
    path: str | None = None
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    chars: int = 0
    bytes: int | None = None
    #: "text", or the coordinate format the page came in: "alto", "hocr", "paddleocr"
    format: str = "text"
    #: bytes that did not decode, and control characters (NUL...), each read as one U+FFFD
    replaced: int = 0


class Page(NamedTuple):
    source: Source
    articles: tuple[Article, ...]
    other: tuple[OtherItem, ...]
    decisions: tuple[Decision, ...] = ()
    #: for a page read from boxes: (start, end, box) for each stretch of the text the spans
    #: point into, in order; empty for a text page
    boxes: tuple[tuple[int, int, Box], ...] = ()


def join_lines(parts: list[str], script: str) -> str:
    """Join the lines of one paragraph: nothing between ideographs or kana, a space between the
    words of a script that spaces them (Latin, Cyrillic, Greek, Hangul, Arabic...).

    A Latin line ending in a hyphen keeps it here; `repair` decides whether the hyphen was a
    line-end break. Elsewhere a hyphen is kept and nothing added: the English rules for it do
    not hold for other languages, and no letter is lost.

    >>> join_lines(["全省建设", "平安浙江"], "zh"), join_lines(["малого", "бизнеса,", "и"], "zh")
    ('全省建设平安浙江', 'малого бизнеса, и')
    """
    if not parts:
        return ""
    out = [parts[0]]
    for part in parts[1:]:
        prev = out[-1]
        if (
            prev
            and part
            and _wants_space(prev[-2:], part[0], script)
            and not _address_cut(prev, part, script)
        ):
            out.append(" ")
        out.append(part)
    return "".join(out)


#: a web or mail address: what a Latin run wrapped in a Chinese column mostly is (People's Daily,
#: Jan and Feb 2020: about 70 addresses, `http://www.npc.gov.cn`, `yxxz8494@163.com`, against 3
#: runs of two English words)
_ADDRESS = patterns.compile_plain(r"://|www\.|@|\.(?:com|cn|org|net|gov|edu)\b")


def _address_cut(left: str, right: str, script: str) -> bool:
    """Whether a column's edge cut a web or mail address (`课程内容可登录http://w` / `ww.zjol.com.cn查询`)
    on a page whose script does not space its words: the address is whole again with no space."""
    if script == "latin":
        return False
    return _ADDRESS.search(left.rpartition(" ")[2] + right.partition(" ")[0]) is not None


#: what ends a word before a space: `бизнеса,` / `и` joins with one
_CLOSING = frozenset(",.;:!?)]}\"'»”’…")


def _wants_space(left: str, right: str, script: str) -> bool:
    """Whether a space goes between a line ending in `left` (its last two characters) and the
    next, starting with `right`: Latin words keep one, and so do the words of any script that
    spaces them (`малого` / `бизнеса`); Han and kana none, nor a number or code wrapped at the
    column's edge on a Chinese page (`201` / `5年`, `G` / `20`)."""
    if script == "latin":
        return left[-1] != "-"
    if "\u2e80" <= right < "\ua000":  # Han or kana, as nearly every line of a Chinese page starts
        return False
    return _spaced(right) and (_spaced(left[-1]) or left[-1] in _CLOSING and _spaced(left[:-1]))


def _spaced(char: str) -> bool:
    """A letter of a script that puts spaces between words: not Han, kana or a full-width form,
    nor Thai, Lao, Myanmar or Khmer, which run their words together too."""
    if not char.isalpha():
        return False
    code = ord(char)
    return not (
        0x2E80 <= code < 0xA000  # CJK radicals and symbols, kana, Han, Yi
        or 0xF900 <= code < 0xFB00  # CJK compatibility ideographs
        or 0xFF00 <= code < 0xFFF0  # full-width forms
        or code >= 0x20000  # Han beyond the basic plane
        or 0x0E00 <= code < 0x0F00  # Thai, Lao
        or 0x1000 <= code < 0x10A0  # Myanmar
        or 0x1780 <= code < 0x1800  # Khmer
    )


def cut_spans(spans: tuple[Span, ...], offset: int) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Split a piece's spans at a character offset into its text.

    The text is its lines run together, so offsets map onto the spans in order; a space added
    between two Latin lines may shift the cut by one, which is fine for pointing at a line.

    >>> cut_spans((Span(0, 4), Span(10, 14)), 6)
    ((Span(start=0, end=4), Span(start=10, end=12)), (Span(start=12, end=14),))
    """
    head: list[Span] = []
    tail: list[Span] = []
    left = offset
    for span in spans:
        size = span.end - span.start
        if left >= size:
            head.append(span)
            left -= size
        elif left > 0:
            head.append(Span(span.start, span.start + left))
            tail.append(Span(span.start + left, span.end))
            left = 0
        else:
            tail.append(span)
    return tuple(head), tuple(tail) or (Span(spans[-1].end, spans[-1].end),)


class Kind(Enum):
    """What a block is on its own, before its neighbours are looked at."""

    # by identity, as a Kind is equal only to itself: Enum's own hash is a Python call, and the
    # sets and tables of kinds ask it about 800 times a split (1 M instructions)
    __hash__ = object.__hash__

    FURNITURE = auto()
    TEASER_HEAD = auto()
    BYLINE = auto()
    CLOSING_CREDIT = auto()
    CREDIT = auto()
    CAPTION = auto()
    JUMP = auto()
    AD = auto()
    DATELINE = auto()
    NOTE = auto()
    BOX = auto()
    NAME_LINE = auto()
    HEAD_CUT = auto()
    INDENTED_TITLE = auto()
    SHORT = auto()
    BODY = auto()
