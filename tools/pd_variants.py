"""Score papercut on composed pages set as other papers' OCR might give them: the same pages
and gold, the text changed in one way each (blank lines taken out, column rules read as `|` at
line ends, CRLF line ends, tab indents, headings set in as OCR gives a centred line, captions
read above their story's heading or after its text; and composer B's habits, which A never
has: a heading set as one block, a photo story's caption printed over its title, closing
credits printed as bylines under the headline or run into the last line, indents of two spaces
or one U+3000, wrapped text with no blank line between paragraphs, B's column widths; blank
lines and indents both taken out, as OCR that drops leading spaces gives a page, and that again
with a tenth of the text's lines a mark shorter or a speck longer). One form changes the gold
too: `run on at top` opens each page (but the first) on the end of the page before's last story,
as an inside page opens on a story run on from page one (`（上接第一版）`, its last third of
paragraphs, intertitles and all, set in the page's layout), a headless article first in the
gold; `no datelines` takes each dateline out of the text and the gold, as a paper that prints
none. A rule fitted to the composer's habits shows here as a figure that falls where the text
changed only in form.

    python tools/pd_variants.py corpus/pages/A/2020-01 --limit 250
    python tools/pd_variants.py corpus/pages/A/2020-01 --by-layout     # lines / wrapped, indents
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex
from pd_eval import score  # tools/pd_eval.py, beside this script: the project's scorer

import papercut

KEYS = ("seg_f1", "found", "heading", "byline", "dateline", "para_f1", "caption_f1")


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def _rules_at_line_ends(text: str) -> str:
    """` |` after a tenth of the lines, drawn the same for the same page."""
    draw = random.Random(len(text))
    return "\n".join(
        line + " |" if line.strip() and draw.random() < 0.1 else line for line in text.split("\n")
    )


def _centred_headings(text: str, gold: dict) -> str:
    """Each heading line (a kicker, headline or deck of the gold, as printed) set in from the
    left as OCR that keeps a page's layout gives a centred line: by half what the column (the
    page's commonest line length, 40 on a page of whole-line paragraphs) has left, in full-width
    spaces, one at least."""
    fields = {
        "".join(str(article.get(name) or "").split())
        for article in gold["articles"]
        for name in ("kicker", "headline", "subheadline")
    } - {""}
    lengths = [len(line.strip()) for line in text.split("\n") if line.strip()]
    common = max(set(lengths), key=lengths.count) if lengths else 40
    column = common if common <= 36 else 40
    return "\n".join(
        "\u3000" * max(1, (column - len(line.strip())) // 2) + line.strip()
        if "".join(line.split()) in fields
        else line
        for line in text.split("\n")
    )


#: a sentence's or a paragraph's last mark: a caption cut into the text after one left a break
SENTENCE_ENDS = tuple('。！？!?…”"’）)')


def _letters(text: str) -> str:
    """`text` as compared with the gold: compatibility forms folded, marks and spaces dropped."""
    return "".join(char for char in unicodedata.normalize("NFKC", text) if char.isalnum())


def _caption_lines(lines: list[str], caption: dict) -> tuple[int, int] | None:
    """The first and last line of a caption's block: the lines holding the gold caption's text
    and credit and nothing else; None when it is not found whole on its own lines."""
    letters = [_letters(line) for line in lines]
    starts = [sum(map(len, letters[:i])) for i in range(len(lines))]
    key = _letters(caption["text"] + (caption.get("credit") or ""))
    found = "".join(letters).find(key) if key else -1
    if found < 0 or found not in starts:
        return None
    first = max(i for i, start in enumerate(starts) if start == found and letters[i])
    last = max(i for i, start in enumerate(starts) if start < found + len(key))
    if starts[last] + len(letters[last]) != found + len(key):
        return None  # the caption shares its last line with other text
    return first, last


def _take_out(lines: list[str], first: int, last: int, gold: dict, paragraph_lines: bool) -> list[str]:
    """`lines` without lines first..last. Where the block had cut a paragraph of the gold (the
    letters either side of it run on in one gold paragraph) the two halves close up, into one
    line on a page of a paragraph a line; else one of the blank lines around it stays."""
    before, after = first - 1, last + 1
    while before > 0 and not lines[before].strip():
        before -= 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    cut = after < len(lines) and _runs_on(lines[before], lines[after], gold)
    gap = [] if cut or (before, after) == (first - 1, last + 1) else [""]
    if cut and paragraph_lines:
        return lines[:before] + [lines[before] + lines[after].lstrip()] + lines[after + 1 :]
    return lines[: before + 1] + gap + lines[after:]


def _runs_on(above: str, below: str, gold: dict) -> bool:
    """Some gold paragraph holds the end of the line `above` run on into the start of `below`."""
    seam = _letters(above)[-6:] + _letters(below)[:6]
    return any(
        seam in _letters(paragraph)
        for article in gold["articles"]
        for paragraph in article.get("paragraphs") or []
    )


def _captions_over_heading(text: str, gold: dict, photo_stories: bool = False) -> str:
    """Each caption block of an article (`_caption_lines`) taken out of the article's text
    (`_take_out`) and set just above the first line of its heading (kicker, else headline),
    with a blank line after it where the heading has one before it. A paper sets a story's
    photo above its headline as often as inside its text; OCR reads a page top to bottom, so the
    photo's caption comes before the headline, after the end of the story above. Captions not
    found whole on their own lines, and captions already before the heading, stay as they are.
    A photo story's caption (a headline over a picture, the caption its only text) moves with
    `photo_stories`, and then only such captions do: a paper (composer B) that prints the
    picture, and so its caption, above the picture's title."""
    lines = text.split("\n")
    paragraph_lines = layout(text).startswith("lines")
    for article in gold["articles"]:
        heading = _letters(str(article.get("kicker") or article.get("headline") or ""))
        if not heading or bool(article.get("paragraphs")) == photo_stories:
            continue
        for caption in article.get("captions") or []:
            found = _caption_lines(lines, caption)
            if found is None:
                continue
            first, last = found
            heads = [
                i
                for i in range(first)
                if (letters := _letters(lines[i])) == heading
                or len(letters) >= 4
                and heading.startswith(letters)
            ]
            if not heads:
                continue
            at = heads[-1]
            block = lines[first : last + 1]
            spaced = [""] if at > 0 and not lines[at - 1].strip() else []
            lines = (
                lines[:at]
                + block
                + spaced
                + _take_out(lines[at:], first - at, last - at, gold, paragraph_lines)
            )
    return "\n".join(lines)


