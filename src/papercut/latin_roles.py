"""The Latin-script reading of classify: what an old English-language page's block is on its own
text (`latin_kind`: a byline, a credit, a dateline, a deck in capitals or title case), and its
headings settled by the story around them once the rule chain has read every block
(`latin_sections`: crossheads of a court report, a letter's signature, title-case heads, round-ups
of dispatches, a crosshead whose text goes on with the story above; `blank_line_articles`: blank
lines that set articles apart).

Kept apart from classify's rule chain, which is written for Chinese pages: these rules read only
Latin blocks and pieces, on facts of English text (word frequencies, capitals, title case), and a
Chinese page passes through them untouched. The chain calls them: `kind_of` for each Latin block,
and `classify` on its pieces at the end. How a run of Latin short lines is cut into headline and
decks stays in classify (`_latin_run`), which builds its pieces as the chain does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from . import cues
from .blocks import is_capitals, is_column_bleed, is_deck, is_title_case, without_specks
from .hyphens import KNOWN, word_frequency
from .model import Block, Kind, Piece, Role


def latin_kind(block: Block) -> Kind:
    text = block.text
    size = len(text)
    if size <= 3 or is_column_bleed(block):
        return Kind.FURNITURE  # stray marks (`i`, `V`, `«`), and the bleed `blocks` cut off
    if cues.ends_advt(text):
        return Kind.AD
    if size <= 60 and cues.LATIN_JUMP.match(text):
        return Kind.JUMP
    if size <= 80 and cues.LATIN_BYLINE.match(text) or size <= 60 and cues.wire_credit(text):
        return Kind.BYLINE
    if size <= 80 and cues.LATIN_COPYRIGHT.match(text):
        return Kind.CREDIT
    credit = cues.LATIN_CREDIT.search(text) if size <= 300 else None
    if credit:
        return Kind.CREDIT if credit.start() == 0 else Kind.CAPTION
    if size <= 160 and cues.LATIN_FURNITURE.search(text) and (is_capitals(text) or size <= 60):
        return Kind.FURNITURE
    if cues.LATIN_DATELINE.match(text) or cues.LATIN_GARBLED_DATELINE.match(text):
        return Kind.DATELINE
    if BEFORE.match(text):
        return Kind.BODY  # `(Before Mr. Justice Owen.)`: the bench, the first line of a court's report
    if is_capitals(text) and size <= 120 and len(block.lines) <= 3:
        return Kind.SHORT  # a deck; a longer run of capitals is text set in capitals
    if (
        len(block.lines) <= 5
        and size <= 160
        and not is_capitals(text)
        and is_deck(text)
        and (len(block.lines) < 2 or _lower_case_words(text) < SENTENCE_WORDS)
    ):
        return Kind.SHORT  # a deck in title case, up to the five short lines a narrow column takes
    return Kind.BODY


#: the long words a title-case deck leaves in lower case: `Came Home with His Bride`
DECK_SMALL_WORDS = frozenset({"from", "into", "onto", "over", "than", "upon", "with"})
#: known words in lower case that make a block of two lines or more a sentence, not a deck: one
#: is an OCR slip as often (`…to--Invest gate Shipping Industry…`)
SENTENCE_WORDS = 2


def _lower_case_words(text: str) -> int:
    """How many long English words `text` has in lower case, that no title-case deck leaves so:
    `Mr. C. Begg (for Scheinwald) said Mr. Harrop was asking…`, a paragraph of names and titles,
    has its verbs in lower case; a deck's are capitalised, and what OCR garbled (`jrteen`, `flien`)
    is no word. On the tuning part of the English corpus, of the blocks of two to five lines that
    `is_deck` takes for decks, 8 had two such words or more and all 8 were text; neither real
    deck had any."""
    zipf = word_frequency()
    words = (w.strip("'\"‘“(),.;:") for w in text.split())
    return sum(
        len(w) > 3 and w.isalpha() and w.islower() and w not in DECK_SMALL_WORDS and zipf(w) >= KNOWN
        for w in words
    )


#: a court case set as a crosshead: `ROYLE v ROYLE.`, `HART V. MONROE.`, `ZINK V ZINK`
#: (a divorce between one surname and itself, its `v` misread: `SHIRLAW T SHIRLAW.`)
CASE_NAME = cues.lazy(r"^\W{0,3}(?:\w\W{1,2})?(?:[A-Z][\w'’.& -]{1,40}? [vV]\.? [A-Z]|(\w{3,}) \w\.? \1\b)")
#: a heading over a report set in sections, each under a crosshead in capitals: the courts,
#: land sales, shipping lists (`QUARTER SESSIONS.`, `IN BANKRUPTCY.`, `LAND SALE.`)
REPORT_HEADING = cues.lazy(
    r"\b(?:COURT|SESSIONS|BANKRUPTCY|DIVORCE|PROBATE|POLICE|LAW|SALE|SHIPPING|CASUALTIES)\b"
)
#: a report's sections: not yet seen, headed by court cases only (`BROWN v BROWN.`: a capitals
#: line of another kind ends the report), or by crossheads of any kind (`LARCENY.`)
REPORT_OPEN, REPORT_CASES, REPORT_SECTIONS = "open", "cases", "sections"
#: the bench named under a court report's heading: `(Before Mr. Justice Owen.)`
BEFORE = cues.lazy(r"^\W{0,2}Before ")
#: a signature under a letter: `PERCY HUNTER.`, `W. H. PEPPERCORNE.`, `-F. S. B.`, `TAXPAYER.`
SIGNATURE = cues.lazy(r"^[-—–]?\s*(?:[A-Z]\.\s*){0,3}[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2}\.?$")
#: short title-case lines in a row that make a headline whatever ends the text above them
TITLE_HEAD_LINES = 3
#: a signature of initials only: `-F. S. B.`
INITIALS = cues.lazy(r"^[-—–]\s*(?:[A-Z]\.\s*){2,4}(?:\W{0,2}\w)?$")
#: a letter to the editor, whose signature closes it: `TO THE EDITOR OF THE HERALD.` / `Sir,—`
LETTER = cues.lazy(r"EDITOR|^\W{0,2}Sir\b", regex.IGNORECASE)
#: a letter's close, the last words above its signature: `I am, Sir, your obedient servant,`,
#: `I am, etc.,`, and as OCR leaves it, `I am otc`, `I am, S.o.`
LETTER_CLOSE = cues.lazy(
    r"\b(?:I am|I remain|Yours)(?:,|\s+[eo]tc\b|\s+(?:faithfully|truly|respectfully))[^!?]{0,36}$"
)
#: how far a letter's close reaches back from the end of its paragraph
LETTER_CLOSE_REACH = 60
#: a signature under a letter's close is one short line: `.W. H. FEÎPEftCORNE.`, `TAXPAYER.`
SIGNATURE_MAX = 30
#: a heading's closing stop, with a speck OCR read after it (`KURRI KURRI LABOUR TROUBLES. I`):
#: later papers set their crossheads without one (`RABBIT SALES DROP`, `MINISTER'S RIGHT`)
STOP_AT_END = cues.lazy(r"[.!?:;,]\W*\w?\W*$")
#: a crosshead is one short line; a longer one in capitals is a headline
CROSSHEAD_MAX = 40
#: a heading never ends with these: `NORTH-EASTERN SECTOR:-` opens a list, `ACQUITTED,` a sentence
OPEN_HEADING_END = (",", ";", ":", ":-", ":—")
_LATIN_TEXT = (Role.BODY, Role.INTERTITLE)


def latin_sections(pieces: list[Piece]) -> list[Piece]:
    """Settle Latin headings by the article around them, which a heading's own text cannot tell:

    * a capitals line inside a report set in sections (`QUARTER SESSIONS.` ... `LARCENY.`), a
      court case (`ROYLE v ROYLE.`) and a line that ends open (`ACQUITTED,`) are crossheads;
    * a name in capitals under a letter to the editor is its signature, and the capitals below
      it the next headline;
    * two or more short title-case lines after a finished paragraph (`Pilot Gets` / `Clear As` /
      `Plane Burns`) are the next headline, set in a narrow column.
    """
    if all(piece.script != "latin" for piece in pieces):
        return pieces  # a Chinese page: nothing here reads it
    out: list[Piece] = []
    report = ""  # the open article is a report: REPORT_OPEN, then its sections' style once seen
    # where the open article's heading is, and the figures and characters of the body text
    # before each piece, counted when a report first needs them: a report that lists (lots,
    # ships) ends at a crosshead over prose
    opened = 0
    counts: list[tuple[int, int]] = []
    letter = False
    roundup: bool | None = None  # the open article opened with a dispatch: None until its first paragraph
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece.script != "latin":
            out.append(piece)
            index += 1
            continue
        after_text = _last_text(out)
        if piece.role is Role.BODY:
            dispatch = bool(
                cues.LATIN_DATELINE.match(piece.text) or cues.LATIN_GARBLED_DATELINE.match(piece.text)
            )
            if piece.starts_article and dispatch and roundup:
                piece = piece.with_(starts_article=False)  # `BYROCK, FRIDAY.` in a round-up
            if piece.starts_article or roundup is None:
                roundup = dispatch
        if piece.role is Role.HEADLINE and piece.starts_article:
            roundup = None
            end = index + 1
            while end < len(pieces) and pieces[end].role is Role.SUBHEADLINE:
                end += 1
            text = without_specks(piece.text.strip())
            # the paragraph right above (an ad between is no letter's)
            above = next((p for p in reversed(out) if p.role is not Role.FURNITURE), None)
            closing = above is not None and above is after_text and _letter_closed(above.text)
            closing = closing and len(text) <= SIGNATURE_MAX
            signed = after_text is not None and (SIGNATURE.match(text) or INITIALS.match(text) or closing)
            if signed and end > index + 1 and (letter or INITIALS.match(text)):
                # the signature, its address line (`Sydney, Jan. 16.`), then the next headline
                top = next((k for k in range(index + 1, end) if is_capitals(pieces[k].text)), index + 1)
                out += [p.with_(role=Role.BODY, starts_article=False) for p in pieces[index:top]]
                deck = pieces[top].with_(role=Role.HEADLINE, starts_article=True)
                pieces = [*pieces[:top], deck, *pieces[top + 1 :]]
                letter = False
                index = top
                continue
            if signed and end == index + 1 and (closing or _headline_soon(pieces, end)):
                out.append(piece.with_(role=Role.BODY, starts_article=False))  # `-F. S. B.` / `MRS. …`
                index += 1
                continue
            case = CASE_NAME.match(text)
            if (
                report
                and after_text is not None
                and end == index + 2
                and CASE_NAME.match(pieces[index + 1].text)
            ):
                case = pieces[index + 1]  # `CLAIM AGAINST AN INTESTATE ESTATE.` / `Walsh v. Orrock.`
            section = (
                (
                    report in (REPORT_OPEN, REPORT_SECTIONS)
                    and not (_lists(counts, pieces, opened, index) and _prose_below(pieces, end))
                    and not _new_topic(counts, out, pieces, opened, index)
                    or not STOP_AT_END.search(text)
                    and _section_below(pieces, end)
                )
                and end == index + 1
                and _crosshead(piece, pieces, end)
            )
            crosshead = (
                after_text is not None
                and (
                    bool(case)
                    or end == index + 1
                    and (
                        text.endswith(OPEN_HEADING_END)
                        or section
                        or not report
                        and _same_story(out, pieces, end)
                    )
                )
                and not _dispatch_below(pieces, end)
            )
            if crosshead:
                if report == REPORT_OPEN:
                    report = REPORT_CASES if case else REPORT_SECTIONS
                out += [p.with_(role=Role.INTERTITLE, starts_article=False) for p in pieces[index:end]]
                index = end
                continue
            opened = index
            heading = " ".join(p.text for p in pieces[index:end])
            following = next((p.text for p in pieces[end:] if p.role is Role.BODY), "")
            report = REPORT_OPEN if REPORT_HEADING.search(heading) or BEFORE.match(following) else ""
            if report and any(CASE_NAME.match(p.text) for p in pieces[index + 1 : end]):
                report = REPORT_CASES  # `IN DIVORCE.` / `(Before …)` / `ROBINSON v ROBINSON.`
            letter = bool(LETTER.search(heading) or LETTER.match(following))
        elif piece.role is Role.INTERTITLE and after_text is not None and is_capitals(piece.text):
            stack = _capitals_stack(pieces, index)
            if stack:
                opened = index
                out += stack
                index += len(stack)
                report, letter = "", False
                roundup = None
                continue
        elif piece.role is Role.INTERTITLE and after_text is not None and not is_capitals(piece.text):
            end = index
            while end < len(pieces) and pieces[end].role is Role.INTERTITLE and _title_line(pieces[end]):
                end += 1
            run = pieces[index:end]
            closed = after_text.role is Role.BODY and after_text.text.rstrip()[-1:] in ".!?\"”'’"
            lines = sum(len(p.spans) for p in run)
            below = next((p for p in pieces[end:] if p.role is not Role.FURNITURE), None)
            body_next = below is not None and below.role is Role.BODY
            # three lines or more are a headline even when OCR lost the full stop above them
            if run and (closed and lines >= 2 or lines >= TITLE_HEAD_LINES) and body_next:
                spans = tuple(span for p in run for span in p.spans)
                head = run[0].with_(
                    role=Role.HEADLINE, text=" ".join(p.text for p in run), spans=spans, starts_article=True
                )
                out.append(head)
                opened = index
                report, letter = "", False
                index = end
                continue
        out.append(piece)
        index += 1
    return out


#: the median run of printed lines between blank lines on a page that sets its articles apart
#: with them; a page that sets paragraphs apart so has shorter runs, and one with no blank line
#: (Chronicling America's ocr.txt) a single run
ARTICLE_RUN_MIN = 15
#: what a heading of some kind was read as, before the page's blank lines were weighed
_HEADS = (Role.HEADLINE, Role.SUBHEADLINE, Role.INTERTITLE)


def blank_line_articles(pieces: list[Piece]) -> list[Piece]:
    """On an English page that sets its articles apart with blank lines, each run between them
    is one article: the heading or text after a blank line opens one, whatever its case or the
    report above it, and a capitals line inside a run (`SEQUESTRATION ORDERS` in a bankruptcy
    list, a signature) opens none.

    Such a page is known by its runs: long (`ARTICLE_RUN_MIN`), and at least half of those after
    the first opening with a heading of some kind. Blank lines that set apart paragraphs or columns
    make short runs, or runs opening mid-text. On the English corpus's tuning part composed four
    ways (its own pages and three other seeds), on pages with blank lines, 66 article starts in
    capitals followed a blank line and none followed none; of the capitals lines inside a run,
    none started an article and 23 had been taken for headlines (of 131). The risk: a page whose
    blank lines fall only between columns, each holding several stories, reads as one article a
    column; Chronicling America's pages have no blank lines and are not touched.
    """
    if not pieces or pieces[0].group == pieces[-1].group:
        return pieces  # no blank line (Chronicling America's ocr.txt)
    sizes: Counter[int] = Counter()
    firsts: dict[int, Piece] = {}
    for piece in pieces:
        if piece.script == "latin":
            sizes[piece.group] += len(piece.spans)
            if piece.role is not Role.FURNITURE:
                firsts.setdefault(piece.group, piece)
    later = [p for p in firsts.values() if p.group != pieces[0].group]
    if (
        not later
        or _median(sizes.values()) < ARTICLE_RUN_MIN
        or 2 * sum(p.starts_article or p.role in _HEADS for p in later) < len(later)
    ):
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if piece.script != "latin" or piece.role is Role.FURNITURE:
            out.append(piece)
            continue
        first = firsts[piece.group] is piece and piece.group != pieces[0].group
        if first and (piece.role in _HEADS or piece.role is Role.BODY) and not piece.starts_article:
            role = Role.BODY if piece.role is Role.BODY else Role.HEADLINE
            why = "Latin: the first line after a blank line, on a page that sets its articles apart so"
            piece = piece.with_(role=role, starts_article=True, why=why)
        elif not first and piece.starts_article and out:
            role = Role.INTERTITLE if piece.role in (Role.HEADLINE, Role.SUBHEADLINE) else piece.role
            why = "Latin: inside a run between blank lines, on a page that sets its articles apart so"
            piece = piece.with_(role=role, starts_article=False, why=why)
        out.append(piece)
    return out


#: a signature's address line: `Sydney, Jan. 16.`
ADDRESS_MAX = 30


def _letter_closed(text: str) -> bool:
    """The paragraph ends with a letter's close (`…found fault with it` / `I am, etc.,`): the
    capitals under it sign the letter, whatever follows them. On the tuning part of the English
    corpus, each of the 4 letters that close so is signed on the next line."""
    tail = text[-LETTER_CLOSE_REACH:]
    return ("I " in tail or "Yours" in tail) and LETTER_CLOSE.search(tail) is not None


def _headline_soon(pieces: list[Piece], start: int) -> bool:
    """A headline follows at once, past furniture and at most a short address line. The bench
    (`(Before Mr. Justice Harvey.)`) is no address: the capitals over it head a court's report
    (`IN PROBATE.`), never sign a letter."""
    addresses = 0
    for piece in pieces[start:]:
        if piece.role is Role.HEADLINE:
            return True
        if (
            piece.role is Role.BODY
            and len(piece.text) <= ADDRESS_MAX
            and not addresses
            and not BEFORE.match(piece.text)
        ):
            addresses += 1
        elif piece.role is not Role.FURNITURE:
            return False
    return False


#: the share of figures in a report that lists (`STANLEY.-1. 10 acres, 3 roods…`, `Hunter (s.),
#: 700 tons, Captain…`): about 4 in 100 characters and more; a court's report has 1 or 2
LIST_FIGURES = 0.04
#: ... and in prose, under 1 in 100
PROSE_FIGURES = 0.01


def _figures(text: str) -> int:
    return sum(map(text.count, "0123456789"))


def _count(counts: list[tuple[int, int]], pieces: list[Piece]) -> None:
    """Fill `counts` with the figures and characters of the body text before each piece, on the
    first call, so a report of a thousand sections is counted once, not once a section."""
    if not counts:
        figures = characters = 0
        counts.append((0, 0))
        for piece in pieces:
            if piece.role is Role.BODY and piece.script == "latin":
                figures += _figures(piece.text)
                characters += len(piece.text)
            counts.append((figures, characters))


def _lists(counts: list[tuple[int, int]], pieces: list[Piece], start: int, end: int) -> bool:
    """The body text of `pieces[start:end]` is a list (`LIST_FIGURES`); `counts` as `_count`
    fills it."""
    _count(counts, pieces)
    figures = counts[end][0] - counts[start][0]
    return figures >= LIST_FIGURES * (counts[end][1] - counts[start][1])


def _prose_below(pieces: list[Piece], start: int) -> bool:
    """The text under a crosshead in a report that lists (lots for sale, ships arrived) is prose:
    the next story's, under its headline (`THE ILLAWARRA LINE.` under a land sale). On the English
    corpus's tuning part composed four ways, the report crossheads over prose after a list were
    8 headlines (6 distinct) and no section; the sections of lists (`SUBURBAN LOTS.`) list too."""
    below = next((p for p in pieces[start:] if p.role is Role.BODY), None)
    return below is not None and _figures(below.text) < PROSE_FIGURES * len(below.text)


#: a word that tells what a story is about: four letters or more, and rarer than this in
#: wordfreq (`Minister`, `summonses`, not `which`, `their`)
TOPIC_WORD = cues.lazy(r"[A-Za-z]{4,}")
TOPIC_WORD_ZIPF = 5.0
#: how much text above and below a capitals line is compared: a few paragraphs each
ABOVE_REACH, BELOW_REACH, PIECES_REACH = 1000, 500, 6
#: the share of the topic words under a capitals line that the text just above it has already
#: used, from which the line is a crosshead in one story (see `_same_story`)
SAME_STORY_SHARE = 0.15


def _topic_words(text: str) -> set[str]:
    zipf = word_frequency()
    return {w for w in (m.lower() for m in TOPIC_WORD.findall(text)) if zipf(w) < TOPIC_WORD_ZIPF}


def _shared_topics(out: list[Piece], pieces: list[Piece], end: int) -> tuple[int, int]:
    """How many of the topic words under a heading at `pieces[end]` the paragraphs above it
    have used, and how many there are: (0, 0) when no paragraph is under it."""
    if end >= len(pieces) or pieces[end].role is not Role.BODY:
        return 0, 0
    above = [p.text[-ABOVE_REACH:] for p in out[-PIECES_REACH:] if p.role is Role.BODY]
    below = [p.text[:BELOW_REACH] for p in pieces[end : end + PIECES_REACH - 1] if p.role is Role.BODY]
    told = _topic_words(" ".join(above)[-ABOVE_REACH:])
    words = _topic_words(" ".join(below)[:BELOW_REACH])
    return len(words & told), len(words)


def _same_story(out: list[Piece], pieces: list[Piece], end: int) -> bool:
    """The text under a one-line capitals heading goes on with the story above it (a story,
    not a report, whose sections `_crosshead` settles): it uses the same names and words
    (`MINISTER'S RIGHT` over `Mr. C. Begg … said Mr. Harrop was asking the Court…`, under a
    story of the court and Mr. Harrop). On the tuning part of the English corpus composed four
    ways, of 226 capitals headlines over a new story none had more than 0.11 of the topic words
    below it in the paragraphs above; of 275 capitals lines inside a story, half had 0.15 or
    more."""
    shared, words = _shared_topics(out, pieces, end)
    # (0, 0): a byline or a dateline under it, a story's heading whatever its words
    return bool(words) and shared >= SAME_STORY_SHARE * words


#: the report's own text above a crosshead, in characters, from which a section with no topic
#: word in common with it is another story (see `_new_topic`)
NEW_TOPIC_TEXT = 500


def _new_topic(
    counts: list[tuple[int, int]], out: list[Piece], pieces: list[Piece], opened: int, index: int
) -> bool:
    """The text under a capitals line in a report uses none of the topic words of the report's
    paragraphs above it, and the report has told enough to judge (`NEW_TOPIC_TEXT`): the next
    story's headline, where the report ended (`CITRUS SHIPMENTS.` after a police court's last
    case). Sections of one court share its words (`accused`, `pleaded`, `sentence`). On the
    English corpus's tuning part composed nine ways (its own pages and seeds 1-8), pages without
    blank lines: of the 46 lines a report took for sections that were the next story's headline,
    35 are so (25 headlines); of its 179 true sections, 9 (5: a garbled line, a story's crosshead
    after the report ran on)."""
    end = index + 1
    _count(counts, pieces)
    if counts[index][1] - counts[opened][1] < NEW_TOPIC_TEXT:
        return False
    shared, words = _shared_topics(out, pieces, end)
    return bool(words) and not shared


def _dispatch_below(pieces: list[Piece], start: int) -> bool:
    """The text under a capitals line opens with a dateline (`CANBERRA, Friday.-Decisions on
    wool…`): a new story's headline, never a crosshead inside the one above. On the tuning part
    of the English corpus all 8 capitals lines over a dateline opened a story's heading, none a
    section."""
    below = next((p for p in pieces[start:] if p.role is not Role.FURNITURE), None)
    return below is not None and below.role is Role.BODY and bool(cues.LATIN_DATELINE.match(below.text))


def _crosshead(piece: Piece, pieces: list[Piece], end: int) -> bool:
    """A section's crosshead in a report: one short printed line with the section's text right
    under it. Two lines (`BOXING PROMOTER'S` / `DIVORCE`), or a byline or more capitals below
    (`SHIPPING.` / `ARRIVALS.-May 27.`), or the bench of the next court, make it the next
    story's headline."""
    if len(piece.spans) > 1 or len(piece.text) > CROSSHEAD_MAX:
        return False
    below = next((p for p in pieces[end:] if p.role is not Role.FURNITURE), None)
    # `(Before Judge Backhouse and juries.)` under it opens the next court's report
    return (
        below is not None
        and below.role is Role.BODY
        and not is_capitals(below.text)
        and not BEFORE.match(below.text)
    )


