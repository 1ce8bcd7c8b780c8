"""Lines with boxes -> the page's text in reading order, one paragraph a line.

A page read from OCR output with coordinates (`coords.py`) is laid out here before `blocks`:

1. Type sizes: the page's body size is the size most of its letters are set in; a line set at
   least `HEADING_RATIO` times larger is a heading, and one `DECK_RATIO` times larger that does
   not stand close under text (a kicker or deck set small).
2. Lines the engine ran across a gutter (PaddleOCR joins a left-column line and the right-column
   line beside it when they share a baseline) are cut at the gutter, by where the gutter falls
   along the box: Chinese characters are all one em wide, so the share of the box left of the
   gutter is the share of the characters.
3. Reading order by recursive XY-cut (Nagy and Seth): a region is cut at the widest white
   space across it, story gaps first, then gutters between columns, then the gaps under
   headings; what cannot be cut is one column's run of lines, read top to bottom.
4. Paragraphs by geometry: a line indented from its column's left edge, or after a line that
   stops short of the right edge, or after a blank, starts one; a paragraph cut at the foot of a
   column goes on at the top of the next when that one starts flush.

The text made here is what the rest of the pipeline reads (`Laid.text`), one paragraph a line,
each indented, so `blocks` takes each as a block and `repair` rejoins none. `retitle` then lets
the type sizes decide what the words alone could not: the largest type of a heading stack is
its headline, smaller type above it the kicker, below it the subheadline; a short line in body
type is no headline on a page whose headlines are set large. Every stretch of the text keeps the
box it came from (`Laid.stretches`), for the `bbox` of each output piece.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from .coords import OcrLine
from .model import HEADING_ROLES, Box, Decision, Piece, Role, Span, join_lines

#: type this many times the body size is a heading's: headlines run 1.5-3x, decks 1.4-1.7x; body
#: lines of one page vary by less than 10%
HEADING_RATIO = 1.4
#: ... and this many times (a kicker or deck a size up), when it does not stand close under text
DECK_RATIO = 1.2
#: white space that sets a line apart from the text above it, in ems
APART_EMS = 0.5
#: lines of one heading differ in size by less than this share
SAME_SIZE = 0.12
#: a line starting this many ems right of its column's edge is indented (Chinese indents 2 ems,
#: Latin text 1; a tilted or loosely boxed line drifts by less than half an em)
INDENT_EMS = 0.8
#: a line ending this many ems short of its column's right edge ends its paragraph
SHORT_EMS = 1.2
#: white space between stories, in ems above the line spacing; a heading's own gap is less
STORY_GAP_EMS = 0.9
#: white space under a heading or between paragraphs, in ems above the line spacing
BLOCK_GAP_EMS = 0.45
#: a gutter is at least this wide once each box is narrowed by half an em on either side
GUTTER_EMS = 0.3
#: a box drawn loosely sticks out of its column by less than this many ems
LOOSE_EMS = 1.2
#: a line starting this many ems in is set centred or to the right: a date, a note, a number
CENTRED_EMS = 3
#: a heading is never longer than this many characters; a longer line set large is a lead
HEADING_MAX = 60


class Item(NamedTuple):
    """A line, or the part of one on one side of a gutter."""

    text: str
    box: Box
    height: float
    size: float
    heading: bool
    #: the whole line, where the engine ran it across a gutter and this is one side of it
    run_together: str | None = None

    @property
    def top(self) -> float:
        return (self.box.y0 + self.box.y1 - self.height) / 2

    @property
    def bottom(self) -> float:
        return (self.box.y0 + self.box.y1 + self.height) / 2


class Hint(NamedTuple):
    """What the layout knows of one paragraph of the laid-out text."""

    start: int
    size: float
    heading: bool
    top: float  # where its first line's letters start, down the page
    bottom: float  # where its last line's letters end
    left: float = 0.0  # its lines' left and right edges
    right: float = 0.0


class Laid(NamedTuple):
    text: str
    #: (start, end, box): which box each stretch of `text` was read from, in order
    stretches: tuple[tuple[int, int, Box], ...]
    hints: tuple[Hint, ...]
    #: the page has headings told by type size, so body-sized short lines are not headlines
    sized: bool
    em: float = 1.0  # the body text's letter height
    #: what the layout did to the engine's lines: each line it cut at a gutter
    decisions: tuple[Decision, ...] = ()


class _Metrics(NamedTuple):
    em: float  # the body text's letter height, in the input's units
    body: float  # the body size, in the units sizes are given in
    hgap: float  # a vertical gap wider than this separates blocks
    story_gap: float  # ... and wider than this, stories
    grid: tuple[tuple[float, float], ...] = ()  # the page's gutters, where pairs of lines show them


def lay_out(lines: Sequence[OcrLine]) -> Laid:
    """Read a page's lines in order and make its text, one paragraph a line.

    >>> from papercut.coords import Box, OcrLine
    >>> def line(text, x, y, size=20):
    ...     return OcrLine(text, Box(x, y, x + size * len(text), y + size), size, size)
    >>> rows = [(line("甲" * 4, 0, 60 + 24 * i), line("乙" * 4, 110, 60 + 24 * i)) for i in range(2)]
    >>> laid = lay_out([line("标题", 60, 0, 40)] + [half for row in rows for half in row])
    >>> laid.text.split()
    ['标题', '甲甲甲甲甲甲甲甲乙乙乙乙乙乙乙乙']
    """
    lines = [line._replace(size=_type_size(line)) for line in lines]
    metrics = _metrics(lines)
    items = [
        Item(
            line.text.strip(),
            line.box,
            line.height,
            line.size,
            line.size >= HEADING_RATIO * metrics.body and len(line.text.strip()) <= HEADING_MAX,
        )
        for line in lines
    ]
    items = _decks(items, metrics)
    body = [i for i in items if not i.heading]
    if len(body) >= 3:
        found = sorted(_gutters(_pairs(body, metrics.em), body, metrics.em))
        if found:  # a page's columns are set on one grid: the gutters no pair showed too
            metrics = metrics._replace(grid=tuple(_periodic(found, body, metrics.em)))
    leaves: list[tuple[list[Item], tuple[float, float]]] = []
    frame = (min(i.box.x0 for i in items), max(i.box.x1 for i in items))
    _cut(items, frame, metrics, leaves)
    paragraphs = _paragraphs(leaves, metrics)
    return _emit(paragraphs, metrics, any(i.heading for i in items))


def _decks(items: list[Item], metrics: _Metrics) -> list[Item]:
    """Kickers and decks are often set only a fifth or a third larger than the text, which a
    loosely drawn box of a body line can be too. Such a line is a heading when it stands under
    a heading, or apart from the text above it; a line set close under text is text."""
    out = list(items)
    # top down, so the second line of a kicker set on two lines stands under a heading
    for index in sorted(range(len(items)), key=lambda i: items[i].top):
        item = items[index]
        if item.heading or item.size < DECK_RATIO * metrics.body or len(item.text) > HEADING_MAX:
            continue
        above = [
            other
            for number, other in enumerate(out)
            if number != index
            and other.bottom <= item.top + 0.5 * item.height
            and _x_overlap(other.box, item.box) > 0
        ]
        nearest = max(above, key=lambda other: other.bottom, default=None)
        if nearest is None or nearest.heading or item.top - nearest.bottom >= APART_EMS * metrics.em:
            out[index] = item._replace(heading=True)
    return out


def _type_size(line: OcrLine) -> float:
    """A line's type size. Without a font size from the engine it is the letters' height, but
    engines box some lines half as high again as their letters: where ideographs, each one em
    wide, run along the line, the size is at most the width each one takes."""
    if line.size != line.height:
        return line.size
    text = line.text.strip()
    wide = sum(1 for ch in text if _wide(ch))
    if wide < 0.6 * len(text):
        return line.size
    advance = _width(line.box) / (wide + 0.5 * (len(text) - wide))
    return min(line.size, advance)


def _metrics(lines: Sequence[OcrLine]) -> _Metrics:
    weighted = sorted((line.size, line.height, len(line.text)) for line in lines)
    total = sum(n for _, _, n in weighted)
    seen = 0
    body, em = weighted[-1][0], weighted[-1][1]
    for size, _, n in weighted:  # the size half the letters are set in or below
        seen += n
        if seen * 2 >= total:
            body = size
            break
    heights = sorted(h for s, h, _ in weighted if abs(s - body) <= SAME_SIZE * body)
    em = heights[len(heights) // 2] if heights else em
    em = max(em, 1e-6)
    leading = _leading(lines, body, em)
    return _Metrics(em, body, leading + BLOCK_GAP_EMS * em, leading + STORY_GAP_EMS * em)


def _leading(lines: Sequence[OcrLine], body: float, em: float) -> float:
    """The usual white space between a body line and the next below it in its column."""
    ordered = sorted((line for line in lines if abs(line.size - body) <= SAME_SIZE * body), key=_middle)
    gaps: list[float] = []
    for index, line in enumerate(ordered):
        bottom = _middle(line) + line.height / 2
        for below in ordered[index + 1 : index + 40]:
            top = _middle(below) - below.height / 2
            if top - bottom > 3 * em:
                break
            overlap = _x_overlap(line.box, below.box) > 0.5 * min(_width(line.box), _width(below.box))
            if overlap and _middle(below) - _middle(line) > 0.5 * em:
                gaps.append(top - bottom)
                break
    if not gaps:
        return 0.3 * em
    gaps.sort()
    return max(gaps[len(gaps) // 2], 0.0)


def _middle(line: OcrLine | Item) -> float:
    return (line.box.y0 + line.box.y1) / 2


def _width(box: Box) -> float:
    return box.x1 - box.x0


def _x_overlap(a: Box, b: Box) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


# -- reading order -----------------------------------------------------------------------------


def _cut(
    items: list[Item],
    frame: tuple[float, float],
    metrics: _Metrics,
    leaves: list[tuple[list[Item], tuple[float, float]]],
) -> None:
    """Recursive XY-cut: append the page's runs of lines to `leaves` in reading order, each
    with the left and right edges of the column it stands in."""
    if len(items) > 1:
        rows = _rows(items, metrics.story_gap, stories_only=True)
        if len(rows) > 1:
            for row in rows:
                _cut(row, frame, metrics, leaves)
            return
        columns = _columns(items, metrics.em)
        if len(columns) == 1:
            unmerged = _split_merged(items, metrics.em, metrics.grid)
            if unmerged is not None:
                items = unmerged
                columns = _columns(items, metrics.em)
        if len(columns) > 1:
            for column in columns:
                edges = (min(i.box.x0 for i in column), max(i.box.x1 for i in column))
                _cut(column, edges, metrics, leaves)
            return
        rows = _rows(items, metrics.hgap, stories_only=False)
        if len(rows) > 1:
            for row in rows:
                _cut(row, frame, metrics, leaves)
            return
    leaves.append((_top_down(items, metrics.em), frame))


def _rows(items: list[Item], gap: float, stories_only: bool) -> list[list[Item]]:
    """Cut where white space wider than `gap` runs across the whole region. With
    `stories_only`, not right under a heading: a heading stays with the text below it, so two
    stories side by side are read one after the other, not headings first."""
    ordered = sorted(items, key=lambda i: i.top)
    rows: list[list[Item]] = [[ordered[0]]]
    lowest = ordered[0]  # the item reaching furthest down so far
    for item in ordered[1:]:
        # under a heading, any white space parts it from the text it heads, so the columns
        # below a heading across them are read as columns (not what stands beside it)
        under = lowest.heading and not item.heading and _x_overlap(item.box, lowest.box) > 0
        needed = 0.0 if under and not stories_only else gap
        keep = stories_only and (lowest.heading or _orphans(rows[-1]))
        if item.top - lowest.bottom > needed and not keep:
            rows.append([item])
            lowest = item
            continue
        rows[-1].append(item)
        if item.bottom >= lowest.bottom:
            lowest = item
    return rows


def _orphans(row: list[Item]) -> bool:
    """A heading is the last thing in its column of `row`: cutting under the row would part
    it from its text (a tall heading over one column beside a story that ends sooner)."""
    for heading in row:
        if heading.heading and not any(
            not other.heading and other.top >= heading.top and _x_overlap(other.box, heading.box) > 0
            for other in row
        ):
            return True
    return False


def _columns(items: list[Item], em: float) -> list[list[Item]]:
    """Cut at gutters: white space running down the whole region between boxes, each box
    narrowed by half an em on either side first, as engines box loosely and scans tilt. One
    body line in thirty may stray into a gutter (a box drawn wide on a tilted scan); each line goes
    to the column its middle stands in."""
    strays = len(items) // 30
    events: list[tuple[float, int]] = []
    for item in items:
        trim = min(0.5 * em, _width(item.box) / 4)
        weight = strays + 1 if item.heading else 1  # a heading across a gutter is never a stray
        events += [(item.box.x0 + trim, weight), (item.box.x1 - trim, -weight)]
    events.sort()
    gutters: list[float] = []
    depth, opened = 0, None
    started = False
    for x, step in events:
        before = depth
        depth += step
        if step > 0 and before <= strays < depth and started and opened is not None:
            if x - opened >= GUTTER_EMS * em:
                gutters.append((opened + x) / 2)
            opened = None
        elif step < 0 and depth <= strays < before:
            opened = x
        started = True
    if not gutters:
        return [items]
    columns: list[list[Item]] = [[] for _ in range(len(gutters) + 1)]
    for item in items:
        columns[bisect_right(gutters, (item.box.x0 + item.box.x1) / 2)].append(item)
    return _with_headings([column for column in columns if column])


def _with_headings(columns: list[list[Item]]) -> list[list[Item]]:
    """A column with no heading of its own that starts below a heading beside it belongs to
    that heading's article (a headline narrower than its columns): it joins the piece beside
    it whose heading it is, so the heading is read before it."""
    while True:
        join = None
        for index, column in enumerate(columns):
            if any(i.heading for i in column):
                continue
            top = min(i.top for i in column)
            best = None
            for other in (index - 1, index + 1):
                if not 0 <= other < len(columns):
                    continue
                heads = [i for i in columns[other] if i.heading and i.bottom <= top]
                if heads:
                    # a headline is centred over its article's columns: the side whose heading
                    # stands most nearly over the middle of both together
                    union = column + columns[other]
                    middle = (min(i.box.x0 for i in union) + max(i.box.x1 for i in union)) / 2
                    off = min(abs((h.box.x0 + h.box.x1) / 2 - middle) for h in heads)
                    if best is None or off < best[0]:
                        best = (off, other)
            if best is not None:
                join = (index, best[1])
                break
        if join is None:
            return columns
        index, other = join
        first, second = sorted((index, other))
        columns[first : second + 1] = [columns[first] + columns[second]]


def _top_down(items: list[Item], em: float) -> list[Item]:
    """A column's lines top to bottom; lines side by side on one baseline left to right."""
    ordered = sorted(items, key=lambda i: (i.box.y0 + i.box.y1) / 2)
    out: list[Item] = []
    row: list[Item] = []
    for item in ordered:
        if row and abs(_middle(item) - _middle(row[0])) > 0.5 * min(item.height, row[0].height):
            out += sorted(row, key=lambda i: i.box.x0)
            row = []
        row.append(item)
    return out + sorted(row, key=lambda i: i.box.x0)


