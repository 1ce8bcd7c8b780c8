"""Text -> Blocks: the units the page printed, each with the spans it came from.

Two layouts occur in real OCR output and both are read here:

* one paragraph a line, blank lines between blocks (`shared` Zhejiang page): each line is a block;
* hard-wrapped columns: every line of a paragraph cut at the column width (11-24 characters for
  Chinese), a paragraph start marked by an indent of `　　` or two spaces. Lines of one paragraph
  become one block; an indented line starts a new one.

A column break (a blank line inside a paragraph) is not mended here: `repair` does it, once it
knows which blocks are body text.
"""

from __future__ import annotations

import statistics

import regex

from .model import Block, Line

#: a paragraph indent: an ideographic space (`　　本报讯…`), a tab or two spaces
INDENTS = ("\u3000", "\t", "  ", "\u00a0\u00a0", " \u00a0", "\u00a0 ")
HAN = regex.compile(r"\p{Han}")
LATIN = regex.compile(r"[A-Za-z\u00c0-\u024f]")


def split_blocks(text: str) -> list[Block]:
    """Cut the page into blocks.

    >>> [b.text for b in split_blocks("标题\\n\\n　　第一段第一行\\n第一段第二行\\n")]
    ['标题', '第一段第一行第一段第二行']
    """
    groups = _line_groups(text)
    all_lines = [line for group in groups for line in group]
    indents_mean_paragraphs = 0 < sum(line.indented for line in all_lines) < 0.8 * len(all_lines)
    width = _column_width(groups)
    blocks: list[Block] = []
    for number, group in enumerate(groups):
        script = _script("".join(line.text for line in group))
        current = [group[0]]
        for previous, line in zip(group, group[1:], strict=False):
            if _continues(previous, line, width, indents_mean_paragraphs):
                current.append(line)
            else:
                blocks.append(Block.make(tuple(current), number, script))
                current = [line]
        blocks.append(Block.make(tuple(current), number, script))
    return blocks


def _line_groups(text: str) -> list[list[Line]]:
    """Runs of non-blank lines; a blank line (or one of only spaces) ends a run."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(raw_line)
        raw = raw_line.rstrip("\r\n")
        stripped = raw.strip()
        if not stripped:
            if current:
                groups.append(current)
                current = []
            continue
        lead = len(raw) - len(raw.lstrip())
        current.append(Line(stripped, start + lead, raw.startswith(INDENTS)))
    if current:
        groups.append(current)
    return groups


def _column_width(groups: list[list[Line]]) -> float | None:
    """The width the page's columns were wrapped at, or None for a one-paragraph-a-line page.

    Every line of a hard-wrapped paragraph but its last is cut at the column width, so in a
    wrapped page those lines agree on a width; in a one-paragraph-a-line page there are few of
    them and they do not agree.
    """
    inner = [len(line.text) for group in groups for line in group[:-1]]
    if len(inner) < 3:
        return None
    width = statistics.median(inner)
    near = sum(1 for n in inner if abs(n - width) <= 2)
    if width > 60 or near < 0.6 * len(inner):
        return None
    return width


def _continues(previous: Line, line: Line, width: float | None, indents: bool) -> bool:
    if indents and line.indented:
        return False
    if width is None:
        return False
    return len(previous.text) >= width - 2.5


def _script(text: str) -> str:
    latin = len(LATIN.findall(text))
    if not latin:
        return "zh"
    han = len(HAN.findall(text))
    return "latin" if latin > 3 * han and latin > 0 else "zh"