def _line_ending(lines: list[str], tail: str) -> int | None:
    """The line where the last run of the letters `tail` ends, or the last of the lines of
    marks alone that follow it (a paragraph's `。` a cut left on a line of its own)."""
    letters = [_letters(line) for line in lines]
    found = "".join(letters).rfind(tail)
    if found < 0:
        return None
    end, total = found + len(tail), 0
    for i, line_letters in enumerate(letters):
        total += len(line_letters)
        if total >= end:
            while i + 1 < len(lines) and lines[i + 1].strip() and not letters[i + 1]:
                i += 1
            return i
    return None


def _captions_after_text(text: str, gold: dict) -> str:
    """An article's caption blocks (`_caption_lines`) taken out of its text (`_take_out`) and
    set in their order after the line that ends its last paragraph, with a blank line before
    each where the paragraphs have them: a paper sets a story's photos at its foot, so OCR reads
    their captions after the story's text and before the next story's heading (or a closing
    credit printed on its own line). Captions not found whole on their own lines or already
    after the text, and a photo story's caption (its only text), stay as they are."""
    lines = text.split("\n")
    paragraph_lines = layout(text).startswith("lines")
    spaced = "\n\n" in text.strip("\n")
    for article in gold["articles"]:
        tail = _letters(str((article.get("paragraphs") or [""])[-1]))[-12:]
        end = _line_ending(lines, tail) if len(tail) >= 4 else None
        if end is None:
            continue
        found = [_caption_lines(lines, caption) for caption in article.get("captions") or []]
        spans = sorted(span for span in found if span is not None and span[0] <= end)
        blocks = [lines[first : last + 1] for first, last in spans]
        for first, last in reversed(spans):
            lines = _take_out(lines, first, last, gold, paragraph_lines)
        if not blocks:
            continue
        at = _line_ending(lines, tail)
        assert at is not None
        moved = [line for block in blocks for line in ([""] if spaced else []) + block]
        lines = lines[: at + 1] + moved + lines[at + 1 :]
    return "\n".join(lines)


def _heading_fields(gold: dict) -> set[str]:
    """The gold's kickers, headlines and decks, spaces taken out."""
    return {
        "".join(str(article.get(name) or "").split())
        for article in gold["articles"]
        for name in ("kicker", "headline", "subheadline")
    } - {""}


