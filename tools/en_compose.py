#!/usr/bin/env python3
"""Compose English test pages from the Overproof corpus (tools/en_corpus.py), with gold.

Each page runs a few articles together one OCR line a line, as Chronicling America's ocr.txt
gives a page: the OCR lines exactly as the engine wrote them (their widths are the column's),
no indents. The gold comes from the human transcription of the same lines:

* where each article starts, and its heading: the capitals lines that open it and the title-case
  decks under them (`AMAZING VOYAGE.` / `Schooner Adrift in` / `Hurricane.`), a deck ending
  where a line ends with a full stop or the case changes;
* the byline (`By TOM GOODMAN`) and a dateline line (`MELBOURNE, Wednesday.`);
* paragraphs: a line ending a sentence short of the column ends one; capitals lines inside an
  article (crossheads, signatures) are paragraphs of their own;
* how each line end inside a paragraph joins: `drop` (`Thorns-` / `hope`), `keep`
  (`north-` / `east` -> `north-east`) or `space`. The human lines keep the printed hyphen, so
  whether it stays is read from Overproof's own correction where it rejoined the word, else from
  how the whole corpus's human text spells the word inside lines, else the hyphen is dropped
  (a syllable break, the commonest case).

Layout habits vary by page: blank lines between articles or none, and now and then an item
printed with no heading (its gold heading is null). Lines the transcriber left empty (rules,
specks) stay on the page and in no field.

    python3 tools/en_compose.py            # corpus/en/{tune,held}/pageNN.{txt,gold.json,meta.json}
    python3 tools/en_compose.py --part tune --seed 1 --out /tmp/en-s1   # the tune part regrouped
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]")
TAIL = re.compile(r"([A-Za-z]+)-$")
HEAD = re.compile(r"^([A-Za-z]+)")
LOWER = re.compile(r"[a-z]")
UPPER = re.compile(r"[A-Z]")
#: small words a title-case heading leaves in lower case: `Schooner Adrift in`
SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+,\s*(?:[A-Z][a-z]+\.?)(?:\s+\d{1,2}\.?)?(?:,?\s*[\d:.]+\s*[ap]\.m\.)?\.?$"
)
DATELINE_START = re.compile(r"^[A-Z][A-Z .'-]+,\s*[A-Z][a-z]+")
BYLINE = re.compile(r"^By [A-Z]")
#: a heading line is short; the longest in the corpus run to about this
HEADING_MAX = 60
#: a title-case deck is shorter: a longer title-case line opens the text
#: (`Yesterday the Commissioners of the Land Appeal`)
TITLE_MAX = 40


def capitals(text: str) -> bool:
    upper, lower = len(UPPER.findall(text)), len(LOWER.findall(text))
    return upper >= 2 and upper >= 3 * lower


def title_case(text: str) -> bool:
    words = [w for w in (w.strip("\"'‘“(.,:;-—") for w in text.split()) if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w.lower() in SMALL for w in words) and words[0][0].isupper()


def letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


class Spelling:
    """How the corpus's human text spells words inside a line (not at a line end)."""

    def __init__(self, articles: list[dict]) -> None:
        self.words: Counter[str] = Counter()
        self.after_hyphen: Counter[str] = Counter()
        for article in articles:
            for _, human, _ in article["lines"]:
                inner = human[:-1] if human.endswith("-") else human
                for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", inner):
                    self.words[word.lower()] += 1
                    parts = word.lower().split("-")
                    self.after_hyphen.update(parts[1:])

    def join(self, human: str, next_human: str, overproof: str) -> str | None:
        """`drop`, `keep` or `space` for a line end of the human text; None when it is neither a
        hyphen nor a plain word end (a dash, a number range)."""
        tail, head = TAIL.search(human), HEAD.match(next_human)
        if tail and head:
            left, right = tail.group(1), head.group(1)
            if re.search(rf"\b{re.escape(left + right)}\b", overproof):
                return "drop"
            if re.search(rf"\b{re.escape(left)}-{re.escape(right)}\b", overproof):
                return "keep"
            joined, compound = self.words[(left + right).lower()], self.words[f"{left}-{right}".lower()]
            if compound > joined:
                return "keep"
            if not joined and left[:1].isupper() and self.after_hyphen[right.lower()] >= 3:
                return "keep"  # `Kent-` / `street`: Sydney's street names are printed hyphenated
            return "drop"
        if human.endswith(("-", "—", "–")):
            return None
        return "space"