#: what the capitals of a stack were taken for before the speck between them was seen through
_STACKED = (Role.INTERTITLE, Role.HEADLINE, Role.SUBHEADLINE)


def _capitals_stack(pieces: list[Piece], start: int) -> list[Piece]:
    """Capitals lines with a speck between them and text below (`SHIPPING.` / `-«?` /
    `ARRIVALS.-May 27.`): a headline and its deck, which the speck kept apart. The pieces made
    a heading, or none."""
    end = start
    decks = 0
    while end < len(pieces) and (
        pieces[end].role is Role.FURNITURE or pieces[end].role in _STACKED and is_capitals(pieces[end].text)
    ):
        decks += pieces[end].role is not Role.FURNITURE
        end += 1
    if decks < 2 or end >= len(pieces) or pieces[end].role is not Role.BODY:
        return []
    made: list[Piece] = []
    for piece in pieces[start:end]:
        if piece.role is Role.FURNITURE:
            made.append(piece)
        else:
            made.append(
                piece.with_(role=Role.SUBHEADLINE if made else Role.HEADLINE, starts_article=not made)
            )
    return made


#: the lines of text a crosshead with no stop heads at the least (tuned on the English corpus's
#: tuning part: 4 to 6 lines all do as well; an ad's heading over two lines of text is no crosshead)
SECTION_MIN_LINES = 6


def _section_below(pieces: list[Piece], start: int) -> bool:
    """A section of a story under the line: a paragraph of several lines."""
    below = next((p for p in pieces[start:] if p.role is not Role.FURNITURE), None)
    return below is not None and len(below.spans) >= SECTION_MIN_LINES


def _last_text(pieces: list[Piece]) -> Piece | None:
    """The last paragraph or intertitle before, past captions, furniture and the like; None
    when a heading or a byline came last (or nothing)."""
    for piece in reversed(pieces):
        if piece.role in _LATIN_TEXT:
            return piece
        if piece.role not in (Role.CAPTION, Role.CREDIT, Role.FURNITURE, Role.AD, Role.JUMP):
            return None
    return None


def _title_line(piece: Piece) -> bool:
    """A short line of a title-case headline: `Pilot Gets`, `Tests Allay`, `Fears Of`."""
    return (
        len(piece.text) <= CROSSHEAD_MAX
        and not piece.text.rstrip().endswith(".")
        and is_title_case(piece.text)
    )


def _median(values: Iterable[int]) -> float:
    """The median, without importing `statistics` (and `fractions`, `decimal`, `random` with
    it) into every one-page run."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
