"""Latin-script line ends: is `gov-` / `ernment` one word broken by the line (`government`), or a
compound that keeps its hyphen (`well-` / `known` -> `well-known`)? And did OCR lose a hyphen
(`dem` / `ocrats` -> `democrats`)?

Decided first by the page's own vocabulary (how the page spells the word where no line end
interferes), then by a few word facts counted on the tuning part of the English corpus by
tools/en_compounds.py (compounds old papers keep hyphenated, `Kent-street`'s name parts), then
by word frequencies from wordfreq, a maintained resource, checked against Google Books' word pairs
where a line end lost its hyphen; never by a hand-made word list.
wordfreq is loaded only when a page has Latin text.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from . import patterns

WORD = patterns.compile(r"[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]")
#: the word fragment at the start of a line (the one at the end: `_last_word`)
HEAD = patterns.compile(r"^([\p{L}]+)")
LOWER_HEAD = patterns.compile(r"^([\p{Ll}][\p{L}]*)")
#: a word in capitals at the start of a line (`LANTIC`), not a capitalised one (`The`)
CAPITALS_HEAD = patterns.compile(r"^([\p{Lu}]+)(?![\p{Ll}])")
VOWEL = patterns.compile(r"[aeiouyAEIOUY]")
#: a zipf frequency (log10 per billion words) that only real words reach
KNOWN = 3.0
#: a first part this short is a syllable as often as a word (`ter-` / `noon`, `pos-` / `al`,
#: `pes-` / `sessions`): it keeps the hyphen before a known word only when it is itself a common word
#: (`sea-`, `gun-`, `tea-`). Split at pyphen's syllable breaks, the tuning part's transcribed words
#: (the facts counted on the other half, tools/en_cv.py) drop 17 more hyphens of 12,144 right
#: and keep one compound fewer of 179 (`tar-paving`); its real line ends, 2 more right of 4,152;
#: the two real pages of 1903 and 1911, two more as their editor joined them
SHORT_PART = 3
SHORT_PART_KNOWN = 4.5
#: a word broken at a line end is rarer than the words printers keep hyphenated: closed up, a
#: word wordfreq knows this well is the word (`dis-` / `charging`, `Mary-` / `borough`), even
#: when both halves are words too
JOINED_KNOWN = 1.5
#: a name broken at a line end that wordfreq knows this well, however rare (`Broadfoot`)
NAME_KNOWN = 1.0
#: compounds old papers print with the hyphen though the closed-up word is common now: counted on
#: the tuning part of the English corpus by tools/en_compounds.py (seen, never closed up). Once
#: is enough: cross-validated inside the tuning part (tools/en_cv.py) the joins are the same with
#: compounds seen once or twice (3,747 of 3,846), and the longer list holds the press's habits
#: (`co-operation`, `sub-committee`, `so-called`) that a page it never saw breaks at a line end
COMPOUNDS = frozenset(
    {
        "anti-aircraft",
        "boarding-house",
        "co-operating",
        "co-operation",
        "co-operative",
        "co-ordinated",
        "eye-witness",
        "first-class",
        "gold-mining",
        "gum-tree",
        "half-way",
        "l-cpl",
        "life-saving",
        "lock-up",
        "mast-head",
        "non-compliance",
        "north-eastern",
        "north-western",
        "over-running",
        "pony-tail",
        "post-dated",
        "post-mortem",
        "post-office",
        "post-war",
        "re-enter",
        "re-issued",
        "so-called",
        "south-west",
        "stop-over",
        "sub-committee",
        "to-day",
        "to-morrow",
        "to-night",
        "twenty-five",
        "vice-regal",
        "week-end",
        "well-known",
        "year-old",
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
#: how much of a line's end a join looks at: longer than any word, so the decision is the one the
#: whole text would give, and a paragraph of 10,000 short lines costs 10,000 short looks, not
#: 10,000 looks over all that came before (which took 40 s)
REACH = 64

#: marks OCR reads a line-end hyphen as (`ac«` / `cused`), never a word's last letter: on the
#: tuning part of the English corpus, read so where the closed-up word is known, 4 line ends of
#: 4,152 are joined right and none wrong (tools/en_cv.py halves, the facts from the other half)
HYPHEN_MARKS = "«»*"
#: how much dirt after a line-end hyphen is taken for specks (`Ast- . i"`): a word is longer
SPECKS_AFTER_HYPHEN = 6
#: a speck at a line's start, before the rest of a word broken at the line end: a mark (`.sumed`,
#: `! ently`, `' mained`). A stroke read as a letter (`I rected`, `1 close`) is a letter of the
#: input all the same, and no letter or digit is ever dropped
LEADING_SPECK = patterns.compile(r"^[.,'‘!¡?¿|\[\]«»*;:]{1,2} ?(?=\p{Ll})")
#: the same after a word's line-end hyphen, where a capital goes on the word too (`SES-` / `.SIONS`,
#: `Detective-` / `'Sergeant`) but a bracket opens a line of its own (`[BY TELEGRAPH.]`): of the
#: tuning part's transcribed words split at pyphen's breaks with a speck before the rest
#: (tools/en_cv.py --words), 45,880 -> 47,533 of 47,668 joined right, as many as with no speck;
#: its compounds 430 -> 521 of 712, as many too; its real line ends, none more nor fewer
SPECK_AFTER_HYPHEN = patterns.compile(r"^[.,'‘!¡?¿|«»*;:]{1,2} ?(?=\p{L})|^[\[\]]{1,2} ?(?=\p{Ll})")


#: marks OCR reads a line-end hyphen as that end words too (`con.`, `depart -`, `gov—`): of the
#: 643 line-end hyphens the tuning part of the English corpus prints, OCR read 19 as `.`, ` -`,
#: `:`, `;` or `,` after the letter. Read as a hyphen where the two parts close up as a lost one
#: would: of its transcribed words split at pyphen's breaks (tools/en_cv.py --words, the facts
#: counted on the other half, four halvings) 44,202 of 47,668 join right with such a mark for
#: the hyphen (none before), two words side by side 45 of 81,968 more close up (as with no mark
#: at all), and of the 6,776 pairs a mark of these parts inside a line, none; cross-validated,
#: one real line end more of 4,152 (`ques.` / `tlon`), none wrong
STRAY_HYPHEN = patterns.compile(r"(?<=\p{L})(?: -|[.,:;~—–])$")


@cache
def word_frequency() -> Callable[[str], float]:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the resource, the page's own vocabulary still decides
        return lambda word: 0.0

    def zipf(word: str) -> float:
        return float(zipf_frequency(word, "en"))

    return cache(zipf)


#: endings an English word takes (`persuad-est`, `metall-ing`)
ENDINGS = ("ing", "est", "eth", "ed", "es", "er", "st", "s")
#: the consonants English doubles before an ending (`metalling`, `committed`, `preferred`)
DOUBLED = frozenset("bdglmnprt")


def form_frequency(word: str) -> float:
    """The zipf of `word` or, when higher, of its stem as wordfreq knows it: the stem alone, with
    the `e` the ending took (`persuadest` -> `persuade`) or with a doubled consonant undone
    (`metalling` -> `metal`). Old words and the press's own (`persuadest`, `metalling`,
    `conveyancer`) are forms wordfreq has never seen of words it knows well: read so, the tuning
    part of the English corpus joins 420 of 427 line ends right (418 before), and cross-validated
    inside it (tools/en_cv.py) 8,362 of 8,550 (8,322).

    >>> round(form_frequency("metalling"), 1), round(form_frequency("persuadest"), 1)
    (4.8, 3.8)
    """
    zipf = word_frequency()
    best = zipf(word)
    for ending in ENDINGS:
        stem = word[: len(word) - len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            best = max(best, zipf(stem), zipf(stem + "e"))
            if stem[-1] == stem[-2] and stem[-1] in DOUBLED:
                best = max(best, zipf(stem[:-1]))
    return best


#: letters OCR reads one for another, either way round (`turo` for `ture`, `pany` for `many`)
CONFUSED_LETTERS = "o:e c:e a:e n:m rn:m li:h l:i l:t ii:u cl:d f:t a:o n:u c:o b:h"
OCR_CONFUSIONS = tuple(
    swap for pair in CONFUSED_LETTERS.split() for a, b in [pair.split(":")] for swap in ((a, b), (b, a))
)


def misread_frequency(word: str) -> float:
    """The zipf of the commonest word `word` would be with one of OCR's confusions undone
    (`picturo` -> `picture`), when that word is known (KNOWN), else 0. Asked only where a line
    ends with no hyphen before a fragment no word closes up with: of the tuning part's 4,152 line
    ends inside a paragraph (tools/en_cv.py halves, the facts counted on the other half) it
    closes up 9 more right (`ac` / `capted`, `Con` / `pany`, `ra` / `corded`) and none wrong; of
    its transcribed words split with no hyphen, 6 more of 12,144, and no pair of words more.

    >>> misread_frequency("picturo") > 5, misread_frequency("thetlio")
    (True, 0.0)
    """
    zipf = word_frequency()
    best = 0.0
    for read, meant in OCR_CONFUSIONS:
        at = word.find(read)
        while at >= 0:
            best = max(best, zipf(word[:at] + meant + word[at + len(read) :]))
            at = word.find(read, at + 1)
    return best if best >= KNOWN else 0.0


def _letter_classes(pairs: str) -> dict[int, str]:
    """The single letters of `pairs` (`o:e c:e ...`) gathered into classes of letters OCR reads one
    for another, each letter mapped to its class's first: `o`, `c`, `a` and `e` read alike."""
    classes: list[set[str]] = []
    for pair in pairs.split():
        letters = set(pair.split(":"))
        if all(len(letter) == 1 for letter in letters):
            joined = [c for c in classes if c & letters]
            classes = [c for c in classes if not c & letters] + [letters.union(*joined)]
    return {ord(letter): min(c) for c in classes for letter in c}


