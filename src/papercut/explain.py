"""Render what each stage decided: every block of the raw page with its lines, its role and the
article it went to, and every repair with the lines it touched.

`explain(text)` returns plain data; `to_plain`, `to_rich` and `to_html` render it. The same facts
come out of all of them.
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass
from typing import Any

from .model import Page, Source, Span, join_lines
from .output import bbox
from .pipeline import indexed, laid_out, split

ROLE_COLOURS = {
    "kicker": "magenta",
    "headline": "bold red",
    "subheadline": "red",
    "byline": "cyan",
    "dateline": "cyan",
    "body": "default",
    "intertitle": "bold",
    "caption": "green",
    "credit": "green",
    "jump": "yellow",
    "furniture": "bright_black",
    "teaser": "blue",
    "advertisement": "yellow",
}
HTML_COLOURS = {
    "kicker": "#a0a",
    "headline": "#c00",
    "subheadline": "#c44",
    "byline": "#088",
    "dateline": "#088",
    "body": "#222",
    "intertitle": "#000",
    "caption": "#080",
    "credit": "#080",
    "jump": "#a60",
    "furniture": "#888",
    "teaser": "#04c",
    "advertisement": "#a60",
}


@dataclass(frozen=True, slots=True)
class BlockView:
    first_line: int  # 1-based, as an editor shows them
    last_line: int
    role: str
    article: int | None  # 1-based article number, None for `other`
    text: str
    spans: tuple[Span, ...]
    why: str = ""  # the rule that gave the role


@dataclass(frozen=True, slots=True)
class RepairView:
    stage: str
    action: str
    first_line: int
    last_line: int
    detail: str


@dataclass(frozen=True, slots=True)
class Explanation:
    source: Source
    text: str
    blocks: tuple[BlockView, ...]
    repairs: tuple[RepairView, ...]
    page: Page


def explain(text: str, source: Source | None = None) -> Explanation:
    page = split(text, source)
    # a page read from boxes: its spans point into the text it was laid out as
    text = laid_out(text, page.source) if page.boxes else indexed(text)
    line_starts = _line_starts(text)
    owner = _span_owner(page)

    def lines_of(spans: tuple[Span, ...]) -> tuple[int, int]:
        return _line_range(line_starts, spans)

    # the roles are the classify Decisions of the same run, not a second reading of the page
    views = []
    for d in page.decisions:
        if d.stage == "classify":
            first, last = lines_of(d.spans)
            article, printed = owner.get(d.spans[0].start), _printed(text, d.spans)
            views.append(BlockView(first, last, d.action, article, printed, d.spans, d.detail))
    repairs = tuple(
        RepairView(d.stage, d.action, *lines_of(d.spans), d.detail)
        for d in page.decisions
        if d.stage != "classify"
    )
    return Explanation(page.source, text, tuple(views), repairs, page)


def _printed(text: str, spans: tuple[Span, ...]) -> str:
    """A block's lines as the page prints them, joined as its script joins a line wrap."""
    parts = [text[span.start : span.end].strip() for span in spans]
    latin = not any("\u4e00" <= ch <= "\u9fff" for part in parts for ch in part)
    return join_lines(parts, "latin" if latin else "zh")


def _scan(explanation: Explanation) -> str:
    """The page's boxes drawn where they stand on the scan, each coloured by its role and
    linked to its lines: a page read from ALTO, hOCR or PaddleOCR output."""
    boxes = explanation.page.boxes
    x0 = min(b.x0 for _, _, b in boxes)
    y0 = min(b.y0 for _, _, b in boxes)
    x1 = max(b.x1 for _, _, b in boxes)
    y1 = max(b.y1 for _, _, b in boxes)
    rects = []
    for block in explanation.blocks:
        colour = HTML_COLOURS.get(block.role, "#222")
        tip = html.escape(f"{block.role}: {block.text[:60]}")
        for left, top, right, bottom in bbox(block.spans, boxes):
            rects.append(
                f'<a href="#L{block.first_line}"><rect x="{left}" y="{top}" width="{right - left}" '
                f'height="{bottom - top}" fill="{colour}" fill-opacity="0.35" stroke="{colour}">'
                f"<title>{tip}</title></rect></a>"
            )
    return (
        f'<svg class="scan" viewBox="{x0} {y0} {x1 - x0} {y1 - y0}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(rects)
        + "</svg>\n"
    )


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _line_range(line_starts: list[int], spans: tuple[Span, ...]) -> tuple[int, int]:
    """The 1-based first and last line the spans touch, as an editor numbers them."""
    if not spans:
        return (0, 0)
    first = bisect.bisect_right(line_starts, spans[0].start)
    last = bisect.bisect_right(line_starts, max(spans[-1].end - 1, spans[-1].start))
    return first, last


def _span_owner(page: Page) -> dict[int, int]:
    """Which article each piece of the input went to, by where its spans start."""
    owner: dict[int, int] = {}
    for number, article in enumerate(page.articles, start=1):
        fields = [article.kicker, article.headline, article.subheadline, article.byline, article.dateline]
        pieces = [f for f in fields if f] + list(article.paragraphs) + list(article.jumps)
        for piece in pieces:
            for span in piece.spans:
                owner[span.start] = number
        for caption in article.captions:
            for span in caption.spans:
                owner[span.start] = number
    return owner


