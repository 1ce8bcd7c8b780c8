#!/usr/bin/env python3
"""Word facts for line-end hyphens, counted on the tuning part of the English corpus only
(tools/en_corpus.py; the held-back part is never read here). Prints the two tables that
src/papercut/hyphens.py ships:

* compounds the transcribed text prints with their hyphen inside a line and never
  closed up, whose closed-up spelling wordfreq nonetheless knows as a word (`to-day`: `today` is
  common, so wordfreq alone would close it up);
* words that follow a capitalised name and a hyphen at least three times (`George-street`,
  `Botany-road`): the second part of a place name, which keeps its hyphen;
* first parts of compounds printed with the hyphen at least three times, none of them ever
  closed up (`to-day`, `co-respondent`, `north-east`): a prefix this press keeps hyphenated.

and writes src/papercut/data/en-pairs.tsv: word pairs this press prints apart inside a line at
least twice whose closed-up form wordfreq knows as a common word today (`per cent`, `may be`,
`under water`), with how often each is printed apart and closed up. A line end that lost its
hyphen (`may` / `be`) is decided by those counts before wordfreq's, which would close it up.

Word lists and counts and nothing else: no text of the corpus is shipped.

    .venv/bin/python tools/en_compounds.py
"""

from __future__ import annotations

import importlib.resources
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from papercut.hyphens import NAME_KNOWN, closes_up  # noqa: E402

COMPOUND_SEEN = 1
NAME_PART_SEEN = 3
KNOWN = 1.5
FIRST_PART_SEEN = 3
#: a pair printed apart this often, whose closed-up form is this common in wordfreq
PAIR_SEEN = 2
PAIR_KNOWN = 2.0
PAIRS = ROOT / "src" / "papercut" / "data" / "en-pairs.tsv"
BOOK_PAIRS = ROOT / "src" / "papercut" / "data" / "en-book-pairs.tsv"
#: Google Books' bigram counts (symspellpy's list, raw counts) against wordfreq's zipf of the
#: closed-up word: the books write a pair apart where log10 of the pair's count reaches the
#: closed-up word's zipf + BOOK_SHIFT. The shift is set between the pairs the tuning part's
#: press prints apart (`under water` needs under 3.5, `per cent` 4.0, `some time` and `may be`
#: 4.6) and `with out`, which no paper prints apart (over 2.2)
BOOK_SHIFT = 2.8


@dataclass
class Facts:
    """The word facts counted on a set of articles."""

    compounds: list[str]
    name_parts: list[str]
    first_parts: list[str]
    pairs: list[tuple[str, str, int, int]]  # first, second, printed apart, printed closed up


def count(articles: list[dict]) -> Facts:
    """The facts of these articles' human lines (inside a line only)."""
    words: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    name_parts: Counter[str] = Counter()
    for article in articles:
        for _, human, _ in article["lines"]:
            inner = human[:-1] if human.endswith("-") else human
            found = [w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", inner)]
            pairs.update(zip(found, found[1:], strict=False))
            for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", inner):
                words[word.lower()] += 1
                first, _, second = word.partition("-")
                if second and first[:1].isupper() and "-" not in second:
                    name_parts[second.lower()] += 1
    compounds = sorted(
        w
        for w, n in words.items()
        if w.count("-") == 1
        and n >= COMPOUND_SEEN
        and not words[w.replace("-", "")]
        and zipf_frequency(w.replace("-", ""), "en") >= KNOWN
    )
    parts = sorted(w for w, n in name_parts.items() if n >= NAME_PART_SEEN and len(w) > 2)
    first_parts: Counter[str] = Counter()
    for word, n in words.items():
        if word.count("-") == 1 and not words[word.replace("-", "")]:
            first_parts[word.partition("-")[0]] += n
    rows = sorted(
        (first, second, apart, words[first + second])
        for (first, second), apart in pairs.items()
        if apart >= PAIR_SEEN
        and "-" not in first + second
        and min(len(first), len(second)) >= 2
        and len(first + second) >= 5
        and zipf_frequency(first + second, "en") >= PAIR_KNOWN
    )
    return Facts(compounds, parts, sorted(w for w, n in first_parts.items() if n >= FIRST_PART_SEEN), rows)


def book_pairs() -> list[tuple[str, str]]:
    """Lower-case pairs Google Books writes apart that wordfreq's margin (`closes_up`) would
    close up at a line end that shows no hyphen."""
    bigrams = importlib.resources.files("symspellpy") / "frequency_bigramdictionary_en_243_342.txt"
    rows = []
    for line in bigrams.read_text(encoding="utf-8").splitlines():
        first, second, count = line.split()
        if not (first.isalpha() and second.isalpha() and first.islower() and second.islower()):
            continue
        if min(len(first), len(second)) < 2 or len(first + second) < 5:
            continue  # lost_hyphen never joins these
        whole = zipf_frequency(first + second, "en")
        if whole < NAME_KNOWN or whole + BOOK_SHIFT > math.log10(int(count)):
            continue  # lost_hyphen never joins these, or the books close the pair up
        if closes_up(whole, zipf_frequency(first, "en"), zipf_frequency(second, "en")):
            rows.append((first, second))
    return sorted(rows)


def main() -> None:
    articles = [
        json.loads(line)
        for line in (ROOT / "corpus" / "en" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    facts = count([a for a in articles if a["part"] == "tune"])
    print("COMPOUNDS =", facts.compounds)
    print("NAME_PARTS =", facts.name_parts)
    print("FIRST_PARTS =", facts.first_parts)
    PAIRS.parent.mkdir(exist_ok=True)
    with PAIRS.open("w", encoding="utf-8") as out:
        out.write("# first\tsecond\tprinted apart\tprinted closed up (tools/en_compounds.py)\n")
        out.writelines(f"{a}\t{b}\t{apart}\t{closed}\n" for a, b, apart, closed in facts.pairs)
    print(f"{len(facts.pairs)} pairs -> {PAIRS.relative_to(ROOT)}")
    books = book_pairs()
    with BOOK_PAIRS.open("w", encoding="utf-8") as out:
        out.write(
            "# first\tsecond: pairs Google Books writes apart that wordfreq's margin would close up "
            "(tools/en_compounds.py; bigram counts from symspellpy, Google Books Ngram, CC BY 3.0)\n"
        )
        out.writelines(f"{a}\t{b}\n" for a, b in books)
    print(f"{len(books)} book pairs -> {BOOK_PAIRS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
