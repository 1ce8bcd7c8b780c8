"""The plain data passed between the pipeline stages.

Immutable named tuples: as plain as frozen dataclasses, and about ten times cheaper to define,
which a one-page run from the shell pays for at every start. Every piece of text keeps the
spans of the decoded input it was made from, so a reader can always go back to the raw page.
Offsets are character offsets into the decoded text (BOM removed, line ends untouched).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int


class Line(NamedTuple):
    """One printed line without its indent and trailing white space."""

    text: str
    start: int
    indented: bool

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
    text: str = ""  # the lines joined; made once by `make`, read by every later stage

    @classmethod
    def make(cls, lines: tuple[Line, ...], group: int, script: str) -> Block:
        return cls(lines, group, script, join_lines([line.text for line in lines], script))

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple(line.span for line in self.lines)

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

    def with_(self, **changes: object) -> Piece:
        return self._replace(**changes)  # type: ignore[arg-type]


class Decision(NamedTuple):
    """One thing a stage did to the text or the structure, for `explain` and for tests."""

    stage: str
    action: str
    spans: tuple[Span, ...]
    detail: str


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


class Source(NamedTuple):
    path: str | None = None
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    chars: int = 0
    bytes: int | None = None


class Page(NamedTuple):
    source: Source
    articles: tuple[Article, ...]
    other: tuple[OtherItem, ...]
    decisions: tuple[Decision, ...] = ()


def join_lines(parts: list[str], script: str) -> str:
    """Join the lines of one paragraph: nothing between ideographs, a space between words.

    A Latin line ending in a hyphen keeps it here; `repair` decides whether the hyphen was a
    line-end break.
    """
    if not parts:
        return ""
    out = [parts[0]]
    for part in parts[1:]:
        prev = out[-1]
        if prev and part and _wants_space(prev[-1], part[0], script):
            out.append(" ")
        out.append(part)
    return "".join(out)


def _wants_space(left: str, right: str, script: str) -> bool:
    if script == "latin":
        return left != "-"
    # a figure is never set apart inside Chinese text: `201` / `8年度` at a column's edge is 2018
    return (
        left.isascii()
        and right.isascii()
        and left.isalnum()
        and right.isalnum()
        and not (left.isdigit() and right.isdigit())
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