def heading_size(humans: list[str]) -> int:
    """How many of the article's first lines are its heading."""
    size = 0
    for text, after in zip(humans, humans[1:] + [""], strict=False):
        if size == 0:
            if not (capitals(text) or title_case(text) or len(text) <= TITLE_MAX):
                return 0  # `The Caledonians journeyed down to Helensburgh on`: an item with no title
            size = 1
            continue
        if (
            len(text) > HEADING_MAX
            or DATELINE.match(text)
            or BYLINE.match(text)
            or text.startswith(("(", "["))
        ):
            break
        if not capitals(text) and (
            not title_case(text)
            or len(text) > TITLE_MAX
            or "," in text
            or after[:1].islower()
            or DATELINE_START.match(text)
        ):
            break  # `Before the Water Police Magistrate with Messrs. Brown,` opens the text
        size += 1
    return size


def decks(lines: list[str]) -> list[str]:
    """Heading lines -> decks: a deck ends at a full stop or where the case changes."""
    out: list[list[str]] = []
    for line in lines:
        if out and not out[-1][-1].endswith(".") and capitals(out[-1][-1]) == capitals(line):
            out[-1].append(line)
        else:
            out.append([line])
    return [joined(deck) for deck in out]


def joined(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not text:
            text = line
        elif TAIL.search(text) and HEAD.match(line):
            text = text[:-1] + line
        else:
            text += " " + line
    return text


def compose_article(article: dict, spelling: Spelling, headless: bool) -> tuple[list[str], dict, dict]:
    """The article's printed lines, its gold, and the facts the evaluation needs: heading size
    and the join at each line end (indexes into the printed lines)."""
    lines = [(ocr, human, proof) for ocr, human, proof in article["lines"] if ocr.strip()]
    kept = [i for i, (_, human, _) in enumerate(lines) if letters(human)]
    humans = [lines[i][1] for i in kept]
    size = heading_size(humans)
    if headless and len(kept) - size >= 3:
        lines = lines[kept[size] :]  # printed without its heading, and without what stood above
        kept = [i - kept[size] for i in kept[size:]]
        humans = humans[size:]
        size = 0
    gold: dict = {
        "kicker": None,
        "headline": None,
        "subheadline": None,
        "byline": None,
        "dateline": None,
        "paragraphs": [],
        "captions": [],
    }
    if size:
        heads = decks(humans[:size])
        gold["headline"] = heads[0]
        gold["subheadline"] = "\n".join(heads[1:]) or None
    body = kept[size:]
    widths = sorted(len(lines[i][1]) for i in body) or [0]
    width = widths[int(0.8 * (len(widths) - 1))]
    paragraph: list[int] = []
    paragraphs: list[list[int]] = []
    for position, index in enumerate(body):
        human = lines[index][1]
        if position == 0 and BYLINE.match(human) and gold["byline"] is None:
            gold["byline"] = human
            continue
        if not paragraphs and not paragraph and DATELINE.match(human):
            gold["dateline"] = human.rstrip(" .-—")
            continue
        alone = capitals(human) and len(human) < 0.8 * width
        if alone and paragraph:
            paragraphs.append(paragraph)
            paragraph = []
        paragraph.append(index)
        ends = human.rstrip("\"'”’)")[-1:] in ".!?:" and len(human) < 0.8 * width
        if alone or ends:
            paragraphs.append(paragraph)
            paragraph = []
    if paragraph:
        paragraphs.append(paragraph)
    joins: list[list] = []
    edges: dict[str, list[str]] = {}
    for indexes in paragraphs:
        texts = [lines[i][1] for i in indexes]
        gold["paragraphs"].append(joined_by(texts, indexes, lines, spelling, joins, edges))
    heading_lines = kept[size] if size < len(kept) else len(lines)  # the first line of the text
    meta = {
        "id": article["id"],
        "heading_lines": heading_lines,
        "joins": joins,
        "edges": edges,
        "paragraphs": paragraphs,
        "headless": headless,
    }
    return [ocr for ocr, _, _ in lines], gold, meta


def edge_words(left: str, right: str) -> list[str]:
    """The transcriber's last word of a line and first word of the next, in lower case."""
    tail = re.search(r"([A-Za-z]+)-?$", left)
    head = HEAD.match(right)
    return [tail.group(1).lower() if tail else "", head.group(1).lower() if head else ""]


def joined_by(
    texts: list[str], indexes: list[int], lines: list, spelling: Spelling, joins: list, edges: dict
) -> str:
    text = texts[0]
    pairs = zip(zip(texts, texts[1:], strict=False), zip(indexes, indexes[1:], strict=False), strict=True)
    for (left, right), (i, j) in pairs:
        kind = spelling.join(left, right, lines[i][2] + " " + lines[j][2])
        if kind is not None:
            joins.append([i, j, kind])
            edges[f"{i}"] = edge_words(left, right)
        if kind == "drop":
            text = text[:-1] + right
        elif kind == "keep" or kind is None:
            text += right
        else:
            text += " " + right
    return text


def compose(part: str, articles: list[dict], spelling: Spelling, out: Path, seed: int) -> int:
    rng = random.Random(f"{seed}:{part}")
    pool = [a for a in articles if a["part"] == part]
    rng.shuffle(pool)
    out.mkdir(parents=True, exist_ok=True)
    number = 0
    while pool:
        take = min(len(pool), rng.randint(3, 6))
        chosen, pool = pool[:take], pool[take:]
        blank = rng.random() < 0.25  # some OCR output leaves a blank line between articles
        page_lines: list[str] = []
        gold_articles: list[dict] = []
        metas: list[dict] = []
        for position, article in enumerate(chosen):
            headless = position > 0 and rng.random() < 0.1
            printed, gold, meta = compose_article(article, spelling, headless)
            if blank and page_lines:
                page_lines.append("")
            offset = len(page_lines)
            meta["first_line"] = offset
            meta["heading_lines"] += offset
            meta["joins"] = [[i + offset, j + offset, kind] for i, j, kind in meta["joins"]]
            meta["paragraphs"] = [[i + offset for i in indexes] for indexes in meta["paragraphs"]]
            meta["edges"] = {f"{int(i) + offset}": words for i, words in meta["edges"].items()}
            page_lines += printed
            gold_articles.append(gold)
            metas.append(meta)
        number += 1
        name = out / f"{part}{number:02d}"
        name.with_suffix(".txt").write_text("\n".join(page_lines) + "\n", encoding="utf-8")
        gold_page = {"articles": gold_articles, "other": []}
        name.with_suffix(".gold.json").write_text(
            json.dumps(gold_page, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        name.with_suffix(".meta.json").write_text(json.dumps({"articles": metas}, indent=1), encoding="utf-8")
    return number


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "en"))
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument(
        "--part", choices=("tune", "held", "both"), default="both", help="compose only this part"
    )
    parser.add_argument(
        "--out",
        help="write the pages here (OUT/PART/) instead of into the corpus: the tune part composed "
        "again with another --seed groups its articles anew, more pages to tune on",
    )
    args = parser.parse_args()
    corpus = Path(args.corpus)
    out = Path(args.out) if args.out else corpus
    articles = [
        json.loads(line) for line in (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    spelling = Spelling(articles)
    for part in ("tune", "held") if args.part == "both" else (args.part,):
        pages = compose(part, articles, spelling, out / part, args.seed)
        print(f"{part}: {pages} pages -> {out / part}")


if __name__ == "__main__":
    main()
