"""Pages OCR'd with a space between every Chinese character (`全 省 建 设 平 安 浙 江`).

Some OCR engines set each character apart, and then every rule that reads a word (`本报讯`,
`记者`, `摄`) reads nothing. Such a page is read with those spaces taken out; the spans of what
comes out are mapped back, so they still point at the characters of the page as it was given.
A page where only a few words are letter-spaced (a name, a display headline) keeps its spaces.
"""

from __future__ import annotations

from typing import Any, TypeVar

from . import patterns
from .cues import ROLE
from .model import Decision, Span
from .punct import CJK_CHARS

#: a character of Chinese text, or a mark set with it (vertical forms too: `︒` `﹁`)
_CJK = rf"{CJK_CHARS}\ufe10-\ufe19\ufe30-\ufe48"
#: one space between two such characters, or between one and a digit
SPACE_BETWEEN = patterns.compile(rf"(?<=[{_CJK}0-9]) (?=[{_CJK}])|(?<=[{_CJK}]) (?=[0-9])")
#: a page is taken as spaced throughout when such spaces are this share of its characters (a
#: spaced page: nearly one in two; a page of today: a few in a thousand; Latin text: none)
SPACED_SHARE = 0.25

#: a byline line is short and says no sentence
BYLINE_REACH = 40
BYLINE_STOPS = patterns.compile(r"[，。；：！？,;:!?]")
ROLE_WORD = patterns.compile(ROLE)

T = TypeVar("T")


def close_up(text: str) -> tuple[str, list[int]] | None:
    """The text without the spaces between its characters, and where each of its characters
    (and its end) was in `text`; None for a page set normally.

    >>> close_up("全 省 会 议 29 日 举 行 。")
    ('全省会议29日举行。', [0, 2, 4, 6, 8, 9, 11, 13, 15, 17, 18])
    >>> close_up("平安浙江 建设 更高水平") is None
    True
    """
    # `\r` left out: a page saved with CRLF line ends is the same page as with LF
    least = SPACED_SHARE * (len(text) - text.count("\r"))
    if text.count(" ") < least:  # most pages stop here, for the price of one count
        return None
    gaps = [match.start() for match in SPACE_BETWEEN.finditer(text)]
    if len(gaps) < least:
        return None
    names = _between_names(text)
    gaps = [gap for gap in gaps if gap not in names]
    kept: list[int] = []
    start = 0
    for gap in gaps:
        kept.extend(range(start, gap))
        start = gap + 1
    kept.extend(range(start, len(text) + 1))  # the end of the text maps to the end
    return "".join(text[i] for i in kept[:-1]), kept


def _between_names(text: str) -> set[int]:
    """The spaces after the role word of a byline line (`本 报 记 者 王 国 锋 余 勤`): names run
    together (`王国锋余勤`) could not be told apart, set apart they can (`王 国 锋 余 勤`)."""
    keep: set[int] = set()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) <= 2 * BYLINE_REACH and not BYLINE_STOPS.search(line):
            printed = [i for i, char in enumerate(line) if char != " "]  # closed-up index -> line's
            roles = list(ROLE_WORD.finditer(line.replace(" ", "")))
            if roles:
                after_role = printed[roles[-1].end() - 1] + 1
                keep.update(start + i for i in range(after_role, len(line)) if line[i] == " ")
        start = end + 1
    return keep


def spaces_decision(text: str, closed: str) -> Decision:
    removed = len(text) - len(closed)
    return Decision("read", "close up", (Span(0, len(text)),), f"{removed} spaces between characters")


def map_spans(value: T, kept: list[int]) -> T:
    """Every span inside a tree of the model's named tuples, from the closed-up text back to
    the page as given."""
    return _walk(value, kept)  # type: ignore[no-any-return]


def _walk(value: Any, kept: list[int]) -> Any:
    if isinstance(value, Span):
        if value.end <= value.start:
            return Span(kept[value.start], kept[value.start])
        return Span(kept[value.start], kept[value.end - 1] + 1)
    if isinstance(value, tuple):
        walked = [_walk(v, kept) for v in value]
        return type(value)(*walked) if hasattr(value, "_fields") else tuple(walked)
    if isinstance(value, list):
        return [_walk(v, kept) for v in value]
    return value
