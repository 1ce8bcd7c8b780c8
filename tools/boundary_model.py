"""Train the boundary model (`boundary.boundary_verdict`) on composed pages and write its
weights to src/papercut/boundary_model.py.

    python tools/boundary_model.py corpus/pages/A/2020-01 corpus/pages/A/2020-02

Inside an open article, a run of short lines with text under it is either the next article's
heading (kicker, headline, deck) or the article's own intertitle. Each such run papercut meets on
the pages, where no exact rule settles it, is answered from the gold (a line of it is a gold
heading's and no paragraph's: a heading; every line is a paragraph's and no heading's: an
intertitle; else left out), and papercut is given that answer, so the runs after it are the
ones a right reading meets. A logistic model over `boundary.boundary_cues` is fitted by plain
gradient descent (deterministic, no dependencies), first on each month alone and read on the
other, to report how it generalises, then on all.

Only the tuning months: the held-back month (2019-02) is never read. Only weights are written.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
from collections.abc import Sequence
from pathlib import Path

import logistic  # tools/logistic.py, beside this script

import papercut
from papercut import boundary, classify
from papercut.model import Block, Kind

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "papercut" / "boundary_model.py"
_spec = importlib.util.spec_from_file_location("score", HERE.parent / "tests" / "eval" / "score.py")
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

EPOCHS = 1500
RATE = 1.0
#: L2 penalty: keeps the weights of rare cues small
PENALTY = 1e-3

#: the weighted sum over which the model says "a heading" (boundary.BOUNDARY_P)
LOGIT = math.log(boundary.BOUNDARY_P / (1 - boundary.BOUNDARY_P))

Row = logistic.Sample


def runs(folder: Path) -> list[Row]:
    """Every run the model decides on the folder's pages, with the gold answer."""
    rows: list[Row] = []
    heads: list[str] = []
    paragraphs = ""
    pending: list[tuple[str, ...]] = []

    def label(lines: tuple[str, ...]) -> bool | None:
        found = [line for line in (score.content(text) for text in lines) if len(line) >= 2]
        heading = [any(line in h for h in heads) and line not in paragraphs for line in found]
        if any(heading):
            return True
        if found and all(line in paragraphs for line in found):
            return False
        return None

    def cues_of(
        blocks: Sequence[Block],
        kinds: list[Kind],
        opened: int,
        start: int,
        end: int,
        *rest: object,
        threshold: float = boundary.BOUNDARY_P,
    ) -> tuple[float, ...]:
        # every cue is read, whatever the threshold the verdict is read at
        pending.append(tuple(b.text for b in blocks[start:end]))
        return original_cues(blocks, kinds, opened, start, end, *rest, settle=False)  # type: ignore[arg-type]

    def verdict(values: tuple[float, ...], threshold: float = boundary.BOUNDARY_P) -> tuple[bool, str]:
        lines = pending.pop()
        answer = label(lines)
        if answer is not None:
            rows.append((values, answer))
        return bool(answer), "gold"

    # replaced where the rule chain calls them: classify holds its own names for them
    original_cues, original_verdict = classify.boundary_cues, classify.boundary_verdict
    classify.boundary_cues, classify.boundary_verdict = cues_of, verdict  # type: ignore[assignment]
    try:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text("utf-8"))
            heads = [
                score.content(a.get(field))
                for a in gold["articles"]
                for field in ("kicker", "headline", "subheadline")
                if a.get(field)
            ]
            paragraphs = "|".join(
                score.content(p) for a in gold["articles"] for p in a.get("paragraphs") or []
            )
            papercut.split(
                gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt").read_text("utf-8")
            )
    finally:
        classify.boundary_cues, classify.boundary_verdict = original_cues, original_verdict
    return rows


def train(rows: list[Row]) -> list[float]:
    return logistic.fit(rows, len(boundary.BOUNDARY_CUES), EPOCHS, RATE, PENALTY)


def chain_errors(rows: list[Row]) -> tuple[int, int]:
    """The same for the rule chain the model replaced: a heading's cue or the topic test."""
    heading_cue = boundary.BOUNDARY_CUES.index("heading_cue")
    shift = boundary.BOUNDARY_CUES.index("topic_shift")
    extra = missed = 0
    for cues, heading in rows:
        says = bool(cues[heading_cue] or cues[shift])
        extra += says and not heading
        missed += heading and not says
    return extra, missed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--dry-run", action="store_true", help="report the figures, write nothing")
    args = parser.parse_args()
    months = {}
    for folder in args.folders:
        assert "2019-02" not in str(folder), "the held-back month is never read"
        months[folder.name] = runs(folder)
    report = []
    for name, (extra, missed) in logistic.read_across(months, train, LOGIT).items():
        rows = months[name]
        chain = chain_errors(rows)
        report += [
            f"read on {name}, trained on the rest: {len(rows):,} runs, {sum(h for _c, h in rows)} of them"
            " headings;",
            f"    {extra} intertitles read as headings, {missed} headings missed"
            f" (the rule chain it replaced: {chain[0]}, {chain[1]})",
        ]
    every = [row for rows in months.values() for row in rows]
    weights = train(every)
    extra, missed = logistic.errors(weights, every, LOGIT)
    header = [
        '"""The boundary model of boundary.boundary_verdict: a logistic model, one weight a cue',
        "(boundary.BOUNDARY_CUES, in that order); a run starts the next article where the probability",
        "it gives is above boundary.BOUNDARY_P.",
        "",
        f"Written by tools/boundary_model.py from {', '.join(months)}; do not edit.",
        *report,
        f"trained on all: {len(every):,} runs, {extra} extra headings, {missed} missed",
        '"""',
    ]
    body = ["", "WEIGHTS = ("]
    body += [
        f"    {weight:.4f},  # {name}" for name, weight in zip(boundary.BOUNDARY_CUES, weights, strict=True)
    ]
    body.append(")")
    print("\n".join(header + body))
    if not args.dry_run:
        OUT.write_text("\n".join(header + body) + "\n", "utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