def _heading_as_one_block(text: str, gold: dict) -> str:
    """The blank lines between two heading lines (kicker, headline, deck of the gold, as
    printed) taken out: a paper that sets a heading as one block, its lines straight under each
    other."""
    fields = _heading_fields(gold)
    lines = text.split("\n")
    heads = ["".join(line.split()) in fields for line in lines]
    kept = []
    for at, line in enumerate(lines):
        if not line.strip() and kept and heads[at - 1]:
            following = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
            if following is not None and heads[following]:
                continue
        kept.append(line)
    return "\n".join(kept)


def _closing_credit_lines(lines: list[str], gold: dict) -> list[tuple[int, dict]]:
    """Where each article's closing credit stands on a line of its own: `（byline）`, printed as
    the article's last line, the gold's byline inside the brackets."""
    found: list[tuple[int, dict]] = []
    for article in gold["articles"]:
        byline = str(article.get("byline") or "")
        if not byline or article.get("dateline"):
            continue
        credit = _letters(byline)
        taken = {at for at, _ in found}
        for at, line in enumerate(lines):
            if at not in taken and line.strip().startswith(("（", "(")) and _letters(line) == credit:
                found.append((at, article))
                break
    return found


def _byline_under_headline(text: str, gold: dict) -> str:
    """Each closing credit on a line of its own (an article's `（byline）`, no dateline) taken
    off the article's foot and printed, without its brackets, as a block of its own straight
    under the article's last heading line: a paper that prints its bylines under the headline."""
    lines = text.split("\n")
    for at, article in sorted(_closing_credit_lines(lines, gold), key=lambda found: -found[0]):
        heading = {
            _letters(str(article.get(name) or "")) for name in ("kicker", "headline", "subheadline")
        } - {""}
        heads = [i for i in range(at) if _letters(lines[i]) in heading]
        if not heads:
            continue
        byline = lines[at].strip()[1:-1]
        end = at + 1
        while at > 0 and not lines[at - 1].strip():
            at -= 1
        lines[at:end] = []
        head = heads[-1]
        spaced = ["", byline] if head + 1 < len(lines) and not lines[head + 1].strip() else [byline]
        lines[head + 1 : head + 1] = spaced
    return "\n".join(lines)


def _column(lines: list[str]) -> int:
    """The page's column: its commonest line length (a paragraph a line: 0)."""
    lengths = [len(line) for line in lines if line.strip()]
    common = max(set(lengths), key=lengths.count) if lengths else 0
    return common if common <= 36 else 0


def _closing_run_in(text: str, gold: dict) -> str:
    """Each closing credit on a line of its own run into the last paragraph, straight after its
    last mark, wrapped on at the page's column: a paper that sets its credits run in."""
    lines = text.split("\n")
    column = _column(lines)
    for at, _article in sorted(_closing_credit_lines(lines, gold), key=lambda found: -found[0]):
        before = at - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        if before < 0:
            continue
        joined = lines[before] + lines[at].strip()
        pieces = [joined]
        if column and len(lines[before]) <= column:
            pieces = [joined[i : i + column] for i in range(0, len(joined), column)]
        lines[before : at + 1] = pieces
    return "\n".join(lines)


def _indents(indent: str) -> Callable[[str, dict], str]:
    """A paragraph's indent of two full-width spaces set as `indent`."""
    return lambda text, gold: "\n".join(
        indent + line[2:] if line.startswith("\u3000\u3000") else line for line in text.split("\n")
    )