#: each letter as one of its class (CONFUSED_LETTERS' single letters): `committcos` and
#: `committees` read alike
MISREAD_CLASS = _letter_classes(CONFUSED_LETTERS)
#: a closed-up word shorter than this reads as too many words through the classes
MISREAD_LONG = 6
#: how many of wordfreq's commonest words to read for those it knows (KNOWN): some 29,000 are
MISREAD_LISTED = 50_000


@cache
def misread_words() -> dict[str, str]:
    """The words wordfreq knows (KNOWN) by their letters read through MISREAD_CLASS, each the
    commonest that reads so."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        return {}
    zipf = word_frequency()
    listed = top_n_list("en", MISREAD_LISTED)  # the commonest first
    known = bisect.bisect_left(listed, -KNOWN, key=lambda word: -zipf(word))
    words: dict[str, str] = {}
    for word in listed[:known]:
        if word.isalpha():
            words.setdefault(word.translate(MISREAD_CLASS), word)
    return words


def misread_throughout(joined: str, second: str) -> float:
    """The zipf of the known word `joined` reads as with any letter OCR took for one of its class
    (`com` / `mittcos` -> `committees`), else 0: a lost hyphen in a word OCR misread twice or
    more, which `misread_frequency` (one confusion) misses. Asked only before a fragment that
    reads as no word itself: `and` / `iiad` reads as `and tied` too. Of the tuning part's line
    ends inside a paragraph (tools/en_cv.py, four halvings, five groupings each) it closes up 60
    more right and none wrong; of its transcribed words split with no hyphen, 4 more of 47,668,
    and no pair of words more.

    >>> misread_throughout("committcos", "mittcos"), misread_throughout("andiiad", "iiad")
    (3.93, 0.0)
    """
    words = misread_words()
    if len(joined) < MISREAD_LONG or second.translate(MISREAD_CLASS) in words:
        return 0.0
    word = words.get(joined.translate(MISREAD_CLASS))
    return word_frequency()(word) if word else 0.0


#: a pair the corpus never printed (`press_pairs`)
NOT_COUNTED = (0, 0)


@cache
def press_pairs() -> dict[tuple[str, str], tuple[int, int]]:
    """Word pairs whose closed-up form is a common word today, with how often the tuning part of
    the English corpus printed each apart and closed up inside a line (`per cent`: 10 and 0,
    `may be`: 7 and 0): tools/en_compounds.py counts them; counts only, no text."""
    return {
        (first, second): (int(apart), int(closed))
        for first, second, apart, closed in patterns.data_rows("data/en-pairs.tsv")
    }


#: how much commoner than the two lower-case words side by side (zipf, a log scale) wordfreq must
#: know the closed-up word before a line end that shows no hyphen is taken for one. The pairs
#: printed books write apart are listed (`books_apart`), so the margin decides only pairs that are
#: rare as pairs: set from 1.5 to 1.0, it closes up `with` / `draw` on the real page of 1903
#: (tests/gold), and no line end of the tuning part of the English corpus falls between the two
#: (its lost hyphens stand 4.5 and more above the pair, its pairs apart 0.7 and less, or listed)
LOST_MARGIN = 1.0
#: and how common the closed-up word itself must be
LOST_KNOWN = 2.0


def closes_up(whole: float, first: float, second: float) -> bool:
    """wordfreq's verdict on two lower-case words meeting at a line end with no hyphen: the
    closed-up word's zipf `whole` against the two words', `first` and `second` (the pair's
    is their sum less 9, as if independent).

    >>> closes_up(4.88, 5.09, 3.95), closes_up(4.05, 6.85, 4.81)   # kill / ing, with / draw
    (True, True)
    >>> closes_up(4.16, 6.2, 6.29), closes_up(5.38, 6.07, 6.47)    # some / time, any / one
    (False, True)
    """
    return whole >= LOST_KNOWN and whole + 9 >= first + second + LOST_MARGIN


@cache
def books_apart() -> frozenset[tuple[str, str]]:
    """Lower-case word pairs that wordfreq's margin (`closes_up`) would close up though printed
    books write them apart far more often than closed up (`any one`, `every day`, `under
    water`, `north east`): Google Books' bigrams as symspellpy ships them, listed by
    tools/en_compounds.py. At a printed hyphen, two such words are a compound (`keeps_hyphen`)."""
    return frozenset((first, second) for first, second in patterns.data_rows("data/en-book-pairs.tsv"))


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
        self.name_parts: Counter[str] = Counter()  # `street` of `Kent-street` inside a line
        self.press = press_pairs()  # looked up at every line end: kept, not fetched each time
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
        drop, between, skip = self.seam(left[-REACH:], right)
        return left[: len(left) - drop] + between + right[skip:]

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
            drop, between, skip = self.seam(tail, part)
            if drop:  # the line-end hyphen goes: the last character of the last line not empty
                last = len(out) - 1
                while not out[last]:
                    last -= 1
                out[last] = out[last][:-drop]
            part = part[skip:]
            out += (between, part)
            tail = (tail[: len(tail) - drop] + between + part[-REACH:])[-REACH:]
        return "".join(out)

    def seam(self, left: str, right: str) -> tuple[int, str, int]:
        """How a line ending in `left` meets the next, `right`: how many characters of the
        line's end go (a line-end hyphen, and the specks OCR read beside it), what comes between
        (a space or nothing), and how many characters of the next line's start go (specks)."""
        specks = _specks_after_hyphen(left)
        if specks and (HEAD.match(right) or _leading_specks(right)):
            # `be- ")` / `cause`: dirt OCR read after the hyphen goes with it
            drop, between, skip = self.seam(left[: len(left) - specks], right)
            return drop + specks, between, skip
        skip = _leading_specks(right, left.endswith("-") and left[-2:-1].isalpha())
        if skip:
            # `re-` / `.sumed`, `Appar` / `! ently`: the speck goes only where the word closes up
            drop, between, _ = self.seam(left, right[skip:])
            return (drop, between, skip) if between != " " else (0, " ", 0)
        hyphened = left.endswith("-")
        tail = _last_word(left[:-1] if hyphened else left)
        head = HEAD.match(right)
        if hyphened and tail and head:
            return (0, "", 0) if self.keeps_hyphen(tail, head.group(1)) else (1, "", 0)
        lower_head = LOWER_HEAD.match(right)
        stray = STRAY_HYPHEN.search(left[-3:]) if lower_head else None
        if stray:
            # `ques.` / `tion`, `depart -` / `ment`, `gov—` / `ernment`: a hyphen OCR read as a
            # mark that ends words too, read so where the two parts close up (a dash before a
            # word stays: `at last—` / `the end`)
            first, second = _last_word(left[: len(left) - len(stray.group())]), lower_head.group(1)
            if first and self.lost_hyphen(first, second):
                return len(stray.group()), "-" if self.keeps_hyphen(first, second) else "", 0
        if left.endswith(("-", "—", "–")) and not left[-2:-1].isspace():
            return 0, "", 0  # a number range or a dash run over the line end: no space
        mark = len(left) - len(left.rstrip(HYPHEN_MARKS)) if tail == "" else 0
        if mark:
            tail = _last_word(left[: len(left) - mark])
        if tail and not hyphened and lower_head:
            if self.lost_hyphen(tail, lower_head.group(1), _after_initial(left[: len(left) - mark], tail)):
                # the hyphen OCR lost, kept or dropped as a printed one would be: `non` /
                # `compliance` -> `non-compliance`; or read as a mark: `ac«` / `cused`
                return mark, "-" if self.keeps_hyphen(tail, lower_head.group(1)) else "", 0
            if not mark and self.lost_name_hyphen(tail, lower_head.group(1)):
                return 0, "-", 0  # `George` / `street` as the page prints it elsewhere: `George-street`
        # a word in capitals that lost its hyphen, read as a lower-case one is (`RE` / `SPONSIVE`):
        # on the tune part's words (en_cv --words) 1,548 more right, 4 pairs more closed up
        # (`GOLD` / `FIELDS`); five of the 1903 page's capitals quotation
        capitals_head = CAPITALS_HEAD.match(right)
        if tail.isupper() and not hyphened and not mark and capitals_head:
            first, second = tail.lower(), capitals_head.group(1).lower()
            if self.lost_hyphen(first, second):
                return 0, "-" if self.keeps_hyphen(first, second) else "", 0
        return 0, " ", 0

    def keeps_hyphen(self, first: str, second: str) -> bool:
        """`well-` / `known` keeps it, `gov-` / `ernment` loses it: the page's own spelling first;
        then a known word drops the hyphen, two known words keep it, and a fragment (OCR noise
        as often as not) is taken for a syllable break, the commonest reason for a line-end hyphen.
        A capitalised part before a lower-case one that makes no place name is a name or a
        sentence's first word broken in two: on the tuning part of the English corpus 138 such
        line ends dropped the hyphen and none kept it (`Mel-` / `bourne`, `Thorns-` / `hope`)."""
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
        if min(len(first), len(second)) > SHORT_PART and (first.lower(), second.lower()) in books_apart():
            # `north-` / `east`, `South-` / `west`: a pair printed books write apart (the hyphen
            # split their words) is a compound, not a word broken at a syllable. Cross-validated
            # (tools/en_cv.py, the facts counted on the other half) 35 more joins right of 8,542;
            # of the tuning part's transcribed words split at pyphen's breaks, 6 more compounds
            # of 358 kept and 2 breaks of 24,288 more wrong (`mean-` / `time`). Parts of three
            # letters or fewer are syllables as often (`May-` / `or`, `any-` / `one`: 54 more wrong)
            return True
        vowel = first[-1:].lower()
        if vowel in "aeiou" and second[:1].lower() == vowel and zipf(second.lower()) >= KNOWN:
            # `re-` / `enter`, `co-` / `operate`: the hyphen keeps two like vowels apart. Of the
            # tuning part's words split at syllables with the facts counted on the other half,
            # one compound of 179 more is kept and no break of 12,144 (`Zo-` / `ological` is
            # before no word)
            return True
        if len(first) > 1 and not VOWEL.search(first):
            # `Mc-` / `Donald`: a part with no vowel is no word but a name's prefix; the tuning
            # part's transcribed lines close up all 29 of their Mc and Mac names, and hyphenate no
            # part with no vowel but a single letter (`L-cpl`)
            return False
        if first.istitle() and second.istitle():
            return True  # `New-` / `York`: two names, however often the web runs them together
        if first[:1].isupper() and second[:1].islower() and len(second) > 1:
            return False  # a name broken at a syllable: `Thorns-` / `hope`, `Mill-` / `thorpe`
        if form_frequency(joined) >= JOINED_KNOWN or misread_frequency(joined):
            # the closed-up word, or what it reads with a letter OCR misread (`ex-` / `elusive`):
            # on the real page of 1911 one line end more as the editor joined it, none on the
            # English corpus's tuning part either way
            return False
        first_known = SHORT_PART_KNOWN if len(first) <= SHORT_PART else KNOWN
        return zipf(first.lower()) >= first_known and zipf(second.lower()) >= KNOWN

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

    def lost_hyphen(self, first: str, second: str, after_initial: bool = False) -> bool:
        """`dem` / `ocrats`: joined when the whole word is far likelier than the two words side by
        side: on this page, or else as the old press prints it (`press_pairs`), or else in
        wordfreq (a log scale, so the pair's is the sum less 9), unless printed books write the
        pair apart (`books_apart`: `every day`, `any one`). On the tuning part two line ends
        meet a listed pair, `under water` and `per cent`, both apart as the books say; counting
        the press's own pairs on half the tuning articles and measuring on the other half
        (tools/en_cv.py), the books keep `under water` apart where wordfreq alone closed it up
        (six wrong joins of 2,571 -> none).
        Printers leave two letters or more on each side and never break a word under five
        letters, so `a` / `round` and `in` / `to` stay apart. A capitalised first part is a name's
        (`Ded` / `man's`, `Broad` / `foot`), which the web prints far less than its parts, so it
        needs only a name wordfreq knows and no margin: on the tuning part of the English corpus
        14 such line ends were a broken name and none of those two words apart (`In` / `the`,
        `It` / `was` fall 2.5 or more below the pair). After an initial (`A. E. What` / `more`) it
        is a surname, and wordfreq knowing the name is enough (`_after_initial`)."""
        words = (first.lower(), second.lower())
        joined = words[0] + words[1]
        if len(first) < 2 or len(second) < 2 or len(joined) < 5:
            return False
        seen_joined, seen_apart = self.counts[joined], self.pairs[words]
        if seen_joined != seen_apart:
            return seen_joined > seen_apart  # the page's usage
        zipf = word_frequency()
        whole = zipf(joined)
        if first.islower() and zipf(words[1]) < KNOWN:
            # only before a fragment: two words side by side have stems that are words too
            # (`he` / `added`, read as a form of `head`). Split at line ends made from the tuning
            # part's own lines, the facts counted on the other half, forms read before any word
            # close up 32 more of 40,528 pairs (55, not 23) for 68 more of 24,288 words broken
            # with no hyphen, and a real line end is a pair some 60 times as often as a lost hyphen
            whole = form_frequency(joined)
        if whole < NAME_KNOWN and zipf(words[1]) < KNOWN:
            whole = misread_frequency(joined) or misread_throughout(joined, words[1])
        if whole < NAME_KNOWN:
            return False  # no word, nor one of the press's pairs (each a common word closed up)
        apart, closed = self.press.get(words, NOT_COUNTED)
        if apart != closed:
            return closed > apart  # how the old press prints it: `per cent`, `may be`
        if first[:1].isupper():
            return whole >= NAME_KNOWN and (after_initial or whole + 9 >= zipf(words[0]) + zipf(words[1]))
        if words in books_apart():
            return False
        # before a fragment that is no word, the two side by side are no reading at all: a word
        # wordfreq knows at all (NAME_KNOWN, as for a name) is enough, without LOST_KNOWN's floor
        # (`auri` / `ferous`, `de` / `feasance`, `lum` / `bago`). Of the tuning part's words split
        # with no hyphen (tools/en_cv.py --words, the facts counted on the other half, four
        # halvings), 404 more of 48,576 close up, and no pair of 81,056 words more
        return zipf(words[1]) < KNOWN or closes_up(whole, zipf(words[0]), zipf(words[1]))


