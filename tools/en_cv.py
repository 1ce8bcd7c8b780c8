#!/usr/bin/env python3
"""Cross-validation of the English line-end joins inside the tune part: the word facts hyphens.py
ships (tools/en_compounds.py) are counted on one half of the tune articles and the joins measured
on pages composed from the other half, then the halves swap. The tune part's own figure reads
the facts it was counted from; this one does not, so it says how the facts hold on articles
they never saw (the held-back part is never read).

    .venv/bin/python tools/en_cv.py                 # both folds, three groupings each
    .venv/bin/python tools/en_cv.py --misses 40     # and the joins it gets wrong
    .venv/bin/python tools/en_cv.py --words         # and the line ends made from words (below)

`--words` adds a larger check, on line ends made from the measured half's transcribed lines
(pyphen, of the `corpus` extra, gives the breaks), decided by hyphens.Vocabulary on its own:
every word of five letters or more split at each of its syllable breaks, with its hyphen (the
hyphen must go: `gov-` / `ernment`) and without (OCR lost it: `gov` / `ernment` must close up);
every hyphenated compound split at its hyphen (it must stay: `well-` / `known`); every two words
side by side, the second in lower case or both in capitals (they must stay apart: `the` /
`house`, `SHIPPING` / `NEWS`). Each break and compound is also tried with its hyphen as the
tuning part's OCR reads it (`ques.`, `depart -`, `ac«`, `gov—`, specks beside it), each pair with
a speck after its first word, and each mark printed between two words inside a line (`house,
and`) must stay; each figure is broken down by the words' case and how well wordfreq knows them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import en_compose  # noqa: E402
import en_compounds  # noqa: E402
import en_eval  # noqa: E402

from papercut import hyphens  # noqa: E402


def half(article_id: str, salt: str) -> int:
    return hashlib.sha1(f"{salt}:{article_id}".encode()).digest()[0] % 2


#: the words of a transcribed line, hyphenated compounds whole
LINE_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: what the word check counts, in the order it prints them
WORD_KINDS = ("broken at a syllable", "lost hyphen", "compound", "words apart", "a mark between words")
#: how the tuning part's OCR reads a printed line-end hyphen besides `-` and nothing (19 of its
#: 643 as `.`, ` -`, `:`, `;` or `,`; 15 as `«`, `»` or `*`; specks beside it), and the issue's
#: `~` and `—`: each the line's end and the next line's start
OCR_HYPHENS = {
    "`.`": (".", ""),
    "` -`": (" -", ""),
    "`,` `:` `;`": (":", ""),
    "`«` `»` `*`": ("«", ""),
    "`—`": ("—", ""),
    "`~`": ("~", ""),
    "a speck after it": ("- '", ""),
    "a speck before the rest": ("-", "."),
}
#: a mark between two words inside a transcribed line (`house, and`), which must stay
MARK_BETWEEN = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})( - |[.,:;] |— ?)([a-z][A-Za-z]*)")


def word_kinds(word: str) -> tuple[str, ...]:
    """What a word of the check is, for the breakdown: its case, and how well wordfreq knows it."""
    zipf = hyphens.word_frequency()(word.lower())
    case = "in capitals" if word.isupper() else "capitalised" if word[:1].isupper() else "lower case"
    known = "known" if zipf >= hyphens.KNOWN else "rare" if zipf >= hyphens.NAME_KNOWN else "unknown"
    return case, f"{known} to wordfreq"


def word_check(articles: list[dict], counts: Counter[tuple[str, bool]], misses: Counter[str]) -> None:
    """Line ends made from the articles' transcribed lines, joined by hyphens.Vocabulary over an
    empty page: counts (kind, right) and (kind, what the words are, right), and the wrong ones by
    what they were made from. Each syllable break and compound also with the hyphen as OCR reads
    it (OCR_HYPHENS), each pair of words with a speck after the first."""
    import pyphen  # the corpus extra: only this check needs it

    syllables = pyphen.Pyphen(lang="en_GB")
    words = hyphens.Vocabulary([])

    def check(kind: str, left: str, right: str, joined: str, about: tuple[str, ...]) -> None:
        as_joined = words.join(left, right) == joined
        for part in ("", *about):
            counts[f"{kind}{part and ', '}{part}", as_joined] += 1
        if not as_joined:
            misses[f"{kind}: {left} / {right}"] += 1

    def printed_hyphen(kind: str, first: str, second: str, joined: str, about: tuple[str, ...]) -> None:
        check(kind, f"{first}-", second, joined, about)
        for read, (end, start) in OCR_HYPHENS.items():
            check(f"{kind}, the hyphen read {read}", first + end, start + second, joined, ())

    for article in articles:
        broken_above = False
        for _, human, _ in article["lines"]:
            # only words wholly inside the line: the rest of one broken at the line end above
            # (`sengers` of `pas-` / `sengers`) and the one broken at its own end are left out
            inner = human[: human.rfind(" ") + 1] if human.endswith("-") else human
            found = LINE_WORD.findall(inner)[1 if broken_above else 0 :]
            broken_above = human.endswith("-")
            for word in found:
                first, _, second = word.partition("-")
                if second:
                    if "-" not in second and min(len(first), len(second)) > 1:
                        closed = word_kinds(first + second)[1].replace("to wordfreq", "closed up")
                        printed_hyphen("compound", first, second, word, (*word_kinds(word)[:1], closed))
                    continue
                if len(word) < 5:
                    continue
                for cut in syllables.positions(word):
                    first, second = word[:cut], word[cut:]
                    if min(len(first), len(second)) > 1:
                        printed_hyphen("broken at a syllable", first, second, word, word_kinds(word))
                        check("lost hyphen", first, second, word, word_kinds(word))
            for first, second in zip(found, found[1:], strict=False):
                if "-" not in first + second and (second[0].islower() or (first + second).isupper()):
                    case, known = word_kinds(first + second)
                    closed = known.replace("to wordfreq", "closed up")
                    check("words apart", first, second, f"{first} {second}", (case, closed))
                    speck = "words apart, a speck after the first"
                    check(speck, f"{first}.", second, f"{first}. {second}", ())
            for between in MARK_BETWEEN.finditer(inner):
                first, mark, second = between.groups()
                about = (f"`{mark.strip()}`",)
                check("a mark between words", first + mark.rstrip(), second, between.group(), about)


def use_facts(facts: en_compounds.Facts) -> None:
    """papercut reads the facts counted on one half, not the shipped ones."""
    hyphens.COMPOUNDS = frozenset(facts.compounds)
    hyphens.FIRST_PARTS = frozenset(facts.first_parts)
    hyphens.NAME_PARTS = frozenset(facts.name_parts)
    pairs = {(a, b): (apart, closed) for a, b, apart, closed in facts.pairs}
    hyphens.press_pairs = lambda: pairs  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "en"))
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--salts", default="a", help="ways to halve the tune part, comma-separated")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--words", action="store_true", help="and the line ends made from words")
    args = parser.parse_args()
    articles = [
        json.loads(line)
        for line in (Path(args.corpus) / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    spelling = en_compose.Spelling(articles)  # the gold's spelling, as en_compose gives it
    tune = [a for a in articles if a["part"] == "tune"]
    right = total = seams_right = seams = 0
    breaks: Counter[str] = Counter()  # paragraph breaks over every fold: tp, fp, fn
    word_counts: Counter[tuple[str, bool]] = Counter()
    word_misses: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for salt in args.salts.split(","):
            for fold in (0, 1):
                counted = [a for a in tune if half(a["id"], salt) != fold]
                measured = [dict(a, part="cv") for a in tune if half(a["id"], salt) == fold]
                use_facts(en_compounds.count(counted))
                if args.words:
                    word_check(measured, word_counts, word_misses)
                for seed in args.seeds.split(","):
                    out = Path(tmp) / f"{salt}{fold}s{seed}"
                    en_compose.compose("cv", measured, spelling, out, int(seed))
                    result = en_eval.evaluate(out, args.misses)
                    j, m, b = result["joins"], result["seams"], result["breaks"]
                    right, total = right + j["right"], total + j["all"]
                    seams_right, seams = seams_right + m["right"], seams + m["all"]
                    breaks.update({key: b[key] for key in ("tp", "fp", "fn")})
                    print(
                        f"salt {salt} fold {fold} seed {seed}: "
                        f"joins {j['right']}/{j['all']} = {j['acc']:.3f}, seams {m['right']}/{m['all']}, "
                        f"paragraph breaks F1 {b['f1']:.3f}"
                    )
                    for line in result["join_misses"]:
                        print("   ", line)
    b = en_eval.prf(breaks["tp"], breaks["fp"], breaks["fn"])
    print(
        f"cross-validated joins {right}/{total} = {right / max(1, total):.3f}, "
        f"seams {seams_right}/{seams} = {seams_right / max(1, seams):.3f}, "
        f"paragraph breaks P {b['p']:.3f} R {b['r']:.3f} F1 {b['f1']:.3f}"
    )
    if args.words:
        kinds = {kind for kind, _ in word_counts}
        for kind in sorted(kinds, key=lambda k: (WORD_KINDS.index(k.split(",")[0]), k)):
            kind_right, kind_all = word_counts[kind, True], word_counts[kind, True] + word_counts[kind, False]
            print(f"words, {kind}: {kind_right}/{kind_all} = {kind_right / max(1, kind_all):.4f}")
        for miss, n in word_misses.most_common(args.misses):
            print(f"    {n:3d} {miss}")


if __name__ == "__main__":
    main()