def to_data(explanation: Explanation) -> dict[str, Any]:
    return {
        "source": {"path": explanation.source.path, "encoding": explanation.source.encoding},
        "blocks": [
            {
                "lines": [b.first_line, b.last_line],
                "role": b.role,
                "article": b.article,
                "text": b.text,
                "why": b.why,
            }
            for b in explanation.blocks
        ],
        "repairs": [
            {"stage": r.stage, "action": r.action, "lines": [r.first_line, r.last_line], "detail": r.detail}
            for r in explanation.repairs
        ],
    }


def _where(first: int, last: int) -> str:
    return f"L{first}" if first == last else f"L{first}-{last}"


def to_plain(explanation: Explanation, width: int = 40) -> str:
    out = ["lines     role          article  text / why"]
    for b in explanation.blocks:
        article = f"#{b.article}" if b.article else "other"
        snippet = b.text if len(b.text) <= width else b.text[: width - 1] + "…"
        out.append(f"{_where(b.first_line, b.last_line):<9} {b.role:<13} {article:<8} {snippet}")
        if b.why:
            out.append(f"{'':<32} why: {b.why}")
    out.append("")
    out.append("repairs")
    for r in explanation.repairs:
        out.append(f"{_where(r.first_line, r.last_line):<9} {r.stage:<8} {r.action:<22} {r.detail}")
    return "\n".join(out) + "\n"


def print_rich(explanation: Explanation) -> None:
    """The same table in colour, for a terminal."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=explanation.source.path or "page", show_lines=False)
    for name in ("lines", "role", "article", "text", "why"):
        table.add_column(name, overflow="fold")
    for b in explanation.blocks:
        colour = ROLE_COLOURS.get(b.role, "default")
        table.add_row(
            _where(b.first_line, b.last_line),
            f"[{colour}]{b.role}[/]",
            f"#{b.article}" if b.article else "[bright_black]other[/]",
            b.text if len(b.text) <= 60 else b.text[:59] + "…",
            f"[bright_black]{b.why}[/]",
        )
    console.print(table)
    repairs = Table(title="repairs")
    for name in ("lines", "stage", "action", "detail"):
        repairs.add_column(name, overflow="fold")
    for r in explanation.repairs:
        repairs.add_row(_where(r.first_line, r.last_line), r.stage, r.action, r.detail)
    console.print(repairs)


def to_html(explanation: Explanation) -> str:
    """One self-contained page: the raw text on the left, the articles on the right, each piece
    linked to the source lines it came from."""
    e = html.escape
    raw_lines = explanation.text.splitlines()
    role_of_line: dict[int, str] = {}
    for b in explanation.blocks:
        for n in range(b.first_line, b.last_line + 1):
            role_of_line[n] = b.role
    left = "\n".join(
        f'<div class="l r-{role_of_line.get(n, "blank")}" id="L{n}"><span class="n">{n}</span>{e(line)}</div>'
        for n, line in enumerate(raw_lines, start=1)
    )
    if explanation.page.boxes:
        left = _scan(explanation) + left
    line_starts = _line_starts(explanation.text)

    def link(spans: tuple[Span, ...]) -> str:
        if not spans:
            return ""
        first, last = _line_range(line_starts, spans)
        return f'<a class="src" href="#L{first}" data-lines="{first}-{last}">{_where(first, last)}</a>'

    right = []
    for number, article in enumerate(explanation.page.articles, start=1):
        parts = [f'<article id="a{number}"><h2 class="num">#{number}</h2>']
        for name in ("kicker", "headline", "subheadline", "byline", "dateline"):
            value = getattr(article, name)
            if value:
                parts.append(f'<p class="f-{name}"><b>{name}</b> {e(value.text)} {link(value.spans)}</p>')
        parts += [f"<p>{e(p.text)} {link(p.spans)}</p>" for p in article.paragraphs]
        parts += [
            f'<p class="f-caption"><b>caption</b> {e(c.text)} <i>{e(c.credit or "")}</i> {link(c.spans)}</p>'
            for c in article.captions
        ]
        parts.append("</article>")
        right.append("\n".join(parts))
    for item in explanation.page.other:
        right.append(f'<p class="other"><b>{e(item.kind)}</b> {e(item.text)} {link(item.spans)}</p>')
    style = "\n".join(f".r-{role} {{ color: {colour}; }}" for role, colour in HTML_COLOURS.items())
    title = e(explanation.source.path or "page")
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>papercut explain: {title}</title>
<style>
body {{ margin: 0; font: 15px/1.6 system-ui, "Noto Sans CJK SC", sans-serif; }}
main {{ display: grid; grid-template-columns: 1fr 1fr; height: 100vh; }}
section {{ overflow: auto; padding: 0 1em; }}
#raw {{ background: #fafafa; border-right: 1px solid #ddd; }}
.l {{ padding-left: 3.5em; text-indent: -3.5em; white-space: pre-wrap; min-height: 1.6em; }}
.l:target {{ background: #ffa; }}
.n {{ display: inline-block; width: 3em; color: #aaa; text-align: right; margin-right: .5em; }}
article {{ border-bottom: 1px solid #ddd; padding: .5em 0; }}
a.src {{ font-size: 80%; color: #888; }} .other {{ color: #888; }}
svg.scan {{ width: 100%; max-height: 90vh; background: #fff; border: 1px solid #ddd; }}
.f-headline {{ font-size: 120%; color: #c00; }} .f-caption {{ color: #080; }}
{style}
</style></head>
<body><main>
<section id="raw"><h1>{title}</h1>
{left}
</section>
<section id="articles"><h1>{len(explanation.page.articles)} articles</h1>
{"".join(right)}
</section>
</main></body></html>
"""
