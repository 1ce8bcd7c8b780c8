#!/usr/bin/env python3
"""Score papercut's JSON output against hand-checked gold pages.

A gold page is NAME.txt (the raw OCR page) beside NAME.gold.json:
    {"articles": [{"kicker", "headline", "subheadline", "byline", "dateline",
                   "paragraphs": [str], "captions": [{"text", "credit"}]}],
     "other": [{"kind", "text"}]}

Predictions come from running a command on each page (--cmd, '{}' is the page's
path, stdout must be the page's JSON) or from PRED_DIR/NAME.json (--pred).
A prediction must hold "articles" in the same shape; extra keys are ignored,
paragraphs and captions may be strings or objects with a "text" key, and a
byline may be a string or a list of strings.

Figures (all in 0..1, higher is better, micro-averaged over pages):
  seg_p, seg_r, seg_f1  character-bigram overlap of all the text each article
                        holds (headings, byline, dateline, paragraphs, captions):
                        split and merged articles, and page furniture or ads
                        taken into an article, all cost here
  found                 gold articles matched by a predicted article (>= 50%)
  heading               kicker + headline + subheadline exactly right
  byline, dateline      exactly right (both empty counts as right)
  para_f1               paragraphs exactly right, ignoring punctuation and
                        spaces: line-wrap repair and caption lifting
  punct_f1              paragraphs exactly right including punctuation
  caption_f1            captions lifted out, text exactly right (no punctuation)

Only the standard library is used, so it runs anywhere the project runs.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

FIELDS = (
    "seg_p",
    "seg_r",
    "seg_f1",
    "found",
    "heading",
    "byline",
    "dateline",
    "para_f1",
    "punct_f1",
    "caption_f1",
)


def content(s: str | None) -> str:
    """Letters, digits and ideographs only: what survives any punctuation choice."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def squash(s: str | None) -> str:
    """The text with punctuation kept as written and white space removed."""
    return "".join(unicodedata.normalize("NFC", s or "").split())


def text_of(item) -> str:
    if isinstance(item, dict):
        return str(item.get("text") or "")
    return str(item or "")


def joined(value) -> str:
    if isinstance(value, list):
        return " ".join(text_of(v) for v in value)
    return text_of(value)


class Article:
    def __init__(self, raw: dict):
        self.heading = "".join(joined(raw.get(k)) for k in ("kicker", "headline", "subheadline"))
        self.byline = joined(raw.get("byline"))
        self.dateline = joined(raw.get("dateline"))
        paras = [text_of(p) for p in raw.get("paragraphs") or []]
        lead = content(self.dateline)
        if paras and lead and content(paras[0]).startswith(lead):
            # a dateline left at the head of the first paragraph is not a repair error
            first = paras[0]
            cut = first.find(self.dateline) if self.dateline in first else -1
            paras[0] = first[cut + len(self.dateline) :] if cut >= 0 else first
        self.paragraphs = [p for p in paras if content(p)]
        self.captions = [text_of(c) for c in raw.get("captions") or [] if content(text_of(c))]
        # everything the article holds counts for segmentation: a heading, byline or caption
        # given to the wrong article costs as much as a paragraph would
        pieces = [self.heading, self.byline, self.dateline, *self.paragraphs, *self.captions]
        self.bigrams = Counter()
        for piece in pieces:
            text = content(piece)
            self.bigrams.update(text[i : i + 2] for i in range(len(text) - 1))
        self.size = sum(self.bigrams.values())


def overlap(a: Article, b: Article) -> int:
    return sum(min(n, b.bigrams[g]) for g, n in a.bigrams.items())