# -- lines run across a gutter -----------------------------------------------------------------

#: two lines side by side on one baseline, each at least this many ems long, show the gutter
#: between them; a page's running head and date beside it are shorter than a column
PAIR_EMS = 4
#: ... and it takes two such pairs: one pair may be a head and a date
PAIRS_NEEDED = 2
#: gutters are narrower than this many ems; a wider gap beside a line is an indent or centring
GUTTER_MAX_EMS = 1.5


def _split_merged(
    items: list[Item], em: float, grid: tuple[tuple[float, float], ...] = ()
) -> list[Item] | None:
    """Cut lines the engine ran across a gutter, or None when the region shows no gutter.

    The gutter shows where two body lines stand side by side on one baseline: it lies
    between the right end of the left one and the left end of the right one. Two such pairs
    show it in a region; one will do where the page's own grid of gutters (`grid`, from the
    pairs of the whole page) has a gutter there: a short story across three columns has
    hardly a line the engine did not run together.
    """
    body = [i for i in items if not i.heading]
    if len(body) < 3:
        return None
    gaps = _pairs(body, em)
    if not gaps:
        return None
    gutters = _gutters(gaps, body, em)
    for lo, hi in grid:
        middle = (lo + hi) / 2
        known = any(abs(middle - (a + b) / 2) <= 2 * em for a, b in gutters)
        if not known and any(min(a, b) - em <= middle <= max(a, b) + em for a, b in gaps):
            gutters.append((lo, hi))
    if not gutters:
        return None
    gutters = _periodic(sorted(gutters), body, em)
    crossing = {id(i): [g for g in gutters if _crosses(i, g, em)] for i in body}
    out: list[Item] = []
    for item in items:
        parts = _cut_across(item, crossing[id(item)]) if crossing.get(id(item)) else [item]
        out += parts
    return out if len(out) > len(items) else None


