"""Build a gold page from an editor's marks on a real OCR page.

A NAME.marks file is the raw page NAME.txt, line for line, with the editor's decisions written
between the lines as `§` directives. Keeping the page's own lines means the gold text can only
differ from the OCR where the editor chose to (column bleed struck out of a line, say), and a
reviewer can read every decision next to the text it is about.

    §article [@NAME]      a new article starts; `@NAME` names it, and a later `§article @NAME`
                          goes on with it (a story the page continues after other stories)
    §kicker §headline     the lines that follow are that heading (joined with spaces)
    §deck                 a further deck: joined to `subheadline` with a newline
    §byline               a credit line
    §dateline TEXT        the next paragraph opens with TEXT, which is lifted out of it
    §p                    a new paragraph of the current article
    §caption [@NAME]      a photo caption: with the current article, or the next one, or
                          the article marked `§article @NAME` (a picture beside another story)
    §credit               the credit of the caption just before
    §furniture §teaser §ad   page matter outside every article
    §drop                 lines in no field at all (a jump line, a stray mark)

Lines of a paragraph are joined with a space. A line ending in a hyphen is joined without it
(`gov-` / `ernment`) unless the hyphen is followed by `‖`, which keeps it (`New-‖` / `York`);
a line ending in `⁀` is joined with no space (OCR dropped the hyphen: `Har⁀` / `bor`).

    python tests/gold/marks.py tests/gold/NAME.marks    # writes tests/gold/NAME.gold.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KEEP, GLUE = "‖", "⁀"
OTHER = {"§furniture": "furniture", "§teaser": "teaser", "§ad": "advertisement"}


def join_wrapped(lines: list[str]) -> str:
    text = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        # the last character goes either way: the glue mark, the keep mark, or a line-end hyphen
        glued = text.endswith((GLUE, "-" + KEEP)) or (text.endswith("-") and text[-2:-1].isalpha())
        if not text:
            text = line
        elif glued:
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text.replace(KEEP, "").replace(GLUE, "")


def line_ends(marks: str) -> list[tuple[str, str, str]]:
    """Every line end inside a paragraph: (line, next line, the two as the editor joined them)."""
    pairs = []
    field, previous = None, None
    for raw in marks.splitlines():
        if raw.startswith("§"):
            field, previous = raw.split()[0], None
            continue
        if field == "§p" and previous and raw.strip():
            left = previous.strip()
            pairs.append(
                (left.rstrip(KEEP + GLUE), raw.strip().rstrip(KEEP + GLUE), join_wrapped([left, raw]))
            )
        previous = raw if raw.strip() else previous
    return pairs


def build(marks: str) -> dict:
    articles: list[dict] = []
    other: list[dict] = []
    field: str | None = None
    lines: list[str] = []
    dateline: str | None = None
    waiting_captions: list[dict] = []
    labelled: dict[str, dict] = {}
    captions_for: list[tuple[str, dict]] = []
    label: str | None = None

    current: dict | None = None

    def article() -> dict:
        if current is None:
            raise ValueError("text before the first §article")
        return current

    last_caption: list[dict] = []

    def flush() -> None:
        nonlocal lines, dateline
        if field is None or field == "§drop":
            lines = []
            return
        if field in OTHER:
            other.append({"kind": OTHER[field], "text": "\n".join(x.strip() for x in lines if x.strip())})
        else:
            text = join_wrapped(lines)
            if field in ("§kicker", "§headline", "§byline"):
                article()[field[1:]] = text
            elif field == "§deck":
                deck = article()["subheadline"]
                article()["subheadline"] = f"{deck}\n{text}" if deck else text
            elif field == "§p":
                if dateline is not None:
                    if not text.startswith(dateline):
                        raise ValueError(f"paragraph does not open with its dateline {dateline!r}")
                    article()["dateline"] = dateline
                    text = text[len(dateline) :].lstrip(" —-.:")
                    dateline = None
                article()["paragraphs"].append(text)
            elif field == "§caption":
                caption = {"text": text, "credit": None}
                if label:
                    captions_for.append((label, caption))
                else:
                    (article()["captions"] if current else waiting_captions).append(caption)
                last_caption.append(caption)
            elif field == "§credit":
                last_caption[-1]["credit"] = text
        lines = []

    for number, raw in enumerate(marks.splitlines(), 1):
        if not raw.startswith("§"):
            lines.append(raw)
            continue
        flush()
        word, _, rest = raw.partition(" ")
        label = rest[1:] if rest.startswith("@") else None
        if word == "§article" and label in labelled:
            current, field = labelled[label], None
        elif word == "§article":
            current = {
                "kicker": None,
                "headline": None,
                "subheadline": None,
                "byline": None,
                "dateline": None,
                "paragraphs": [],
                "captions": waiting_captions,
            }
            articles.append(current)
            waiting_captions = []
            if label:
                labelled[label] = current
            field = None
        elif word == "§dateline":
            dateline, field = rest, None
        elif word in (
            "§kicker",
            "§headline",
            "§deck",
            "§byline",
            "§p",
            "§caption",
            "§credit",
            "§drop",
            *OTHER,
        ):
            field = word
        else:
            raise ValueError(f"line {number}: unknown directive {word}")
    flush()
    if waiting_captions:
        raise ValueError("captions after the last article")
    for name, caption in captions_for:
        labelled[name]["captions"].append(caption)
    return {"articles": articles, "other": other}


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        gold = build(path.read_text("utf-8"))
        out = path.with_name(path.name.removesuffix(".marks") + ".gold.json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"{out}: {len(gold['articles'])} articles, {len(gold['other'])} other")


if __name__ == "__main__":
    main(sys.argv[1:])
