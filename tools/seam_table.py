"""Write src/papercut/seams.txt: how often each character opens a paragraph, and ends one printed
without a stop, against how often it stands anywhere in the text, from a month's articles.

    python tools/seam_table.py corpus/pd/2020-01.jsonl corpus/pd/2020-02.jsonl

Only the tuning months: the held-back month (2019-02) is never read. Each character seen at
least MIN_SEEN times gets the natural log of that ratio, rounded and held to -2..2; characters
whose weight rounds to 0 are left out (an unknown character weighs 0). A character's traditional
forms (OpenCC s2t, s2hk, s2tw) weigh as it does, so a traditional page is read alike.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

from papercut.convert import converter

MIN_SEEN = 300
LIMIT = 2
CLOSED = re.compile(r"[。！？!?；;：:….）)」』】”’\"']$")
OUT = Path(__file__).resolve().parent.parent / "src" / "papercut" / "seams.txt"


def weights(first: Counter[str], anywhere: Counter[str], firsts: int, total: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for char, seen in sorted(anywhere.items()):
        if seen < MIN_SEEN or not char.strip():
            continue
        ratio = ((first[char] + 0.5) / firsts) / ((seen + 1) / total)
        weight = max(-LIMIT, min(LIMIT, round(math.log(ratio))))
        if weight:
            found[char] = weight
    for char, weight in list(found.items()):
        for config in ("s2t", "s2hk", "s2tw"):
            form = converter(config)(char)
            if len(form) == 1 and form not in found and form not in anywhere:
                found[form] = weight
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("months", type=Path, nargs="+")
    args = parser.parse_args()
    opens, ends, anywhere = Counter[str](), Counter[str](), Counter[str]()
    paragraphs = open_ends = 0
    for month in args.months:
        assert "2019-02" not in month.name, "the held-back month is never read"
        for line in month.read_text("utf-8").splitlines():
            for text in json.loads(line)["paragraphs"]:
                text = unicodedata.normalize("NFKC", text).strip()
                if not text:
                    continue
                paragraphs += 1
                opens[text[0]] += 1
                anywhere.update(text)
                if not CLOSED.search(text):
                    open_ends += 1
                    ends[text[-1]] += 1
    total = sum(anywhere.values())
    months = ", ".join(m.stem for m in args.months)
    rows = [
        f"# How characters stand at a paragraph's edges in People's Daily ({months}: {paragraphs:,}",
        f"# paragraphs, {open_ends:,} of them printed without a closing stop, {total:,} characters).",
        "# Written by tools/seam_table.py; do not edit. opens: the log of how much more (or less) often",
        "# a character opens a paragraph than it stands in the text, rounded, -2..2; ends: the same for",
        "# the last character of a line printed whole without a stop (an intertitle, a summary line).",
        "# A row: table, weight, the characters of that weight.",
    ]
    for name, table in (
        ("opens", weights(opens, anywhere, paragraphs, total)),
        ("ends", weights(ends, anywhere, open_ends, total)),
    ):
        for weight in sorted(set(table.values()), reverse=True):
            chars = "".join(sorted(c for c, w in table.items() if w == weight))
            rows.append(f"{name}\t{weight}\t{chars}")
    OUT.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