def _after_initial(left: str, tail: str) -> bool:
    """The line's last word follows an initial (`A. E. What` / `more,`): a surname, however common
    a word it spells. Of 42 words after an initial and before a lower-case word inside the
    tuning part's transcribed lines, none closed up with it makes a word wordfreq knows, so
    at a line end such a pair is one name broken in two (`What` / `more`: `Whatmore`).

    >>> _after_initial("Messrs. A. E. What", "What"), _after_initial("said. What", "What")
    (True, False)
    """
    if not tail[:1].isupper():
        return False
    before = left[: len(left) - len(tail)].rstrip()
    return before[-1:] == "." and before[-2:-1].isupper() and not before[-3:-2].isalpha()


def _name_part(word: str) -> str:
    """The last part of a hyphenated word that opens with a capital (`George-street` -> `street`),
    or "" for any other."""
    return word.rpartition("-")[2].lower() if word[:1].isupper() else ""


def _specks_after_hyphen(left: str) -> int:
    """How many characters after a line's last hyphen are specks: a few marks and spaces
    (`be- ")`, `de-^`), else 0. A letter or digit there (`Mar-1`, `sen- j`, the next column's
    `pes- M f`) is the input's and is never dropped, so the hyphen is then left as it stands. On
    the tuning part of the English corpus (tools/en_cv.py's halves, the facts counted on the other
    half) the hyphen so read joins line ends right that a speck had stopped.

    >>> _specks_after_hyphen('in Queensland be- ")'), _specks_after_hyphen("built-up")
    (3, 0)
    """
    for cut in range(len(left) - 2, max(1, len(left) - SPECKS_AFTER_HYPHEN - 2), -1):
        if left[cut] == "-" and left[cut - 2 : cut].isalpha():
            rest = left[cut + 1 :]
            return 0 if any(ch.isalnum() for ch in rest) else len(rest)
    return 0


def _leading_specks(right: str, after_hyphen: bool = False) -> int:
    """How many characters a line opens with that are specks before a lower-case fragment
    (`! ently`, `.sumed`): looked past where the word closes up, counted as for
    `_specks_after_hyphen`.

    >>> _leading_specks("! ently he"), _leading_specks("I rected"), _leading_specks("I am")
    (2, 0, 0)
    >>> _leading_specks(".SIONS", after_hyphen=True), _leading_specks("[BY CABLE]", after_hyphen=True)
    (1, 0)
    """
    found = (SPECK_AFTER_HYPHEN if after_hyphen else LEADING_SPECK).match(right)
    return found.end() if found else 0
