"""Text -> Blocks: the units the page printed, each with the spans it came from.

Two layouts occur in real OCR output and both are read here:

* one paragraph a line, blank lines between blocks (`shared` Zhejiang page): each line is a block;
* hard-wrapped columns: every line of a paragraph cut at the column width (11-24 characters for
  Chinese), a paragraph start marked by an indent of `　　` or two spaces. Lines of one paragraph
  become one block; an indented line starts a new one.

A column break (a blank line inside a paragraph) is not mended here: `repair` does it, once it
knows which blocks are body text.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import cues, patterns
from .cues import lazy
from .hyphens import Vocabulary, word_frequency
from .model import Block, Line

#: a paragraph indent: an ideographic space (`　　本报讯…`), a tab or two spaces
INDENTS = ("\u3000", "\t", "  ", "\u00a0\u00a0", " \u00a0", "\u00a0 ")
#: the word that ends a dateline, in either script: 电 / 讯
DISPATCH_MARKS = frozenset("电讯電訊")
#: what opens a block of its own on a Latin page: a dateline, a byline, a jump or credit line
LATIN_START = lazy(
    r"^(?:[A-Z][A-Z.' ]{2,}(?:, [A-Z][A-Za-z.' ]+)?, (?:[A-Z][a-z]{2,8}\.?|Sept\.) \d{1,2}\b"
    r"|[A-Z][A-Z.' ]{2,} \((?:AP|UP|UPI|Reuters|Special)\)"
    r"|By [A-Z]|\(By |Special (?:Dispatch |Correspondence )?to |\(?Continued (?:on|from) "
    r"|\(Copyright)"  # photo credits: LATIN_CREDIT_START; whole-line credits: _credit_line
)
LATIN_CREDIT_START = lazy(r"^(?:[—-]\s*)?(?:Staff )?Photo(?:graph)? by ", regex.IGNORECASE)
LATIN_NAME_CUT = lazy(r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Messrs|Dr|St|Gen|Col|Capt|Gov|Rev|Hon|Prof|Sen|Rep)\.$")
LATIN_CLOSERS = frozenset(".!?:\"'”’)")
UPPER = patterns.compile(r"\p{Lu}")
LOWER = patterns.compile(r"\p{Ll}")
#: runs of Han and of Latin letters, counted by their lengths: one string a run, not one a letter
HAN = patterns.compile(r"\p{Han}+")
LATIN = patterns.compile(r"[A-Za-z\u00c0-\u024f]+")


def split_blocks(text: str) -> list[Block]:
    """Cut the page into blocks.

    A wrapped column: the lines of a paragraph join, an indent starts the next one.

    >>> column = "　　甲甲甲甲\\n乙乙乙乙\\n丙丙\\n　　丁丁丁丁\\n戊戊戊戊\\n己\\n"
    >>> [b.text for b in split_blocks("标题\\n\\n" + column)]
    ['标题', '甲甲甲甲乙乙乙乙丙丙', '丁丁丁丁戊戊戊戊己']
    """
    return split_counted(text)[0]


def split_counted(text: str) -> tuple[list[Block], Vocabulary | None]:
    """The blocks, and the page's Latin words as its lines spell them (None for a page with no
    Latin text): counted once here for the joins at line ends, and handed on to `repair` for the
    joins at column breaks (counting the page a second time there cost an English page 6-8% of
    its time)."""
    groups = _line_groups(text)
    scripts = [_script("".join(line.text for line in group)) for group in groups]
    bleeds: dict[int, list[Line]] = {}
    for number, script in enumerate(scripts):
        if script == "latin":
            groups[number], bleed = cut_column_bleed(groups[number])
            if bleed:
                bleeds[number] = bleed
    all_lines = [line for group in groups for line in group]
    # a page with no blank line at all: its paragraphs are marked by indents or by nothing
    unbroken = len(groups) == 1
    indents = sum(line.indented for line in all_lines)
    if unbroken and indents:
        indents -= sum(
            line.indented and _after_dateline(previous.text)
            for previous, line in zip(all_lines, all_lines[1:], strict=False)
        )
    indents_mean_paragraphs = 0 < indents < 0.8 * len(all_lines)
    width = _column_width(groups)
    full = _full_width(groups) if width is not None else 0.0
    latin_lines = [
        line.text
        for group, script in zip(groups, scripts, strict=True)
        if script == "latin"
        for line in group
    ]
    vocabulary = Vocabulary(latin_lines) if latin_lines else None
    latin_width = _latin_width(latin_lines)
    blocks: list[Block] = []
    for number, (group, script) in enumerate(zip(groups, scripts, strict=True)):
        if vocabulary is not None and script == "latin":
            blocks += _latin_blocks(group, number, latin_width, vocabulary)
            if number in bleeds:  # kept, as page matter of its own: nothing printed is lost
                bleed = bleeds[number]
                printed = " ".join(line.text for line in bleed)
                blocks.append(Block.make(tuple(bleed), number, "latin", printed))
            continue
        current = [group[0]]
        credit_above: bool | None = None  # the line above ends with a photo credit (asked once)
        # the lines too long for the column, if any is longer than its width (on a page with
        # blank lines between its blocks, none is: a heading stands in a group of its own)
        reach = 0.0 if width is None or len(group) == 1 else full + OVERRUN
        wide = (
            [len(line.text) > reach and _overlong(line.text, reach) for line in group]
            if reach and max(len(line.text) for line in group) > reach
            else None
        )
        for at, (previous, line) in enumerate(zip(group, group[1:], strict=False)):
            continues = _continues(previous, line, width, indents_mean_paragraphs) and not (
                wide and _across(group, wide, at, indents_mean_paragraphs)
            )
            if continues and width is not None and not indents_mean_paragraphs:
                # `previous` opens a block no blank line set apart (one after a blank line on a
                # page that has them is a column break's piece as often as a heading)
                opens = len(current) == 1 and (at > 0 or number == 0)
                above = group[at - 1].text if at else ""
                continues = not _ends_unmarked(
                    text, previous, line, width, opens, at + 2 < len(group), unbroken, above
                )
            elif continues and unbroken and width is not None and not line.indented:
                # a page whose indents alone mark its paragraphs: a flush line goes on a full
                # one, unless it is a heading's under the end of a story
                opens = len(current) == 1 and (at > 0 or number == 0)
                continues = not _heading_under(text, previous, line, width, opens, at + 2 < len(group))
            credit_here: bool | None = None
            if continues:
                # a caption dropped into a column, with no blank line around it, stands alone
                if credit_above is None:
                    credit_above = _has_credit(previous.text)
                credit_here = _has_credit(line.text)
                continues = not (credit_above or credit_here)
            credit_above = credit_here
            if continues:
                current.append(line)
            else:
                blocks.append(Block.make(tuple(current), number, script))
                current = [line]
        blocks.append(Block.make(tuple(current), number, script))
    if width is not None:
        blocks = _heading_lines_apart(blocks, width)
    return blocks, vocabulary


#: a mark that ends a sentence or a clause, or opens a list, or an ellipsis: a heading's lines
#: hold none
SENTENCE_END = patterns.compile(f"[{cues.CLAUSE_ENDS}…]")


def _heading_lines_apart(blocks: list[Block], width: float) -> list[Block]:
    """A heading set as one block (kicker over headline, no blank line between them, a blank line
    under them): its lines apart again, one block each.

    On a wrapped page a line as wide as the column, or nearly, goes on into the next, so a kicker
    that long runs into its headline, and the two read as one line of text too long for a
    heading. A block of two or three lines with a blank line under it, no sentence's end or colon,
    no dateline or credit's word (`记者`), whose first line is set flush (a paragraph's is
    indented, `宁波市、金华市…` wrapped wider than the page's column) and not as wide as the column
    (a title wrapped at the column, `国开行支持民营小微企业发` / `展`, is), is such a heading.

    PD Jan, Feb 2020, composed A set with each heading as one block (`tools/pd_variants.py`):
    37 and 38 such blocks, every one a heading; on A as composed, and rewrapped at B's widths
    (`other widths`), none (its other blocks of two or three lines with no sentence's end open
    with a dateline, list a show's performers or hold a byline)."""
    out: list[Block] = []
    for at, block in enumerate(blocks):
        first = block.lines[0]
        if (
            2 <= len(block.lines) <= 3
            and block.script == "zh"
            and not first.indented
            and width != len(first.text)
            and at + 1 < len(blocks)
            and blocks[at + 1].group != block.group
            and not SENTENCE_END.search(block.text)
            and not cues.has_role_word(block.text)
            and not cues.dateline_at_start(block.text)
        ):
            out += [Block.make((line,), block.group, block.script) for line in block.lines]
        else:
            out.append(block)
    return out


def _latin_blocks(group: list[Line], number: int, width: float, vocabulary: Vocabulary) -> list[Block]:
    """Old English-language OCR (Chronicling America) runs whole columns together with no blank
    line and no indent: a paragraph ends at a short line, a headline deck where the capitals
    start or stop, and a dateline, byline or jump line always starts a block of its own."""
    blocks: list[Block] = []
    current = [group[0]]
    credits = [_credit_line(line.text) for line in group]  # a whole-line credit stands alone
    widths = _local_widths([line.text for line in group], width)
    for index, (previous, line) in enumerate(zip(group, group[1:], strict=False)):
        if credits[index] or credits[index + 1] or _latin_break(previous.text, line.text, widths[index]):
            blocks += _speck_apart(current, number, vocabulary)
            current = [line]
        else:
            current.append(line)
    blocks += _speck_apart(current, number, vocabulary)
    return blocks


def _speck_apart(lines: list[Line], number: int, vocabulary: Vocabulary) -> list[Block]:
    """The block of `lines`, and the speck OCR read on a line of its own under them as a block
    apart (`…people witnessed it.` / `/` / `EX-PRESIDENT…`), no text of the paragraph (a speck is
    a line of its own, so it ends its block whatever follows). A speck among a deck's lines is
    left to the deck (`…Car Driven by Leo` / `i` / `Oldfield.`), whose reading it would cut.

    The two Chronicling America pages hold 4 such lines, every one left out of the text in their
    gold (`/`, `«`, `b`, `(`); the English corpus's tune part 1 (`THAT old." \\` / `r`)."""
    if (
        len(lines) > 1
        and _speck(lines[-1].text.strip())
        and not is_deck(" ".join(line.text for line in lines[:-1]))
    ):
        return [_latin_block(lines[:-1], number, vocabulary), _latin_block(lines[-1:], number, vocabulary)]
    return [_latin_block(lines, number, vocabulary)]


def _latin_block(lines: list[Line], number: int, vocabulary: Vocabulary) -> Block:
    return Block.make(tuple(lines), number, "latin", vocabulary.join_all([line.text for line in lines]))


def cut_column_bleed(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Letters of the next column that OCR ran onto the ends of this one's lines (`the taking
    or! pho- juH` / `tographic views in the Salt Lako H`), cut off where they come in a run down
    the column edge: the lines without them, and the cut-off pieces.

    >>> rows = ["the taking of pho- juH", "tographic views in the H", "temple, by secret meth- H",
    ...         "ods. It was for hours B", "the sole topic"]
    >>> clean, bleed = cut_column_bleed([Line(t, 0, False) for t in rows])
    >>> [line.text for line in clean][:2], [line.text for line in bleed]
    (['the taking of pho-', 'tographic views in the'], ['juH', 'H', 'H', 'B'])
    """
    cuts = [_bleed_cut(line.text) for line in lines]
    marked = [cut is not None for cut in cuts]
    clean: list[Line] = []
    bleed: list[Line] = []
    for index, (line, cut) in enumerate(zip(lines, cuts, strict=True)):
        window = marked[max(0, index - 2) : index + 3]
        if cut is None or sum(window) < 3:  # one odd line end is text; a run is the column edge
            clean.append(line)
            continue
        tail = line.text[cut:]
        clean.append(line._replace(text=line.text[:cut].rstrip()))
        offset = cut + len(tail) - len(tail.lstrip())
        bleed.append(Line(tail.strip(), line.start + offset, False))
    return clean, bleed


def is_column_bleed(block: Block) -> bool:
    """A block of what `cut_column_bleed` cut off: three or more lines, each one or two bleed
    tokens."""
    return len(block.lines) >= 3 and all(
        len(tokens) <= 2 and all(bleed_like(token) for token in tokens)
        for tokens in (line.text.split() for line in block.lines)
    )


def _bleed_cut(text: str) -> int | None:
    """Where the bleed at the end of one line begins: one or two short tokens no sentence ends
    with (a capital or digit inside, not a word like `It`, not an initial with its stop)."""
    if is_capitals(text):
        return None
    end = len(text.rstrip())
    space = text.rfind(" ", 0, end)
    if space <= 0 or not bleed_like(text[space + 1 : end]):
        return None
    # a second token goes too when it is capitals or digits only (`SAn B1` keeps `SAn`)
    before = text.rfind(" ", 0, space)
    token = text[before + 1 : space]
    if before > 0 and 0 < len(token) <= 4 and token.upper() == token and bleed_like(token):
        return before
    return space


def bleed_like(token: str) -> bool:
    """A token that can be the next column's letters run onto a line end (`H`, `juH`, `9j`)."""
    if not 0 < len(token) <= 4 or token in ("I", "A", "&") or token[-1] in ".,;:?-":
        return False
    if len(token) == 1:
        return token.isupper() or token.isdigit()
    if token.isdigit():
        return len(token) <= 2
    if not any(ch.isupper() or ch.isdigit() or ch in "!|()" for ch in token):
        return False
    letters = token.strip("'\"!|()")
    if letters.istitle() and len(letters) > 2:
        return False  # `Illi` / `nois`, `Pur` / `chase`: a proper noun broken at the line end
    if letters.isalpha() and (letters.istitle() or letters.islower()):
        return word_frequency()(letters.lower()) < 3.5  # `It`, `He`, `In` end sentences; `Bf`, `Sj` do not
    return True


def _latin_width(lines: list[str]) -> float:
    """The column width of a Latin page: most text lines run to the margin, so a high quantile
    of their lengths; headlines in capitals are left out, they would pull it down."""
    text_lines = sorted(len(t) for t in lines if not is_capitals(t))
    if not text_lines:
        return 0.0
    return float(text_lines[int(0.8 * (len(text_lines) - 1))])


#: lines on each side of a line that tell the width of its column
WIDTH_REACH = 12
#: fewer text lines than this around a line say nothing of its column: the page's width serves
WIDTH_SAMPLE = 8


def _local_widths(texts: list[str], page_width: float) -> list[float]:
    """The width of the column each line stands in: the page's quantile, taken over the lines
    around it. A page runs narrow columns beside wide ones (a 1950 story set 22 letters wide
    above a court list set 45 wide), and one width for the page breaks every line of the
    narrow one into a paragraph of its own."""
    sizes = [None if is_capitals(t) else len(t) for t in texts]
    widths: list[float] = []
    for index in range(len(texts)):
        near = sorted(
            n for n in sizes[max(0, index - WIDTH_REACH) : index + WIDTH_REACH + 1] if n is not None
        )
        widths.append(float(near[int(0.8 * (len(near) - 1))]) if len(near) >= WIDTH_SAMPLE else page_width)
    return widths


def dateline_line(text: str) -> bool:
    """A dateline set as a line of its own (`MELBOURNE, Wednesday.`, `LONDON, Oct. 11.`): it
    opens the paragraph below it."""
    match = cues.LATIN_DATELINE.match(text + " ") if len(text) <= DATELINE_LINE_MAX else None
    return match is not None and match.end() >= len(text)


#: the longest dateline set as a line of its own: `DUNGOG, Monday, 10:30 a.m.`
DATELINE_LINE_MAX = 40


#: a word broken at the line end: `Senior Crown Prose-` / `cutor`
BROKEN_WORD = lazy(r"\p{Ll}-$")


def _latin_break(previous: str, line: str, width: float) -> bool:
    if previous.endswith("-") and line[:1].islower() and BROKEN_WORD.search(previous):
        return False  # whatever the lines look like, a word broken in two is one block
    if dateline_line(previous) and not is_capitals(line):
        return False  # the dateline and the paragraph it opens are one block: `BYROCK, FRIDAY.` / `The…`
    capitals = _capitals_past_dateline(previous)
    if (
        capitals != is_capitals(line)
        or LATIN_START.match(line)
        or LATIN_CREDIT_START.match(line)
        or _jump(line)
        or _jump(previous)
    ):
        return True
    if dateline_line(line):
        return True
    if capitals:
        return previous.endswith(".")  # a deck in capitals ends with a full stop
    if cues.ends_advt(previous):
        return True
    if previous.endswith(".") and LATIN_NAME_CUT.search(previous):
        return False  # `…said Mr.` / `Dougherty,`: a title or an initial never ends a paragraph
    previous = without_specks(previous)
    last = previous[-1:]
    line = LEAD_SPECK.sub("", line)
    if line[:1].islower() and last not in ".!?:":
        return False  # `Outlines Plan of Compro` / `mise on the…`: the line goes on
    if last in '.!?"”' and _title_head(line, width):
        return True  # `…Parker, and Co., agents.` / `Pilot Gets`: the next story's headline
    if last in '.!?"”' and line[:1] in '"“' and not line[1:2].islower():
        return True  # `…ho exclaimed.` / `"If we are…`: the next speaker, or the next quotation
    if last == ":" and (line[:1].isupper() or line[:1] in '"“'):
        return True  # `…said afterward:` / `We have simply…`: the words announced
    if last in LATIN_CLOSERS and (cues.LATIN_DATELINE.match(line) or _intertitle(line, width)):
        return True  # `Havana, April 30.— The law…`: the next dispatch; `Explains His Trip.`
    size = len(previous)
    if last.islower() and _runs_on(previous):
        return False  # `K.C. (by Murphy and` / `Moloney), for Cook`: no sentence ends on `and`
    if size < 0.5 * width or (size < 0.8 * width and last in LATIN_CLOSERS):
        return True
    # a sentence ending short of the margin, the next starting a new one: a new paragraph
    return size < 0.9 * width and last in '.!?"”' and line[:1].isupper()


#: the commonest English words (zipf 7.0 and more: `the`, `of`, `and`, `to`, `a`, `in`, `for`,
#: `that`, `is`), which a paragraph hardly ends on
RUN_ON_KNOWN = 7.0


def _capitals_past_dateline(line: str) -> bool:
    """Is `line` in capitals past the dateline that opens it? `' PORTI-AND. Or.. Sept. 16. C. W.` /
    `Jones, former…`: the dateline's capitals made the line a capitals deck, cut from the text it
    opens, and the initials left a paragraph of their own once the dateline was lifted. The only
    such line on the English tune part and the gold pages (the 1911 page's)."""
    if not is_capitals(line):
        return False
    opening = cues.LATIN_DATELINE.match(line + " ")
    rest = line[opening.end() :] if opening else ""
    return not rest.strip() or is_capitals(rest)


def _runs_on(line: str) -> bool:
    """A line ending in one of the commonest English words goes on, however short (a narrow
    column's line among wide ones, `K.C. (by Murphy and` / `Moloney), for Cook`): on the tuning
    part of the English corpus, regrouped nine ways, 1,719 lines end on such a word before a
    capitalised line, and all go on but 9 over a capitals line (`…of £5 and` / `ASSAULT AND
    ROBBERY.`), which ends the paragraph by an earlier rule."""
    start = len(line)
    while start and line[start - 1].isalpha():
        start -= 1
    # a line of that word alone is a speck as often (`i` under a deck's line)
    word = line[start:]
    return 0 < start < len(line) and word.islower() and word_frequency()(word) >= RUN_ON_KNOWN


def _jump(line: str) -> bool:
    """`Continued on Page 3.`, as OCR may spell it (`Continued On Pago Two.`): a line of its own."""
    return len(line) <= 60 and line[:2].lower() in ("co", "(c") and cues.LATIN_JUMP.match(line) is not None


#: a speck OCR read before a line's first word: `? from the blazing cockpit of`
LEAD_SPECK = lazy(r"^[^\w\s\"'“‘(\[]{1,2}\s+(?=\w)")


def _title_head(line: str, width: float) -> bool:
    """A short title-case line with no closing mark: a line of a headline set in a narrow column
    (`Pilot Gets`, `Tests Allay`), never the last line of a paragraph, which ends its sentence."""
    return len(line) < 0.5 * width and line[-1:].isalnum() and is_title_case(line)


def without_specks(line: str) -> str:
    """A line without the speck OCR read after its last word (`him. ,` / `chief. i`): one mark
    or one stray letter, never `a`, `A` or `I`, which end a line as words."""
    head, _, last = line.rpartition(" ")
    return head.rstrip() if head and _speck(last) else line


def _speck(word: str) -> bool:
    """One mark or one stray letter (`,`, `■`, `i`), never `a`, `A` or `I`, which are words."""
    return len(word) <= 2 and not any(ch.isalnum() for ch in word) or len(word) == 1 and word not in "aAI"


#: the share of lower-case long words a title-case deck may hold: OCR slips (`jrteen 'Others Are
#: Injured flien Car…`), never a sentence's verbs
DECK_LOWER_SHARE = 0.25


def is_deck(text: str) -> bool:
    """A title-case deck of several lines (`Imposing Military and Civic Demonstration in Honor
    of the Louisiana Purchase Exposition.`): all its long words capitalised but a few. A
    paragraph full of names (`Mr. Clarke, S.M., presided in the Charge Court yester-` / `day.`)
    passes `is_title_case` but has its verbs in lower case and its clauses cut by commas; a deck
    OCR garbled (`jrteen 'Others Are Injured flien Car`) has no commas."""
    words = [w for w in (w.lstrip("'\"‘“(") for w in text.split()) if w[:1].isalpha() and len(w) > 3]
    lower = sum(w[0].islower() for w in words)
    return is_title_case(text) and (lower <= DECK_LOWER_SHARE * len(words) or "," not in text)


def is_title_case(text: str) -> bool:
    """A deck under a headline: `Will Lay Off 150 Craft.` — most words capitalised."""
    words = [w for w in (w.lstrip("'\"‘“(") for w in text.split()) if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _intertitle(line: str, width: float) -> bool:
    """`Explains His Trip.` / `Came and Went at Will.`: a short line of a few capitalised words
    ending a sentence of its own, set between two paragraphs of a long story."""
    words = line.split()
    return (
        len(line) < 0.7 * width
        and 2 <= len(words) <= 6
        and line.rstrip('"”')[-1:] in ".!?"
        and line[:1].isupper()
        and is_title_case(line)
    )


def _credit_line(text: str) -> bool:
    """A line that is a whole credit: a wire service, a byline, a copyright notice."""
    return len(text) <= 60 and (
        cues.wire_credit(text)
        or cues.LATIN_COPYRIGHT.match(text) is not None
        or cues.LATIN_BYLINE.match(text) is not None
    )


@lru_cache(maxsize=8192)
def is_capitals(text: str) -> bool:
    """A headline deck set in capitals: `NO BIG HARBOR TIE-UP`."""
    upper = len(UPPER.findall(text))
    lower = len(LOWER.findall(text))
    return upper + lower >= 4 and upper >= 3 * lower


#: a column rule as OCR reads it at a Chinese line's edge (`…共同责 |` / `| 任。当前…`): never
#: text there (a Latin page's gold keeps its OCR specks as read)
RULES = frozenset("|｜¦")
RULE_AT_START = patterns.compile(r"[ \t]*[|｜¦]+ ?")
RULE_AT_END = patterns.compile(r"[ \t]*[|｜¦]+[ \t]*$")


def _line_groups(text: str) -> list[list[Line]]:
    """Runs of non-blank lines; a blank line (or one of only spaces) ends a run. A column rule at
    a Chinese line's edge is left out of the line."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(raw_line)
        raw = raw_line.rstrip("\r\n")
        stripped = raw.strip()
        skip = 0
        if stripped and (stripped[0] in RULES or stripped[-1] in RULES) and HAN.search(stripped):
            cut = RULE_AT_START.match(raw)
            skip = cut.end() if cut else 0
            raw = RULE_AT_END.sub("", raw[skip:])
            stripped = raw.strip()
        if not stripped:
            if current:
                groups.append(current)
                current = []
            continue
        lead = skip + len(raw) - len(raw.lstrip())
        if raw.startswith(INDENTS):
            depth = sum(INDENT_WIDTHS.get(space, 1) for space in raw[: lead - skip])
            current.append(Line(stripped, start + lead, True, depth))
        else:
            current.append(Line(stripped, start + lead, False))
    if current:
        groups.append(current)
    return groups


#: how wide each space of an indent is, in half-width characters (`Line.indent`)
INDENT_WIDTHS = {"\u3000": 2, "\t": 4}


def _column_width(groups: list[list[Line]]) -> float | None:
    """The width the page's columns were wrapped at, or None for a one-paragraph-a-line page.

    Every line of a hard-wrapped paragraph but its last is cut at the column width, so in a
    wrapped page those lines agree on a width; in a one-paragraph-a-line page there are few of
    them and they do not agree, or they agree (a two-line heading or two) on a width that more of
    the page's lines run far past than there are of them.
    """
    inner = [len(line.text) for group in groups for line in group[:-1]]
    if len(inner) < 3:
        return None
    width = _median(inner)
    near = sum(1 for n in inner if abs(n - width) <= 2)
    if width > 60 or near < 0.6 * len(inner):
        return None
    # a page of whole-line paragraphs with a heading or two set over two lines: those few lines
    # agree on no column, and the paragraphs run far past what they would give
    overlong = sum(1 for group in groups for line in group if len(line.text) > OVERLONG * width)
    return None if overlong > len(inner) else width


#: a line this many times the column's width is no line of a wrapped column
OVERLONG = 2


def _full_width(groups: list[list[Line]]) -> float:
    """How many characters a full line of the column holds: an indented line's indent takes two
    of them, which `_column_width` (the lengths as read) leaves out, so on a page of short
    paragraphs, most of whose inner lines are their first, it reads the column narrower."""
    return _median([len(line.text) + 2 * line.indented for group in groups for line in group[:-1]])


def _median(values: list[int]) -> float:
    """`statistics.median`, without the 5 ms `statistics` costs to import."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _continues(previous: Line, line: Line, width: float | None, indents: bool) -> bool:
    if previous.text[-1:] in "）)" and cues.TEASER_ITEM.search(previous.text):
        # a teaser box's item ends with the page it points to (`…（第4版）`), and the next item
        # starts a line of its own: 1,064 lines of People's Daily pages (Jan, Feb 2020) end so,
        # none of them inside an article's text
        return False
    if indents and line.indented:
        # the space after a dateline that fills its line looks like an indent on the next one:
        # `本报北京2月3日电 （记者王浩)` / `  为进一步做好疫情防控工作，…`
        return _dateline_only(previous.text)
    if line.text[:1] in DISPATCH_MARKS and previous.text[-1:] == "日":
        return True  # a dateline cut by the line's end: `　　本报杭州５月７日` / `电  （记者李四）…`
    if width is None:
        return False
    if not indents and _opens_dispatch(line.text):
        return _dateline_only(previous.text)
    return len(previous.text) >= width - 2.5 or _dateline_only(previous.text)


#: how a paragraph's last sentence ends: a stop, or a closing quote or bracket after one
PARAGRAPH_END = patterns.compile(r"[。！？!?…][”’\"'」』）)]*$")
#: SENTENCE_END but the ellipsis, which a full-width tagged headline may hold
STOP = patterns.compile(f"[{cues.CLAUSE_ENDS}]")
#: a heading set with a space between its characters: `法 国 加 大 环 境 保 护 力 度`
LETTER_SPACED = patterns.compile(r"^(?:\S[ \u3000]){3}")
SPACES = frozenset(" \t\u3000\u00a0")
#: what no heading opens with: the close of a quotation cut by the line's end
CLOSING_QUOTES = ("”", "’")
#: how a headline's deck opens
DECK_LEAD = ("——", "--")
#: the marks no deck holds (it may hold an enumeration comma and quotes)
NO_DECK_MARK = patterns.compile(r"[，,。；;：:！？!?]")
#: how the line over a list's item ends: a sentence, or the lead-in to the list
CLAUSE_END = tuple(cues.CLAUSE_ENDS)
#: a news paragraph's last sentence: a quotation's attribution (`…”项目经理吕威说。`)
QUOTE_ENDS = patterns.compile(r"说。$")
#: a sentence closing a quotation (`…越变越好！"`): the next paragraph may open another
QUOTE_CLOSED = patterns.compile(r"[。！？!?][”\"]$")
OPENING_QUOTES = ("“", '"')
#: how a list's lead-in (`研究讨论的事项主要包括：`) and its items (`…社会责任等方面的重大事项；`) end
LIST_CLAUSE_ENDS = ("；", ";", "：", ":")
#: what opens a paragraph: a closing credit or note in brackets (`（本报伦敦１月１３日电）`,
#: `（作者为…）`), a list's item (`（二）主要目标。`), a law's article or chapter (`第四条 …`)
PARAGRAPH_OPENING = patterns.compile(r"^(?:[（(]|第[一二三四五六七八九十百零]+[条章节][ \u3000])")


def _ends_unmarked(
    page: str,
    previous: Line,
    line: Line,
    width: float,
    opens: bool,
    text_under: bool,
    unbroken: bool,
    above: str,
) -> bool:
    """Does a line as long as the column's ends its block, on a page that marks paragraphs by
    neither indents nor blank lines (OCR that keeps one line a line and drops leading spaces)?

    Every line of a wrapped paragraph but its last is cut at the column's width, so a line short
    of it (by a space after it too: `受益者。" `) is a paragraph's last when it ends a sentence,
    and a heading's when it holds no mark at all. A line at the full width opening a block is a
    heading when it holds no mark and ends in a column's tag (`根治欠薪彰显治理温度（人民时评）`),
    or no mark but commas (`奋斗，源自使命感（记者手记）`), or is letter-spaced, and a running
    head (`人民日报  2020年1月10日`) stands alone. A paragraph's last line may fill the column: a
    line ending a sentence ends its block when a heading's line follows with text under it, one
    with no mark, short of the width or ending in a tag or letter-spaced, opening as no cut
    sentence does (`…的胜利。` / `中俄两国元首互致新年贺电`). On a page with no blank line at all,
    it ends its block too where the sentence is a quotation's attribution (`…”项目经理吕威说。`)
    or closes a quotation and the line under it opens another, or the line under it opens a
    paragraph by its form (PARAGRAPH_OPENING). A dateline alone on
    its line, or cut by the line's end, goes on.

    Composed pages A, Jan and Feb 2020, their wrapped pages set so (blank lines and indents
    taken out: 628 and 659 pages): paragraph ends read as going on 2,205 -> 834 of 13,000 (Jan),
    2,425 -> 920 of 13,549 (Feb); a heading line run into the line under it 326 -> 144 of 1,972,
    398 -> 193 of 2,067; a paragraph cut where it goes on 61 -> 81 of 83,644, 97 -> 114 of
    91,803. Scored: heading 0.666 -> 0.816, 0.626 -> 0.769; para_f1 0.549 -> 0.685, 0.516 ->
    0.664; seg_f1 0.951 -> 0.972, 0.937 -> 0.962. Each part taken out alone: the sentence's end
    costs para_f1 0.106 and 0.102, the short line with no mark heading 0.074 and 0.066, the tag
    or letter-spacing at full width heading 0.049 and 0.061. A heading under a full line: run
    into the paragraph 30 -> 14 of 626 (Jan), 31 -> 23 of 639 (Feb), paragraphs cut where they
    go on 81 -> 90, 114 -> 124; heading 0.816 -> 0.831, 0.769 -> 0.779, para_f1 0.685 -> 0.693,
    0.664 -> 0.669. A running head run into the heading under it 28 -> 1 of 349 (Jan), 31 -> 0
    of 375 (Feb), into the teaser box 17 -> 1 of 86, 12 -> 0 of 94; paragraphs cut where they go
    on 124 -> 127 (Feb); heading 0.831 -> 0.844, 0.779 -> 0.795. A headline of two phrases
    ending in its tag: heading 0.844 -> 0.854, 0.795 -> 0.815; paragraphs cut where they go on
    90 -> 93 (Jan), 127 (Feb). The pages as composed (A and B, with blank lines or indents)
    read as before.

    Of full lines ending a sentence inside the text, a third end a paragraph (772 of 2,338 Jan,
    826 of 2,788 Feb): most openings and endings tell nothing (`“` opens 41 paragraph starts
    and 34 lines going on, Jan; 40 and 41, Feb). `…说。` ends 24 of 29 (Jan), 29 of 38 (Feb);
    a bracket or a law's article opens 30 of 30 and 38 of 39; a quotation closed over one
    opened, 12 of 13 and 16 of 21. With them, paragraph ends read
    as going on 792 -> 723 (Jan), 881 -> 815 (Feb); paragraphs cut where they go on 93 -> 103
    of 83,644, 127 -> 138 of 91,803. Scored (`pd_variants.py`, first 250 pages, flush): para_f1
    0.773 -> 0.775 and 0.691 -> 0.694 with indents taken out (Jan), 0.826 -> 0.830 and 0.678
    -> 0.683 (Feb); lines uneven the same or better. The quotations' pair, added after: paragraph
    ends read as going on 723 -> 712 (Jan), 815 -> 801 (Feb), cut where they go on +1, +5;
    flush para_f1 0.776 -> 0.778 (Jan), unchanged (Feb). On a page with blank lines between its
    paragraphs no line ends so: asked there, A's wrapped pages as composed fell (para_f1 0.872
    -> 0.870, Jan).

    A line one or two characters short of the column ending in a colon or a semicolon (a list's
    lead-in or item) read as going on into the next item: on the first 250 pages (wrapped pages,
    blank lines and indents taken out) 21 (Jan) and 19 (Feb) such lines, every one a paragraph's
    end; a tenth of the lines made uneven, 22 and 18, and one line going on (its inner mark lost)
    cut. Scored (`pd_variants.py`, para_f1): flush 0.779 -> 0.785 and 0.710 -> 0.714 with
    indents taken out (Jan), 0.831 and 0.685 -> 0.692 (Feb); lines uneven 0.755 -> 0.761, 0.698
    -> 0.702 (Jan), 0.791 and 0.666 -> 0.673 (Feb); no other figure moves.

    A Chinese line one or two characters short of the column opening a block, holding marks but
    ending no sentence, read as going on into the text under it: mostly an intertitle of two
    phrases (`提升产品质量，减少环境污染`, its own paragraph), the rest a paragraph's first line.
    It ends its block, and repair weighs whether the text goes on from it as it weighs a line
    further short (`_continues`: the seam model). On the same pages: paragraph ends read as
    going on 20 -> 14 (Jan), 33 -> 10 (Feb), lines going on cut 3 -> 3, 5 -> 6; lines uneven 19
    -> 13 and 32 -> 11, cut 36 -> 39 and 50 -> 54. Scored (`pd_variants.py`; para_f1 and
    heading): flush 0.785 -> 0.786, 0.901 -> 0.911 and 0.714 -> 0.716, 0.876 -> 0.882 with
    indents taken out (Jan), 0.831 -> 0.841, 0.820 -> 0.832 and 0.692 -> 0.699, 0.827 -> 0.853
    (Feb); lines uneven 0.761 -> 0.762, 0.842 -> 0.852 and 0.702 -> 0.724, 0.848 -> 0.857 (Jan),
    0.791 -> 0.799, 0.753 -> 0.764 and 0.673 -> 0.675, 0.793 -> 0.817 (Feb); the composed pages
    read as before."""
    text = previous.text
    end = previous.start + len(text)
    length = len(text) + (page[end : end + 1] in SPACES)
    if length < width:
        # a Chinese line opening a block short of the column is a line whole (a title of two
        # phrases: `提升产品质量，减少环境污染`) or a paragraph's head: repair weighs which. (A line
        # of words falls short of the column where its last word broke: `Развитие малого`)
        ends = (
            opens
            and HAN.search(text) is not None
            or PARAGRAPH_END.search(text) is not None
            or text.endswith(LIST_CLAUSE_ENDS)
            or _unmarked_han(text)
        )
    elif opens and _deck(text, above) and NO_DECK_MARK.search(text) is None:
        ends = True  # with no mark, or naming things in a list: `——访文化和旅游部党组书记、部长雒树刚`
    elif opens and _unmarked_han(text):
        ends = _heading_form(text) or cues.page_matter(text)
    elif opens and STOP.search(text) is None and cues.COLUMN_TAG.search(text) is not None:
        ends = True
    else:
        below = line.text
        ends = PARAGRAPH_END.search(text) is not None and (
            text_under
            and _unmarked_han(below)
            and (len(below) < width or _heading_form(below))
            and not below.startswith(CLOSING_QUOTES)
            and cues.CUT_OPENING.match(below) is None
            or unbroken
            and (
                QUOTE_ENDS.search(text) is not None
                or PARAGRAPH_OPENING.match(below) is not None
                or below.startswith(OPENING_QUOTES)
                and QUOTE_CLOSED.search(text) is not None
            )
        )
    return ends and not (line.text[:1] in DISPATCH_MARKS and text[-1:] == "日") and not _dateline_only(text)


#: the reporters a dateline names, in brackets at its end: `本报石家庄2月11日电 (记者徐运平、张腾扬)`
DATELINE_NAMES = patterns.compile(r"[（(][ \u3000]*记者[^（()）]*[）)]$")


def _heading_under(
    page: str, previous: Line, line: Line, width: float, opens: bool, text_under: bool
) -> bool:
    """Does a flush line under a line as long as the column start a heading, on a page whose
    paragraphs are marked by indents alone (OCR that keeps them, and gives no blank line)?

    A flush line there goes on the paragraph above it, whose lines are cut at the column. But
    the next story's heading is flush too: a line short of the column with no mark (or ending
    in a column's tag, or letter-spaced), under a line that ends a sentence or a bracket (a
    closing credit, an author's note, a headline's tag: `（作者为中国驻缅甸大使）`), with text
    under it, is a heading's line, as on a page with neither indents nor blank lines
    (`_ends_unmarked`); and a running head opening a block (`人民日报  2020年1月5日`) stands alone.
    A line set in by a space is as wide as the space makes it (`…真的了不起！”` / ` 帕维勒对中国医
    护人员充满感谢和`: a paragraph going on), and a dateline's reporters in brackets end no
    paragraph.

    People's Daily, Jan and Feb 2020, composed A, wrapped pages with indents, blank lines taken
    out (`tools/pd_variants.py`, no blank lines): 121 and 125 lines cut off the line above
    start a heading or stand under a running head, 2 and 4 go on a paragraph (a column break's
    piece, `…精简了一大半!"` / `安徽`; figure references, `(见图１５)`), 4 and 3 are a photo's credit or
    a closing credit, which stand alone anyway. First 250 pages: heading 0.854 -> 0.940 (Jan),
    0.807 -> 0.887 (Feb); para_f1 0.916 -> 0.973, 0.920 -> 0.938; found 0.940 -> 0.981, 0.927 ->
    0.947. A page with blank lines is not asked (no line of A's other forms or of A and B as
    composed is cut so, and asking cost a split 1 M instructions)."""
    text, below = previous.text, line.text
    if opens and not previous.indented and _unmarked_han(text) and cues.page_matter(text):
        return True
    return (
        (PARAGRAPH_END.search(text) is not None or text[-1:] in "）)" and not DATELINE_NAMES.search(text))
        and text_under
        and _unmarked_han(below)
        and (len(below) + (page[line.start - 1 : line.start] in SPACES) < width or _heading_form(below))
        and not below.startswith(CLOSING_QUOTES + ("…",))
        and cues.CUT_OPENING.match(below) is None
    )


def _heading_form(text: str) -> bool:
    """A heading's line by its form: a column's tag at its end, or letter-spaced."""
    return cues.COLUMN_TAG.search(text) is not None or LETTER_SPACED.match(text) is not None


def _deck(text: str, above: str) -> bool:
    """A headline's deck (`——访天津大学药学院院长杰伊·西格尔`) at the column's full width with no
    mark, under a line that ends no sentence, stands apart from the text under it; a list's
    item opening with a dash (`——对大龄失业人员零就业`) follows a sentence's end or a colon.

    A, Jan and Feb 2020, wrapped pages, blank lines and indents taken out: 72 and 85 decks at
    full width with no mark ran into the text, against 19 and 13 list items opening so. With
    the rule, a heading run into the paragraph under it 77 -> 56 of 1,392 (Jan), 108 -> 80 of
    1,451 (Feb); paragraphs cut where they go on 103 -> 107 (Jan), 138 (Feb). First 250 pages
    (`pd_variants.py`), heading: flush 0.881 -> 0.891 and 0.854 -> 0.873 with indents taken out
    (Jan), 0.809 -> 0.820 and 0.807 -> 0.827 (Feb); lines uneven 0.762 -> 0.772, 0.794 -> 0.809
    (Jan), 0.708 -> 0.719, 0.753 -> 0.773 (Feb). Left: an intertitle's dashed second line
    (`初心永挚 照亮前路` / `——循着主题教育积淀的深刻启`) now makes a stack the boundary model
    reads as the next article's heading (one page, Jan: seg_f1 0.974 -> 0.971 with indents
    taken out). A deck holding enumeration commas or quotes and no other mark
    (`——访文化和旅游部党组书记、部长雒树刚`) ends its block too: 9 and 5 such decks at full width
    under a line ending no sentence, against 1 and 0 list items; a heading run into the
    paragraph under it 56 -> 53 (Jan), 80 -> 79 (Feb), cut where they go on +1 (Jan); heading
    flush 0.891 -> 0.901, 0.873 -> 0.876 with indents taken out (Jan), unchanged (Feb)."""
    return (
        text.startswith(DECK_LEAD) and PARAGRAPH_END.search(above) is None and not above.endswith(CLAUSE_END)
    )


def _unmarked_han(text: str) -> bool:
    """Chinese text with no mark at all: a heading's line (the words of another script hold
    none either: `Развитие малого` opens a paragraph)."""
    return cues.ANY_MARK.search(text) is None and HAN.search(text) is not None


def _opens_dispatch(text: str) -> bool:
    """A line opening with a dateline (`新华社北京１２月３１日电`, `本报电`) opens its story's first
    paragraph, so a new block, wherever the line above ends: on a page that marks its paragraphs
    by neither blank lines nor indents, a heading as wide as the column (`中俄两国元首互致新年贺电`)
    or a paragraph ending on a full line otherwise runs into it. (On a page with indents the
    dateline's paragraph is set in, and a block already.)

    People's Daily, Jan and Feb 2020, composed A and B as printed: no figure moves. With no
    blank lines (`tools/pd_variants.py`, A, first 250 pages, wrapped without indents): heading
    0.614 -> 0.703 (Jan), 0.573 -> 0.607 (Feb), para_f1 0.529 -> 0.572, 0.569 -> 0.572. Asked
    on pages with indents too it gave 0.743 and 0.618 (a page whose few indents are the space
    after a dateline counts as indented), but cost a split 1.4 M instructions more: its pattern
    runs on every line of an indented page that holds 电 or 讯."""
    # the dispatch's mark is asked first: the pattern is dear, and few lines hold 电 or 讯
    return not DISPATCH_MARKS.isdisjoint(text) and cues.dateline_at_start(text) is not None


#: how far past the column width a line may run and still be one of the column's lines
OVERRUN = 1.5
#: how far in length two lines of a wider column may differ (an indent takes two characters)
WIDE_AGREE = 2
#: ASCII and the letters of the alphabetic scripts: set about half as wide as a Chinese character,
#: so a column's line holds more of them. A Chinese mark OCR read as its ASCII twin (`,` for `，`)
#: is as wide as a character in print, but counting it narrow only makes a line read as the
#: column's, as every line was before widths were compared
NARROW = patterns.compile(r"[\x00-\x7f\p{Latin}\p{Cyrillic}\p{Greek}]")


def _across(group: list[Line], wide: list[bool], at: int, indents: bool) -> bool:
    """Does a line wider than the column end a block between lines `at` and `at + 1`?

    A column's lines are cut at one width, so a line wider than that is something else: a
    heading set across columns, a running head (on a page with no blank line around them), or
    a line of a wider column. A wide line after a line of the column starts a block; a wide line
    ends its block unless it is a line of a wider column going on: one as long as a wide line
    beside it (a kicker and a headline across columns seldom match in length) or opening a
    paragraph with an indent, followed by a line no longer than it (the next, or the last)."""
    if not wide[at]:
        return wide[at + 1]
    last_wide = at + 2 == len(group) or not wide[at + 2]
    if (
        wide[at + 1]
        and last_wide
        and "。" not in group[at + 1].text
        and cues.COLUMN_TAG.search(group[at + 1].text)
    ):
        # the last wide line ends in its column's tag: a headline across columns, the line over
        # it its kicker, however alike their lengths (`成果覆盖多个领域 数据用于各行各业` /
        # `高分卫星,本领越来越强（科技视点）`)
        return True
    length = len(group[at].text)
    column = (
        indents
        and group[at].indented
        or any(
            0 <= near < len(group) and wide[near] and abs(len(group[near].text) - length) <= WIDE_AGREE
            for near in (at - 1, at + 1)
        )
    )
    return not (column and len(group[at + 1].text) <= length + WIDE_AGREE)


def _overlong(text: str, reach: float) -> bool:
    """Too long for a line of the column, whose lines run to `reach` at most: a heading over
    several columns, a running head."""
    # too long even were every character narrow: a paragraph set one a line is never counted
    return len(text) > 2 * reach or len(text) - len(NARROW.findall(text)) / 2 > reach


def _after_dateline(text: str) -> bool:
    """Is a line's indent the space after a dateline set alone on the line above it
    (`新华社北京１２月３１日电` / `　２０１９年１２月３１日…`), and no paragraph's? A page whose
    only indents are these marks its paragraphs by neither indents nor blank lines.

    People's Daily, Jan and Feb 2020, composed A, wrapped pages without indents and blank lines
    taken out: 5 and 6 pages counted as indented only so; first 250 pages (`pd_variants.py`, no
    blank lines, wrapped): heading 0.832 -> 0.881 (Jan), 0.798 -> 0.809 (Feb), as with the
    indents taken out too. Asked on a page with blank lines, it made a composed page's lines
    short by their indent (`  "人民日报全媒体行动·征集新型冠状病`) and cut its story in two
    (A Feb heading 0.921 -> 0.910 on wrapped pages): only pages with none ask it."""
    # the dispatch's mark is asked first: the pattern is dear, and few lines hold 电 or 讯
    return not DISPATCH_MARKS.isdisjoint(text) and _dateline_only(text)


def _dateline_only(text: str) -> bool:
    """`新华社北京2月6日电` or `本报北京2月3日电 （记者王浩）` alone on a line."""
    found = cues.dateline_at_start(text.strip(" \t\u00a0\u3000"))
    if not found:
        return False
    rest = text.strip(" \t\u00a0\u3000")[found.end() :].strip(" \t\u00a0\u3000")
    return not rest or (rest[0] in "（(" and rest[-1] in "）)" and len(rest) <= 30)


def _has_credit(text: str) -> bool:
    """A line ending with a photo credit (`…授鼎授牌 《浙江日报》记者 梁臻 摄`) is a caption."""
    return cues.credit_at_end(text) is not None


def _script(text: str) -> str:
    latin = sum(map(len, LATIN.findall(text)))
    if not latin:
        return "zh"
    han = sum(map(len, HAN.findall(text)))
    return "latin" if latin > 3 * han and latin > 0 else "zh"