def _text_without_blank_lines(text: str, gold: dict) -> str:
    """On a wrapped page with indents, the blank lines before an indented line taken out, but
    under a heading line (kicker, headline, deck of the gold): a paper whose text marks its
    paragraphs by indents alone."""
    lines = text.split("\n")
    if not any(line.startswith("\u3000") for line in lines) or layout(text).startswith("lines"):
        return text
    fields = _heading_fields(gold)
    kept: list[str] = []
    for at, line in enumerate(lines):
        following = next((lines[i] for i in range(at + 1, len(lines)) if lines[i].strip()), "")
        if (
            not line.strip()
            and kept
            and kept[-1].strip()
            and "".join(kept[-1].split()) not in fields
            and following.startswith("\u3000")
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


#: the widths another paper sets its columns at
OTHER_WIDTHS = (10, 11, 13, 15, 22, 28, 34)


def _other_widths(text: str) -> str:
    """Each wrapped paragraph (a block of two lines or more, all but its last as wide as the
    column, its first as wide and its indent) wrapped again at another paper's column, drawn the
    same for the same page. Single lines stay as they are."""
    lines = text.split("\n")
    column = _column(lines)
    if not column:
        return text
    width = random.Random(len(text)).choice(OTHER_WIDTHS)
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        indent = len(block[0]) - len(block[0].lstrip("\u3000 ")) if block else 0
        wrapped = (
            len(block) >= 2
            and len(block[0]) == column + indent
            and all(len(inner) == column for inner in block[1:-1])
            and len(block[-1]) <= column
        )
        if wrapped:
            body = "".join(block)
            first = width + indent
            block = [body[:first]] + [body[i : i + width] for i in range(first, len(body), width)]
        out.extend(block)
        out.append(line)
        block = []
    return "\n".join(out[:-1])


def _flush(text: str) -> str:
    """Blank lines and indents taken out: OCR that keeps one line a line and drops leading spaces."""
    return "\n".join(line.lstrip("\u3000 ") for line in text.split("\n") if line.strip()) + "\n"


#: a mark OCR may lose inside a line, and the speck it may read into one
INNER_MARKS = "，、；：“”"
SPECK = "·"


def _uneven_lines(text: str, gold: dict) -> str:
    """The flush form with OCR's noise on the lengths of the text's lines: a tenth of the lines
    that are no heading's, drawn the same for the same page, lose a mark inside them (one
    character shorter than the column) or gain a speck (one longer). Marks only, so every letter
    is the gold's; a rule that needs each inner line exactly as wide as the column shows here."""
    draw = random.Random(len(text))
    # by letters only: a heading printed with other marks than the gold's (`(大家手笔)`) is one
    fields = {score.content(field) for field in _heading_fields(gold)}
    out = []
    for line in _flush(text).split("\n"):
        if len(line) > 4 and score.content(line) not in fields and draw.random() < 0.1:
            inner = [at for at, char in enumerate(line[:-1]) if char in INNER_MARKS and at]
            if inner and draw.random() < 0.5:
                at = draw.choice(inner)
                line = line[:at] + line[at + 1 :]
            else:
                at = draw.randrange(1, len(line) - 1)
                line = line[:at] + SPECK + line[at:]
        out.append(line)
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str, dict], str]] = {
    "as composed": lambda text, gold: text,
    "no blank lines": lambda text, gold: _without_blank_lines(text),
    "| at line ends": lambda text, gold: _rules_at_line_ends(text),
    "CRLF": lambda text, gold: text.replace("\n", "\r\n"),
    "tab indents": lambda text, gold: text.replace("\u3000\u3000", "\t"),
    "centred headings": _centred_headings,
    "captions over heading": _captions_over_heading,
    "photo caption over head": lambda text, gold: _captions_over_heading(text, gold, photo_stories=True),
    "captions after text": _captions_after_text,
    "heading as one block": _heading_as_one_block,
    "byline under headline": _byline_under_headline,
    "closing run in": _closing_run_in,
    "indents of 2 spaces": _indents("  "),
    "indents of 1 U+3000": _indents("\u3000"),
    "text w/o blank lines": _text_without_blank_lines,
    "other widths": lambda text, gold: _other_widths(text),
    "flush": lambda text, gold: _flush(text),
    "flush, lines uneven": _uneven_lines,
}


def _without_datelines(text: str, gold: dict, before: dict | None) -> tuple[str, dict]:
    """Each article's dateline taken out of the text and the gold (with the names in brackets
    after it, the byline they are), as a paper that prints none: its reports open on their text."""
    articles = []
    for article in gold["articles"]:
        dateline = article.get("dateline")
        found = None
        if dateline and ("电" in dateline or "讯" in dateline):
            printed = r"[ \u3000]*".join(map(regex.escape, dateline))
            found = regex.search(
                printed + r"(?:[ \u3000]*(?P<names>[（(][^）)]{1,40}[）)]))?[ \u3000:：]*", text
            )
        byline = regex.sub(r"\s", "", article.get("byline") or "")
        if (
            found is None
            or byline
            and regex.sub(r"\s", "", text[found.end() : found.end() + 60]).startswith(byline)
        ):
            articles.append(article)  # names run on after it (`…电  记者 张三  …`) would open the text
            continue
        text = _rewrapped(text[: found.start()] + text[found.end() :], found.start())
        article = {**article, "dateline": None}
        if found["names"] and byline and byline in regex.sub(r"\s", "", found["names"]):
            article["byline"] = None
        articles.append(article)
    return text, {**gold, "articles": articles}


