"""Latin-script line ends: is `gov-` / `ernment` one word broken by the line (`government`), or a
compound that keeps its hyphen (`well-` / `known` -> `well-known`)? And did OCR lose a hyphen
(`dem` / `ocrats` -> `democrats`)?

Decided first by the page's own vocabulary (how the page spells the word where no line end
interferes), then by a few word facts counted on the tuning part of the English corpus by
tools/en_compounds.py (compounds old papers keep hyphenated, `Kent-street`'s name parts), then
by word frequencies from wordfreq, a maintained resource; never by a hand-made word list.
wordfreq is loaded only when a page has Latin text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

from . import patterns

WORD = patterns.compile(r"[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]")
#: the word fragment at the end of a line, and the one at the start of the next
TAIL = patterns.compile(r"([\p{L}]+)-$")
BARE_TAIL = patterns.compile(r"([\p{L}]+)$")
HEAD = patterns.compile(r"^([\p{L}]+)")
LOWER_HEAD = patterns.compile(r"^([\p{Ll}][\p{L}]*)")
#: a zipf frequency (log10 per billion words) that only real words reach
KNOWN = 3.0
#: a word broken at a line end is rarer than the words printers keep hyphenated: closed up, a
#: word wordfreq knows this well is the word (`dis-` / `charging`, `Mary-` / `borough`), even
#: when both halves are words too
JOINED_KNOWN = 1.5
#: compounds old papers print with the hyphen though the closed-up word is common now: counted on
#: the tuning part of the English corpus by tools/en_compounds.py (seen twice, never closed up)
COMPOUNDS = frozenset(
    {
        "first-class",
        "half-way",
        "north-eastern",
        "post-mortem",
        "south-west",
        "to-day",
        "to-morrow",
        "to-night",
        "well-known",
    }
)
#: first parts such compounds were printed with three times or more, never closed up: before a
#: word, they keep the hyphen (`to-` / `night`, `north-` / `west`, `co-` / `respondent`)
FIRST_PARTS = frozenset({"co", "detective", "half", "north", "post", "to", "well"})
#: what follows a capitalised name and a hyphen (`George-street`, `Botany-road`, `Governor-General`):
#: counted the same way (three times or more)
NAME_PARTS = frozenset({"general", "road", "sergeant", "street"})
#: a page that prints a name part after a hyphen this often keeps it at a line end too
PAGE_NAME_PART = 2


@cache
def word_frequency() -> Callable[[str], float]:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the resource, the page's own vocabulary still decides
        return lambda word: 0.0

    def zipf(word: str) -> float:
        return float(zipf_frequency(word, "en"))

    return cache(zipf)


class Vocabulary:
    """How often each word, and each hyphenated compound, appears on the page inside a line."""

    def __init__(self, lines: list[str]) -> None:
        self.counts: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()  # two words side by side inside a line
        self.name_parts: Counter[str] = Counter()  # `street` of `Kent-street` inside a line
        for line in lines:
            inner = line[:-1] if line.endswith("-") else line
            found = WORD.findall(inner)
            words = [w.lower() for w in found]
            self.counts.update(words)
            self.pairs.update(zip(words, words[1:], strict=False))
            self.name_parts.update(_name_part(word) for word in found if "-" in word)

    def join(self, left: str, right: str) -> str:
        """The text of two lines joined: a line-end hyphen kept or dropped, or a space.

        >>> v = Vocabulary([])
        >>> v.join("the gov-", "ernment"), v.join("a well-", "known man"), v.join("New-", "York")
        ('the government', 'a well-known man', 'New-York')
        >>> v.join("in 1902-", "1903"), v.join("at last—", "the end"), v.join("the dem", "ocrats")
        ('in 1902-1903', 'at last—the end', 'the democrats')
        """
        tail = TAIL.search(left)
        head = HEAD.match(right)
        if tail and head:
            if self.keeps_hyphen(tail.group(1), head.group(1)):
                return left + right
            return left[:-1] + right
        if left.endswith(("-", "—", "–")) and not left[-2:-1].isspace():
            return left + right  # a number range or a dash run over the line end: no space
        bare = BARE_TAIL.search(left)
        lower_head = LOWER_HEAD.match(right)
        if bare and lower_head:
            if self.lost_hyphen(bare.group(1), lower_head.group(1)):
                return left + right
            if self.lost_name_hyphen(bare.group(1), lower_head.group(1)):
                return left + "-" + right
        return left + " " + right

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
        if compound in COMPOUNDS or self.name_part(first, second):
            return True
        if first.lower() in FIRST_PARTS and zipf(second.lower()) >= KNOWN:
            return True
        if first.istitle() and second.istitle():
            return True  # `New-` / `York`: two names, however often the web runs them together
        if zipf(joined) >= JOINED_KNOWN:
            return False
        return zipf(first.lower()) >= KNOWN and zipf(second.lower()) >= KNOWN

    def lost_name_hyphen(self, first: str, second: str) -> bool:
        """`of Oxford` / `street,` on a page that prints its streets `Kent-street`: OCR lost the
        hyphen at the line end. Only the page's own habit decides: American papers print `Main
        street`."""
        return first[:1].isupper() and self.name_parts[second.lower()] >= PAGE_NAME_PART

    def name_part(self, first: str, second: str) -> bool:
        """`Kent-` / `street`: a capitalised name before a word that makes place names and ranks,
        known from the corpus or printed so on this page."""
        part = second.lower()
        return first[:1].isupper() and (part in NAME_PARTS or self.name_parts[part] >= PAGE_NAME_PART)

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


def _name_part(word: str) -> str:
    """The last part of a hyphenated word that opens with a capital (`George-street` -> `street`),
    or "" for any other."""
    return word.rpartition("-")[2].lower() if word[:1].isupper() else ""