def _crosses(item: Item, gutter: tuple[float, float], em: float) -> bool:
    """The line runs an em or more into the columns on both sides of the gutter's middle."""
    middle = (gutter[0] + gutter[1]) / 2
    return item.box.x0 < middle - em and item.box.x1 > middle + em


def _pairs(body: list[Item], em: float) -> list[tuple[float, float]]:
    """(left line's right end, right line's left end) for each two body lines side by side."""
    ordered = sorted(body, key=_middle)
    gaps: list[tuple[float, float]] = []
    for index, item in enumerate(ordered):
        for other in ordered[index + 1 : index + 8]:
            if _middle(other) - _middle(item) > 0.5 * min(item.height, other.height):
                break
            left, right = (item, other) if item.box.x0 < other.box.x0 else (other, item)
            wide = min(_width(left.box), _width(right.box)) >= PAIR_EMS * em
            if wide and left.box.x1 - right.box.x0 < 1.5 * em:
                gaps.append((left.box.x1, right.box.x0))
    return gaps


def _gutters(gaps: list[tuple[float, float]], body: list[Item], em: float) -> list[tuple[float, float]]:
    """The gutters (left column's right edge, right column's left edge) that two pairs or more
    show."""
    middle = (min(i.box.x0 for i in body) + max(i.box.x1 for i in body)) / 2
    gutters: list[tuple[float, float]] = []
    while (held := _stab(gaps, em)) is not None:
        # the left column's edge is where its full lines end; the right column's, where its
        # flush lines start, unless the pairs hold only indented or centred right lines:
        # columns of one story are set equally wide, so then it mirrors the left edge
        lo = sorted(a for a, _ in held)[len(held) * 3 // 4]
        hi = min(b for _, b in held)
        if hi - lo > GUTTER_MAX_EMS * em and lo - em <= middle <= hi:
            hi = 2 * middle - lo
        if hi - lo < 0.5 * em:  # loosely drawn boxes meet or overlap: the gutter is between
            lo, hi = (lo + hi) / 2 - 0.25 * em, (lo + hi) / 2 + 0.25 * em
        gutters.append((lo, hi))
        # the pairs about this gutter are spent, loosely boxed ones a little off it too
        middle_here = (lo + hi) / 2
        gaps = [gap for gap in gaps if gap not in held and abs((gap[0] + gap[1]) / 2 - middle_here) > 2 * em]
    return gutters


def _periodic(gutters: list[tuple[float, float]], body: list[Item], em: float) -> list[tuple[float, float]]:
    """Columns of one story are equally wide: where lines were run across every gutter of
    three or four columns, too few pairs show the outer gutters, so a gutter is also expected
    one column and gutter width on from each found one, while a whole column fits there."""
    lo, hi = gutters[0]
    starts = sorted(i.box.x0 for i in body if i.box.x0 < lo)
    if not starts:
        return gutters
    column = lo - starts[len(starts) // 4]
    step = column + (hi - lo)
    right = max(i.box.x1 for i in body)
    found = list(gutters)
    at = lo + step
    while at + (hi - lo) + column <= right + em:
        if all(abs(at - g[0]) > em for g in found):
            found.append((at, at + hi - lo))
        at += step
    return sorted(found)


def _stab(gaps: list[tuple[float, float]], em: float) -> list[tuple[float, float]] | None:
    """The pairs whose gaps (each widened by an em for loose boxes) hold the x most of them
    hold: the pairs either side of one gutter."""
    events: list[tuple[float, int]] = []
    for a, b in gaps:
        lo, hi = min(a, b) - em, max(a, b) + em
        events += [(lo, 1), (hi, -1)]
    events.sort(key=lambda e: (e[0], -e[1]))
    best, depth, where = 0, 0, 0.0
    for x, step in events:
        depth += step
        if depth > best:
            best, where = depth, x
    if best < PAIRS_NEEDED:
        return None
    return [(a, b) for a, b in gaps if min(a, b) - em <= where <= max(a, b) + em]


def _cut_across(item: Item, gutters: list[tuple[float, float]]) -> list[Item]:
    """Cut a line run across gutters (each from x = lo to hi) by the share of its letters each
    column's stretch of the box holds, the gutters' own width left out: ideographs and
    marks count one em, ASCII letters, digits and spaces half (a printer's pitch is no surer:
    the 1967 page sets some commas narrow)."""
    box = item.box
    edges = [box.x0] + [x for gutter in gutters for x in gutter] + [box.x1]
    widths = [edges[k + 1] - edges[k] for k in range(0, len(edges), 2)]
    if min(widths) <= 0:
        return [item]
    text = item.text
    # in a Chinese line quotes and dashes are set one em wide too; only ASCII is narrow
    weights = [0.5 if ch.isascii() else 1.0 for ch in text]
    total = sum(weights)
    cuts: list[int] = []
    covered = 0.0
    for width in widths[:-1]:
        covered += width
        target = total * covered / sum(widths)
        seen, cut = 0.0, len(text)
        for index, weight in enumerate(weights):
            if abs(seen - target) <= abs(seen + weight - target):
                cut = index
                break
            seen += weight
        cuts.append(max(cut, cuts[-1] if cuts else 0))
    bounds = [0, *cuts, len(text)]
    parts: list[Item] = []
    for k in range(len(widths)):
        part = text[bounds[k] : bounds[k + 1]].strip()
        if not part:
            return [item]
        side = Box(edges[2 * k], box.y0, edges[2 * k + 1], box.y1)
        parts.append(item._replace(text=part, box=side, run_together=text))
    return parts


def _wide(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" or "\u3000" <= char <= "\u303f"


# -- paragraphs --------------------------------------------------------------------------------


class _Para(NamedTuple):
    items: list[Item]
    heading: bool
    size: float


def _paragraphs(leaves: list[tuple[list[Item], tuple[float, float]]], metrics: _Metrics) -> list[_Para]:
    em = metrics.em
    out: list[_Para] = []
    open_end: tuple[Item, float] | None = None  # the last body line of the leaf before, if full
    for items, frame in leaves:
        body = [i for i in items if not i.heading]
        if len(body) >= 3:
            # the edges most lines keep, so one box drawn loosely on a tilted scan does not move
            # them; but a line an indent or more beyond them marks the true edge (a column of
            # list items, each indented, under one flush line)
            starts = sorted(i.box.x0 for i in body)
            ends = sorted(i.box.x1 for i in body)
            left, right = starts[len(starts) // 4], ends[-1 - len(ends) // 4]
            if starts[0] <= left - LOOSE_EMS * em:
                left = starts[0]
            if ends[-1] >= right + LOOSE_EMS * em:
                right = ends[-1]
        else:
            left, right = frame
        previous: Item | None = None
        for item in items:
            if previous is None:
                indented = item.box.x0 - left >= INDENT_EMS * em
                joins = (
                    open_end is not None and not item.heading and not indented and out and not out[-1].heading
                )
                if joins:
                    out[-1].items.append(item)
                else:
                    out.append(_Para([item], item.heading, item.size))
            elif _starts_paragraph(previous, item, left, right, metrics):
                out.append(_Para([item], item.heading, item.size))
            else:
                out[-1].items.append(item)
            previous = item
        last = items[-1]
        open_end = (last, right) if not last.heading and last.box.x1 >= right - SHORT_EMS * em else None
    return out


def _starts_paragraph(previous: Item, item: Item, left: float, right: float, metrics: _Metrics) -> bool:
    em = metrics.em
    if item.heading != previous.heading:
        return True
    if item.heading and abs(item.size - previous.size) > SAME_SIZE * previous.size:
        return True  # a kicker over its headline (body lines' boxes vary more than this)
    if item.top - previous.bottom > metrics.hgap:
        return True
    if abs(_middle(item) - _middle(previous)) <= 0.5 * min(item.height, previous.height):
        return True  # side by side on one baseline
    if item.heading:
        return False  # a headline set on two lines is one headline
    if previous.box.x0 - left > CENTRED_EMS * em:
        return True  # a line set centred or to the right stands alone
    return item.box.x0 - left >= INDENT_EMS * em or previous.box.x1 < right - SHORT_EMS * em


def _emit(paragraphs: list[_Para], metrics: _Metrics, sized: bool) -> Laid:
    from .hyphens import Vocabulary

    latin = [i.text for p in paragraphs for i in p.items if _script(i.text) == "latin"]
    vocabulary = Vocabulary(latin) if latin else None
    chunks: list[str] = []
    stretches: list[tuple[int, int, Box]] = []
    hints: list[Hint] = []
    decisions: list[Decision] = []
    offset = 0
    for para in paragraphs:
        script = _script("".join(i.text for i in para.items))
        indent = "  " if script == "latin" else "\u3000\u3000"
        start = offset + len(indent)
        text = ""
        for item in para.items:
            if not text:
                text = item.text
            elif script == "latin" and vocabulary is not None:
                text = vocabulary.join(text, item.text)
            elif (
                text[-1:].isascii()
                and text[-1:].isalpha()
                and item.text[:1].isascii()
                and item.text[:1].isalpha()
            ):
                text = join_lines([text, item.text], script)  # Latin words in Chinese text
            else:
                text += item.text  # ideographs, and figures cut at a line end (`1` / `25周年`)
            end = start + len(text)
            stretches.append((end - len(item.text), end, item.box))
            if item.run_together is not None:
                detail = f"one box across a gutter: {item.run_together}"
                decisions.append(Decision("layout", "gutter cut", (Span(end - len(item.text), end),), detail))
        size = max(i.size for i in para.items)
        left = min(i.box.x0 for i in para.items)
        right = max(i.box.x1 for i in para.items)
        hints.append(Hint(start, size, para.heading, para.items[0].top, para.items[-1].bottom, left, right))
        chunk = indent + text + "\n\n"
        chunks.append(chunk)
        offset += len(chunk)
    return Laid("".join(chunks), tuple(stretches), tuple(hints), sized, metrics.em, tuple(decisions))


def _script(text: str) -> str:
    wide = sum(1 for ch in text if _wide(ch))
    letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "latin" if letters > 3 * wide and letters else "zh"


# -- roles by type size ------------------------------------------------------------------------


def retitle(pieces: list[Piece], laid: Laid) -> list[Piece]:
    """Let type sizes settle headings: in a run of pieces set large, the largest type is the
    headline, what stands above it the kicker, below it the subheadline, and the run starts an
    article. On a page with large headings, a short body-sized line that the words took for a
    heading is an intertitle (or page matter before the first story), unless it stands
    against a large heading, as a deck or kicker set small does."""
    if not laid.sized:
        return pieces
    starts = [hint.start for hint in laid.hints]

    def hint_of(piece: Piece) -> Hint:
        return laid.hints[max(bisect_right(starts, piece.spans[0].start) - 1, 0)]

    hints = [hint_of(p) for p in pieces]
    large = [h.heading and p.role not in _KEPT for p, h in zip(pieces, hints, strict=True)]
    out = list(pieces)
    index = 0
    text_seen = False
    while index < len(out):
        if not large[index]:
            piece = out[index]
            near = _attached(index, large, hints, ATTACHED_EMS * laid.em)
            if piece.role in HEADING_ROLES and not near:
                role = Role.INTERTITLE if text_seen else Role.FURNITURE
                out[index] = piece.with_(role=role, starts_article=False)
            elif piece.role in (Role.BODY, Role.INTERTITLE):
                text_seen = True
            index += 1
            continue
        end = index
        while end < len(out) and large[end]:
            end += 1
        # a body-sized kicker or deck printed close against the large type belongs to the stack
        reach = ATTACHED_EMS * laid.em
        above = index > 0 and out[index - 1].role in HEADING_ROLES
        first = index - 1 if above and _close(hints[index - 1], hints[index], reach) else index
        below = end < len(out) and out[end].role in HEADING_ROLES
        last = end + 1 if below and _close(hints[end - 1], hints[end], reach) else end
        _stack(out, hints, first, last)
        index = last
        text_seen = True
    return out


#: a kicker or deck in body type stands this close to the large type of its heading, in ems
ATTACHED_EMS = 0.7


def _attached(index: int, large: list[bool], hints: list[Hint], reach: float) -> bool:
    here = hints[index]
    above = index > 0 and large[index - 1] and _close(hints[index - 1], here, reach)
    below = index + 1 < len(large) and large[index + 1] and _close(here, hints[index + 1], reach)
    return above or below


def _close(upper: Hint, lower: Hint, reach: float) -> bool:
    """`lower` stands right under `upper`, within `reach`: a deck under its headline, a
    headline under its kicker (not the last line of a story beside the next one's headline)."""
    overlap = min(upper.right, lower.right) - max(upper.left, lower.left) > 0
    return overlap and -reach <= lower.top - upper.bottom <= reach


#: roles the words decide whatever the type size: a large masthead is still page furniture
_KEPT = frozenset({Role.FURNITURE, Role.TEASER, Role.AD, Role.CAPTION, Role.CREDIT, Role.BYLINE, Role.JUMP})


def _stack(out: list[Piece], hints: list[Hint], first: int, last: int) -> None:
    """Kicker, headline and subheadline of the heading stack `out[first:last]` by size."""
    top = max(hints[i].size for i in range(first, last))
    head = next(i for i in range(first, last) if hints[i].size >= top * (1 - SAME_SIZE))
    head_start = hints[head].start
    for i in range(first, last):
        piece = out[i]
        if hints[i].start == head_start:
            # one printed line the words cut into kicker and headline keeps the cut
            keep = piece.role in (Role.KICKER, Role.HEADLINE) and any(
                hints[j].start == head_start and j != i for j in range(first, last)
            )
            role = piece.role if keep else Role.HEADLINE
        else:
            role = Role.KICKER if i < head else Role.SUBHEADLINE
        out[i] = piece.with_(role=role, starts_article=i == first)
