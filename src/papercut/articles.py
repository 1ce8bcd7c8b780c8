"""Classified, repaired pieces -> Articles in reading order, and `other` for the rest.

A new article starts at a heading stack, at a dateline paragraph no heading announced, or at a
byline that follows finished text. The dateline opening a first paragraph (`本报讯`,
`新华社北京12月31日电（记者王五）`) is lifted into its own field, with the bracketed byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import cues
from .model import (
    OUTSIDE_ARTICLES,
    Article,
    Caption,
    Decision,
    Field,
    OtherItem,
    Piece,
    Role,
    cut_spans,
)


class _Draft:
    """An article while its pieces arrive."""

    __slots__ = ("kicker", "headline", "subheadline", "byline", "dateline", "paragraphs", "captions", "jumps")

    def __init__(self, captions: list[Caption]) -> None:
        self.kicker: Field | None = None
        self.headline: Field | None = None
        self.subheadline: Field | None = None
        self.byline: Field | None = None
        self.dateline: Field | None = None
        self.paragraphs: list[Field] = []
        self.captions = captions
        self.jumps: list[Field] = []

    def freeze(self) -> Article:
        return Article(
            self.kicker,
            self.headline,
            self.subheadline,
            self.byline,
            self.dateline,
            tuple(self.paragraphs),
            tuple(self.captions),
            tuple(self.jumps),
        )

    @property
    def has_text(self) -> bool:
        return bool(self.paragraphs)


def group(pieces: Sequence[Piece], decisions: list[Decision]) -> tuple[list[Article], list[OtherItem]]:
    drafts: list[_Draft] = []
    other: list[OtherItem] = []
    waiting_captions: list[Caption] = []  # captions printed before any article began

    def start() -> _Draft:
        drafts.append(_Draft(waiting_captions.copy()))
        waiting_captions.clear()
        return drafts[-1]

    def current() -> _Draft:
        return drafts[-1] if drafts else start()

    previous_outside: Piece | None = None
    for piece in pieces:
        if piece.role in OUTSIDE_ARTICLES:
            if (
                previous_outside is not None
                and other
                and piece.role is previous_outside.role
                and piece.role in (Role.TEASER, Role.AD)
            ):
                last = other[-1]
                other[-1] = OtherItem(last.kind, last.text + "\n" + piece.text, last.spans + piece.spans)
            else:
                other.append(OtherItem(str(piece.role), piece.text, piece.spans))
            previous_outside = piece
            continue
        previous_outside = None
        here = Field(piece.text, piece.spans)
        if piece.role is Role.CAPTION:
            caption = Caption(piece.text, piece.credit, piece.spans)
            if drafts:
                drafts[-1].captions.append(caption)
            else:
                waiting_captions.append(caption)
            continue
        if piece.role is Role.JUMP:
            current().jumps.append(here)
            continue
        draft = start() if piece.starts_article else current()
        if piece.role is Role.KICKER:
            draft.kicker = here
        elif piece.role is Role.HEADLINE:
            if draft.headline is not None or draft.has_text:
                draft = start()
            draft.headline = here
        elif piece.role is Role.SUBHEADLINE:
            draft.subheadline = _append(draft.subheadline, here, "\n")
        elif piece.role is Role.BYLINE:
            if draft.byline is not None and draft.has_text:
                draft = start()
            draft.byline = _append(draft.byline, here, " ")
        else:
            if not draft.paragraphs and piece.role is Role.BODY:
                here = _lift_dateline(draft, here, decisions)
            if here.text:
                draft.paragraphs.append(here)
    if waiting_captions:
        current()
    return [d.freeze() for d in drafts], other


def _append(old: Field | None, new: Field, sep: str) -> Field:
    if old is None:
        return new
    return Field(old.text + sep + new.text, old.spans + new.spans)


def _lift_dateline(draft: _Draft, paragraph: Field, decisions: list[Decision]) -> Field:
    """`本报讯 3月26日晚上，…` -> dateline `本报讯`, paragraph `3月26日晚上，…`;
    `WASHINGTON, April 30. — The …` -> dateline `WASHINGTON, April 30.`."""
    match = cues.dateline_at_start(paragraph.text) or cues.LATIN_DATELINE.match(paragraph.text)
    if not match or match.end() >= len(paragraph.text):
        return paragraph
    head_spans, rest_spans = cut_spans(paragraph.spans, match.end())
    dateline_spans = cut_spans(cut_spans(head_spans, match.start("dateline"))[1], len(match["dateline"]))[0]
    draft.dateline = Field(match["dateline"], dateline_spans)
    if match.groupdict().get("byline"):
        inner = match["byline"].strip()
        if draft.byline is None:
            draft.byline = Field(inner, head_spans)
        else:
            draft.byline = Field(draft.byline.text + " " + inner, draft.byline.spans + head_spans)
    decisions.append(Decision("articles", "dateline", head_spans, match.group().strip()))
    return Field(paragraph.text[match.end() :], rest_spans)
