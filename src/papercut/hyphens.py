"""Latin-script line ends: is `gov-` / `ernment` one word broken by the line (`government`), or a
compound that keeps its hyphen (`well-` / `known` -> `well-known`)? And did OCR lose a hyphen
(`dem` / `ocrats` -> `democrats`)?

Decided first by the page's own vocabulary (how the page spells the word where no line end
interferes), then by word frequencies from wordfreq, a maintained resource; never by a
hand-made word list. wordfreq is loaded only when a page has Latin text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from . import patterns

WORD = patterns.compile(r"[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]")
#: the word fragment at the start of a line (the one at the end: `_last_word`)
HEAD = patterns.compile(r"^([\p{L}]+)")
LOWER_HEAD = patterns.compile(r"^([\p{Ll}][\p{L}]*)")
#: a zipf frequency (log10 per billion words) that only real words reach
KNOWN = 3.0
#: how much of a line's end a join looks at: longer than any word, so the decision is the one the
#: whole text would give, and a paragraph of 10,000 short lines costs 10,000 short looks, not
#: 10,000 looks over all that came before (which took 40 s)
REACH = 64


@cache
def word_frequency() -> Callable[[str], float]:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the resource, the page's own vocabulary still decides
        return lambda word: 0.0

    def zipf(word: str) -> float:
        return float(zipf_frequency(word, "en"))

    return cache(zipf)


def _last_word(text: str) -> str:
    """The letters `text` ends with (`the gov` -> `gov`), found from the end: a pattern anchored
    at the end is tried from every position of the text, ten times slower on a line end.

    >>> _last_word("the gov"), _last_word("1903"), _last_word("état")
    ('gov', '', 'état')
    """
    start = len(text)
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:]


class Vocabulary:
    """How often each word, and each hyphenated compound, appears on the page inside a line."""

    def __init__(self, lines: list[str]) -> None:
        self.counts: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()  # two words side by side inside a line
        for line in lines:
            inner = line[:-1] if line.endswith("-") else line
            words = [w.lower() for w in WORD.findall(inner)]
            self.counts.update(words)
            self.pairs.update(zip(words, words[1:], strict=False))

    def join(self, left: str, right: str) -> str:
        """The text of two lines joined: a line-end hyphen kept or dropped, or a space.

        >>> v = Vocabulary([])
        >>> v.join("the gov-", "ernment"), v.join("a well-", "known man"), v.join("New-", "York")
        ('the government', 'a well-known man', 'New-York')
        >>> v.join("in 1902-", "1903"), v.join("at last—", "the end"), v.join("the dem", "ocrats")
        ('in 1902-1903', 'at last—the end', 'the democrats')
        """
        drop, between = self.seam(left[-REACH:], right)
        return left[: len(left) - drop] + between + right

    def join_all(self, parts: Sequence[str]) -> str:
        """Many lines joined one after another, as `join` would, in time linear in their length:
        each seam looks at the last `REACH` characters only, and nothing is copied twice.

        >>> Vocabulary([]).join_all(["a gov-", "ern-", "ment", "of the"])
        'a government of the'
        """
        if not parts:
            return ""
        out = [parts[0]]
        tail = parts[0][-REACH:]
        for part in parts[1:]:
            drop, between = self.seam(tail, part)
            if drop:  # the line-end hyphen goes: the last character of the last line not empty
                last = len(out) - 1
                while not out[last]:
                    last -= 1
                out[last] = out[last][:-drop]
            out += (between, part)
            tail = (tail[: len(tail) - drop] + between + part[-REACH:])[-REACH:]
        return "".join(out)

    def seam(self, left: str, right: str) -> tuple[int, str]:
        """How a line ending in `left` meets the next, `right`: how many characters of the
        line's end go (a line-end hyphen) and what comes between (a space or nothing)."""
        hyphened = left.endswith("-")
        tail = _last_word(left[:-1] if hyphened else left)
        head = HEAD.match(right)
        if hyphened and tail and head:
            return (0, "") if self.keeps_hyphen(tail, head.group(1)) else (1, "")
        if left.endswith(("-", "—", "–")) and not left[-2:-1].isspace():
            return 0, ""  # a number range or a dash run over the line end: no space
        lower_head = LOWER_HEAD.match(right)
        if tail and not hyphened and lower_head and self.lost_hyphen(tail, lower_head.group(1)):
            return 0, ""
        return 0, " "

    def keeps_hyphen(self, first: str, second: str) -> bool:
        """`well-` / `known` keeps it, `gov-` / `ernment` loses it: the page's own spelling first;
        then a known word drops the hyphen, two known words keep it, and a fragment (OCR noise
        as often as not) is taken for a syllable break, the commonest reason for a line-end hyphen."""
        joined = (first + second).lower()
        compound = f"{first}-{second}".lower()
        seen_joined, seen_compound = self.counts[joined], self.counts[compound]
        if seen_joined != seen_compound:
            return seen_compound > seen_joined
        zipf = word_frequency()
        if zipf(joined) >= KNOWN:
            return False
        return zipf(first.lower()) >= KNOWN and zipf(second.lower()) >= KNOWN

    def lost_hyphen(self, first: str, second: str) -> bool:
        """`dem` / `ocrats`: joined when the whole word is far likelier than the two words side by
        side: on this page, or else in wordfreq (a log scale, so the pair's is the sum less 9).
        Printers leave two letters or more on each side and never break a word under five
        letters, so `a` / `round` and `in` / `to` stay apart."""
        joined = (first + second).lower()
        if len(first) < 2 or len(second) < 2 or len(joined) < 5:
            return False
        if self.counts[joined] != self.pairs[first.lower(), second.lower()]:
            return self.counts[joined] > self.pairs[first.lower(), second.lower()]  # the page's usage
        zipf = word_frequency()
        whole = zipf(joined)
        return whole >= 2.0 and whole + 9 >= zipf(first.lower()) + zipf(second.lower()) + 1.5
