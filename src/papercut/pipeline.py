"""The stages in order: text -> blocks -> roles -> repairs -> punctuation -> articles."""

from __future__ import annotations

from .articles import group
from .blocks import split_blocks
from .classify import classify
from .model import Decision, Page, Piece, Role, Source
from .punct import normalize_counted
from .repair import repair


def split(text: str, source: Source | None = None) -> Page:
    """Split one decoded page into articles.

    >>> page = split("平安浙江\\n\\n本报记者 陈佳妮\\n\\n本报讯 会上,车俊强调。")
    >>> page.articles[0].headline.text, page.articles[0].dateline.text
    ('平安浙江', '本报讯')
    """
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # keep offsets: the BOM's place becomes white space
    source = source or Source(chars=len(text))
    if not text.strip():
        return Page(source, (), (), ())
    blocks = split_blocks(text)
    pieces = classify(blocks)
    pieces, decisions = repair(pieces)
    pieces = [_punctuate(p, decisions) for p in pieces]
    articles, other = group(pieces, decisions)
    return Page(source, tuple(articles), tuple(other), tuple(decisions))


def _punctuate(piece: Piece, decisions: list[Decision]) -> Piece:
    if piece.script != "zh":
        return piece
    text, changed = normalize_counted(piece.text)
    credit = piece.credit
    if credit is not None:
        credit, more = normalize_counted(credit)
        changed += more
    if not changed:
        return piece
    decisions.append(Decision("punct", "normalise", piece.spans, f"{changed} marks"))
    return piece.with_(text=text, credit=credit)


__all__ = ["split", "Role"]
