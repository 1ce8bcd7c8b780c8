"""Train the seam model (`repair.seam_verdict`) on composed pages and write its weights to
src/papercut/data/seam-model.tsv.

    python tools/seam_model.py corpus/pages/A/2020-01 corpus/pages/A/2020-02

Where a line printed without a closing stop meets the text below a break, and the exact rules
say nothing, is the text below the rest of the line's paragraph, or is the line whole (an
intertitle, a summary line)? Each such seam papercut meets on the pages is answered from the
gold (the last characters above and the first below, one paragraph or two), and papercut is
given that answer, so the seams after it are the ones a right reading meets. A logistic model
over `repair.seam_cues` is fitted by plain gradient descent (deterministic, no dependencies),
first on each month alone and read on the other, to report how it generalises, then on all.

Only the tuning months: the held-back month (2019-02) is never read. Only weights are written.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import logistic  # tools/logistic.py, beside this script

import papercut
from papercut import repair

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "papercut" / "data" / "seam-model.tsv"
_spec = importlib.util.spec_from_file_location("score", HERE.parent / "tests" / "eval" / "score.py")
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

#: characters each side of a seam looked up in the gold: enough to place it, short enough to
#: stay inside one paragraph
EDGE = 6
EPOCHS = 400
RATE = 0.5
#: L2 penalty: keeps the weights of rare cues small
PENALTY = 1e-3

Row = logistic.Sample


def seams(folder: Path) -> list[Row]:
    """Every seam the model decides on the folder's pages, with the gold answer."""
    rows: list[Row] = []
    gold_text = ""

    def answered(line: str, after: str, head: bool, page: str = "") -> tuple[bool, str]:
        above, below = score.content(line)[-EDGE:], score.content(after)[:EDGE]
        joined = bool(above and below) and above + below in gold_text
        apart = bool(above and below) and (
            above + "|" + below in gold_text or (above in gold_text and below in gold_text and not joined)
        )
        if joined or apart:
            rows.append((repair.seam_cues(line, after, head, page), joined))
        return joined, "gold"

    original = repair.seam_verdict
    repair.seam_verdict = answered
    try:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text("utf-8"))
            gold_text = "|".join(
                score.content(p) for a in gold["articles"] for p in a.get("paragraphs") or []
            )
            papercut.split(
                gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt").read_text("utf-8")
            )
    finally:
        repair.seam_verdict = original
    return rows


def train(rows: list[Row]) -> list[float]:
    return logistic.fit(rows, len(repair.SEAM_CUES), EPOCHS, RATE, PENALTY)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", type=Path, nargs="+")
    args = parser.parse_args()
    months = {}
    for folder in args.folders:
        assert "2019-02" not in str(folder), "the held-back month is never read"
        months[folder.name] = seams(folder)
    report = [
        f"# read on {name} (trained on the rest): {len(months[name]):,} seams, {glued} glued, {cut} cut"
        for name, (glued, cut) in logistic.read_across(months, train).items()
    ]
    every = [row for rows in months.values() for row in rows]
    weights = train(every)
    glued, cut = logistic.errors(weights, every)
    header = [
        "# The seam model of repair.seam_verdict: a logistic model, one weight a cue (repair.SEAM_CUES);",
        "# a seam joins where the weighted sum of its cues is above 0.",
        f"# Written by tools/seam_model.py from {', '.join(months)}; do not edit.",
        *report,
        f"# trained on all: {len(every):,} seams, {glued} glued, {cut} cut",
    ]
    body = [f"{name}\t{weight:.4f}" for name, weight in zip(repair.SEAM_CUES, weights, strict=True)]
    OUT.write_text("\n".join(header + body) + "\n", "utf-8")
    print("\n".join(header))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
