"""The stages in order: text -> (closed up, vertical marks flat) -> blocks -> roles -> repairs ->
punctuation -> articles."""

from __future__ import annotations

from collections.abc import Callable

from .articles import group
from .blocks import split_counted
from .classify import classify
from .model import Decision, Page, Piece, Role, Source, Span
from .punct import horizontal, latin_quotes, normalize_counted
from .read import sniff
from .repair import repair
from .spacing import close_up, map_spans, spaces_decision


def split(text: str, source: Source | None = None, *, quotes: bool = False) -> Page:
    """Split one decoded page into articles.

    >>> page = split("平安浙江\\n\\n本报记者 陈佳妮\\n\\n本报讯 会上,车俊强调。")
    >>> page.articles[0].headline.text, page.articles[0].dateline.text
    ('平安浙江', '本报讯')
    """
    text = indexed(text)
    source = source or Source(chars=len(text))
    if not text.strip():
        return Page(source, (), (), ())
    form = sniff(text)
    if form is not None:  # ALTO, hOCR or PaddleOCR: laid out by its boxes first
        return _split_boxes(text, source._replace(format=form), quotes)
    closed = close_up(text)
    if closed is not None:  # read without the spaces between characters, spans mapped back
        page = map_spans(_split(closed[0], source, quotes), closed[1])
        return page._replace(decisions=(spaces_decision(text, closed[0]), *page.decisions))
    return _split(text, source, quotes)


def _split_boxes(text: str, source: Source, quotes: bool) -> Page:
    """A page of lines with boxes: read in column order, one paragraph a line (`layout`), then
    split as text, type sizes settling the headings; every piece keeps its boxes."""
    from .coords import read_lines
    from .layout import lay_out, retitle

    laid = lay_out(read_lines(text, source.format, source.path or "<input>"))
    page = _split(laid.text, source, quotes, lambda pieces: retitle(pieces, laid))
    return page._replace(boxes=laid.stretches, decisions=laid.decisions + page.decisions)


def _split(
    text: str, source: Source, quotes: bool, retitle: Callable[[list[Piece]], list[Piece]] | None = None
) -> Page:
    text, vertical = horizontal(text)
    blocks, vocabulary = split_counted(text)
    pieces = classify(blocks)
    if retitle is not None:
        sized = retitle(pieces)
        pieces = [
            new if new.role is old.role else new.with_(why="the size of its type on the scan")
            for old, new in zip(pieces, sized, strict=True)
        ]
    roles = [Decision("classify", str(p.role), p.spans, p.why) for p in pieces]
    pieces, decisions = repair(pieces, join=retitle is None, vocabulary=vocabulary)
    decisions[:0] = roles
    if vertical:
        decisions.insert(
            0, Decision("punct", "horizontal", (Span(0, len(text)),), f"{vertical} vertical marks")
        )
    pieces = [_punctuate(p, decisions, quotes) for p in pieces]
    articles, other = group(pieces, decisions, text)
    return Page(source, tuple(articles), tuple(other), tuple(decisions))


def laid_out(text: str, source: Source) -> str:
    """The text a page read from boxes was laid out as: what its spans point into."""
    from .coords import read_lines
    from .layout import lay_out

    return lay_out(read_lines(indexed(text), source.format, source.path or "<input>")).text


def indexed(text: str) -> str:
    """The text every span points into: a BOM left by a caller becomes white space in its place,
    so offsets still count from the first character given."""
    return " " + text[1:] if text.startswith("\ufeff") else text


def _punctuate(piece: Piece, decisions: list[Decision], quotes: bool = False) -> Piece:
    """GB/T 15834 for Chinese text; Latin text keeps its punctuation unless `quotes` asks for
    curly quotes and dashes."""
    if piece.script != "zh":
        if not quotes:
            return piece
        text = latin_quotes(piece.text)
        return piece if text == piece.text else piece.with_(text=text)
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