def _rewrapped(text: str, at: int) -> str:
    """The wrapped paragraph holding text[at] wrapped again at the page's column, its first line
    as wide as before it lost something (a paragraph a line is left as it is)."""
    lines = text.split("\n")
    column = _column(lines)
    start = text.rfind("\n", 0, at) + 1
    first = text[:start].count("\n")
    last = first
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    if not column or last == first:
        return text
    indent = len(lines[first]) - len(lines[first].lstrip("\u3000 "))
    body = "".join(lines[first : last + 1])
    wide = column + indent
    wrapped = [body[:wide]] + [body[i : i + column] for i in range(wide, len(body), column)]
    return "\n".join(lines[:first] + wrapped + lines[last + 1 :])


def _run_on_at_top(text: str, gold: dict, before: dict | None) -> tuple[str, dict]:
    """The page opening on the last third (two paragraphs at least) of `before`'s last article,
    set as the page sets its text: a paragraph a line, or wrapped at its column with its indent."""
    if before is None or not before["articles"]:
        return text, gold
    paragraphs = before["articles"][-1]["paragraphs"]
    run = paragraphs[len(paragraphs) - max(2, len(paragraphs) // 3) :]
    while run and len(run[0]) < 30:  # from a paragraph of text, not an intertitle
        run = run[1:]
    if not run:
        return text, gold
    lines = text.split("\n")
    indent = "\u3000\u3000" if any(line.startswith("\u3000") for line in lines) else ""
    column = _column(lines)
    printed = ["（上接第一版）" + run[0], *run[1:]]  # the jump line is no paragraph's text
    if layout(text).startswith("lines") or not column:
        top = "\n\n".join(indent + paragraph for paragraph in printed)
    else:
        top = "\n\n".join(
            "\n".join(
                [indent + paragraph[:column]]
                + [paragraph[i : i + column] for i in range(column, len(paragraph), column)]
            )
            for paragraph in printed
        )
    headless = dict.fromkeys(("kicker", "headline", "subheadline", "byline", "dateline"))
    return top + "\n\n" + text, {
        **gold,
        "articles": [{**headless, "paragraphs": run, "captions": []}, *gold["articles"]],
    }


#: forms that change the gold too: (text, gold, the page before's gold) -> (text, gold)
GOLD_VARIANTS: dict[str, Callable[[str, dict, dict | None], tuple[str, dict]]] = {
    "run on at top": _run_on_at_top,
    "no datelines": _without_datelines,
}


def layout(text: str) -> str:
    """`lines` (a paragraph a line) or `wrapped` (hard-wrapped columns), and whether indented."""
    lines = [line for line in text.split("\n") if line.strip()]
    wrapped = sum(len(line) > 40 for line in lines) < 0.2 * len(lines)
    return ("wrapped" if wrapped else "lines") + (
        " + indents" if any(line.startswith("\u3000") for line in lines) else ""
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="the first N pages only")
    parser.add_argument("--by-layout", action="store_true", help="figures for each layout apart")
    args = parser.parse_args()
    pages = sorted(args.folder.glob("*.gold.json"))[: args.limit or None]
    tallies: dict[tuple[str, str], score.Tally] = {}
    before: dict | None = None
    for gold_path in pages:
        gold = json.loads(gold_path.read_text("utf-8"))
        text = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt").read_text("utf-8")
        group = layout(text) if args.by_layout else "all"
        for name, change in VARIANTS.items():
            pred = json.loads(papercut.to_json(papercut.split(change(text, gold))))
            score.score_page(gold, pred, tallies.setdefault((group, name), score.Tally()))
        for name, reform in GOLD_VARIANTS.items():
            if before is None and reform is _run_on_at_top:
                continue  # the first page has no page before it to run on from
            changed, changed_gold = reform(text, gold, before)
            pred = json.loads(papercut.to_json(papercut.split(changed)))
            score.score_page(changed_gold, pred, tallies.setdefault((group, name), score.Tally()))
        before = gold
    print(f"{'pages':18} {'text':21} " + " ".join(f"{key:>9}" for key in KEYS))
    order = [*VARIANTS, *GOLD_VARIANTS]
    for (group, name), tally in sorted(
        tallies.items(), key=lambda item: (item[0][0], order.index(item[0][1]))
    ):
        figures = tally.figures()
        print(f"{group:18} {name:21} " + " ".join(f"{figures[key]:9.3f}" for key in KEYS))


if __name__ == "__main__":
    main()