def multiset_f1_counts(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


class Tally:
    def __init__(self):
        self.c = Counter()

    def add(self, key: str, hit: float, total: float = 1):
        self.c[key + ".hit"] += hit
        self.c[key + ".total"] += total

    def prf(self, key: str, tp: int, fp: int, fn: int):
        self.c[key + ".tp"] += tp
        self.c[key + ".fp"] += fp
        self.c[key + ".fn"] += fn

    def ratio(self, key: str) -> float:
        total = self.c[key + ".total"]
        return self.c[key + ".hit"] / total if total else 1.0

    def f1(self, key: str) -> float:
        tp, fp, fn = (self.c[key + s] for s in (".tp", ".fp", ".fn"))
        return 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 1.0

    def figures(self) -> dict[str, float]:
        p, r = self.ratio("seg_p"), self.ratio("seg_r")
        out = {"seg_p": p, "seg_r": r, "seg_f1": 2 * p * r / (p + r) if p + r else 0.0}
        for k in ("found", "heading", "byline", "dateline"):
            out[k] = self.ratio(k)
        for k in ("para_f1", "punct_f1", "caption_f1"):
            out[k] = self.f1(k)
        return {k: round(out[k], 4) for k in FIELDS}


def score_page(gold: dict, pred: dict, tally: Tally) -> None:
    golds = [Article(a) for a in gold.get("articles") or []]
    preds = [Article(a) for a in pred.get("articles") or [] if isinstance(a, dict)]
    table = [[overlap(g, p) for p in preds] for g in golds]
    tally.add("seg_r", sum(max(row, default=0) for row in table), sum(g.size for g in golds))
    tally.add(
        "seg_p",
        sum(max((table[i][j] for i in range(len(golds))), default=0) for j in range(len(preds))),
        sum(p.size for p in preds),
    )
    pairs, used = [], set()
    order = sorted(
        ((table[i][j] / max(golds[i].size, 1), i, j) for i in range(len(golds)) for j in range(len(preds))),
        reverse=True,
    )
    matched = set()
    for share, i, j in order:
        if share < 0.5 or i in matched or j in used:
            continue
        matched.add(i)
        used.add(j)
        pairs.append((golds[i], preds[j]))
    tally.add("found", len(pairs), len(golds))
    for g, p in pairs:
        tally.add("heading", squash(g.heading) == squash(p.heading))
        tally.add("byline", squash(g.byline) == squash(p.byline))
        tally.add("dateline", squash(g.dateline) == squash(p.dateline))
        tally.prf(
            "para_f1",
            *multiset_f1_counts([content(x) for x in g.paragraphs], [content(x) for x in p.paragraphs]),
        )
        tally.prf(
            "punct_f1",
            *multiset_f1_counts([squash(x) for x in g.paragraphs], [squash(x) for x in p.paragraphs]),
        )
        tally.prf(
            "caption_f1",
            *multiset_f1_counts([content(x) for x in g.captions], [content(x) for x in p.captions]),
        )
    for i, g in enumerate(golds):  # unmatched gold articles lose all their parts
        if i not in matched:
            for key in ("heading", "byline", "dateline"):
                tally.add(key, 0)
            tally.prf("para_f1", 0, 0, len(g.paragraphs))
            tally.prf("punct_f1", 0, 0, len(g.paragraphs))
            tally.prf("caption_f1", 0, 0, len(g.captions))
    for j, p in enumerate(preds):
        if j not in used:
            tally.prf("para_f1", 0, len(p.paragraphs), 0)
            tally.prf("punct_f1", 0, len(p.paragraphs), 0)
            tally.prf("caption_f1", 0, len(p.captions), 0)


def predict(page: Path, args) -> dict:
    if args.pred:
        return json.loads((Path(args.pred) / (page.name[:-4] + ".json")).read_text("utf-8"))
    cmd = [part.replace("{}", str(page)) for part in shlex.split(args.cmd)]
    done = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
    if done.returncode != 0:
        raise RuntimeError(f"exit {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
    return json.loads(done.stdout.decode("utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", help="folder of NAME.txt + NAME.gold.json pairs")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--cmd", help="command printing a page's JSON; {} is the page path")
    src.add_argument("--pred", help="folder of NAME.json predictions")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--quiet", action="store_true", help="no per-page lines")
    ap.add_argument(
        "--min",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="exit 1 when a figure is below VALUE (repeatable)",
    )
    args = ap.parse_args()

    total, failures = Tally(), 0
    pages = sorted(Path(args.gold_dir).glob("*.gold.json"))
    if not pages:
        print(f"no *.gold.json in {args.gold_dir}", file=sys.stderr)
        return 2
    for gold_path in pages:
        page = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        gold = json.loads(gold_path.read_text("utf-8"))
        one = Tally()
        try:
            pred = predict(page, args)
            if not isinstance(pred, dict):
                raise ValueError("the output is not a JSON object")
        except Exception as exc:  # a page that fails scores zero, and says why
            failures += 1
            pred = {"articles": []}
            print(f"{page.name}: FAILED: {exc}", file=sys.stderr)
        score_page(gold, pred, one)
        score_page(gold, pred, total)
        if not args.quiet and not args.json:
            figs = one.figures()
            print(page.name + "  " + "  ".join(f"{k}={figs[k]:.3f}" for k in FIELDS))
    figs = total.figures()
    figs["pages"], figs["failed"] = len(pages), failures
    if args.json:
        print(json.dumps(figs))
    else:
        print(
            f"ALL {len(pages)} pages ({failures} failed)  " + "  ".join(f"{k}={figs[k]:.3f}" for k in FIELDS)
        )
    short = []
    for rule in args.min:
        key, _, value = rule.partition("=")
        if figs.get(key, 0) < float(value):
            short.append(f"{key}={figs.get(key)} < {value}")
    if short:
        print("below the bar: " + ", ".join(short))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
