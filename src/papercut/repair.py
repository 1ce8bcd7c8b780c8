"""Mend what the page layout broke: paragraphs cut at a column or page break or by a caption,
credits printed on their own line, closing credits and jump lines run into a paragraph,
letter-spaced headings.

Every change is recorded as a Decision with the spans it touched.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from functools import cache

from . import cues, patterns
from .blocks import is_capitals, without_specks
from .classify import CAPTION_MAX
from .cues import INTERTITLE_LEAD
from .hyphens import REACH, Vocabulary
from .model import HEADING_ROLES, Decision, Piece, Reason, Role, cut_spans, join_lines

#: a paragraph that ends in one of these is complete; anything else was cut mid-sentence
CLOSED = patterns.compile(r"(?:[。！？!?；;：:….）)」』】]|[。！？!?….][”’」』\"'])\s*$")
#: 平 安 浙 江 -> 平安浙江: single characters printed with a space between each, marks and
#: digits spaced with them (`巴 尔 扎 克 的 " 中 国 情 结 ”`, `带 着 问 题 学 （ 大 家 手 笔 ）`,
#: `坚 守 2 3 年`: 36 headings of PD Jan+Feb, composed A and B, were left spaced out for want
#: of the marks and digits)
LETTER_SPACED = patterns.compile(
    r"^(?=(?:.*\p{Han}){3})[\p{Han}\p{P}\p{N}](?:[ \u00a0\u3000]+[\p{Han}\p{P}\p{N}]){2,}$"
)
SPACED_NAME = patterns.compile(r"(?<![\p{Han}])\p{Han}(?:[ \u00a0\u3000]\p{Han}){1,2}(?![\p{Han}])")
#: the last character of a line complete without a full stop: a lead-in (`…武装全党——`), a phrase
#: in quotes (`…运动员共同的“标签”`, when its quotes are balanced)
LEAD_IN_ENDS = frozenset('—”"')
#: a paragraph opens with a quotation or a number far more often than a column break cuts before
#: one (`…不俗` / `2019年全年，…`, `…不止` / `“很多人问我…`)
FRESH_OPENINGS = frozenset('“"‘0123456789０１２３４５６７８９')
#: a line this short that ends in a comma is a verse line (`湖水清又清，` / `游客乐开怀。`), not a
#: paragraph's head cut at a comma: a break leaves a head that short and ending just there rarely
VERSE_LINE_MAX = 12
#: a line opening with a dash and no longer than this is a signature (`——编 者`), not a head
ATTRIBUTION_MAX = 24
BYLINE_BULLETS = cues.BULLETS + " \u3000"
SPACES = patterns.compile(r"[ \t\u00a0\u3000]+")

_PASS_OVER = frozenset({Role.CAPTION, Role.CREDIT, Role.FURNITURE, Role.AD, Role.JUMP, Role.TEASER})


def repair(
    pieces: Sequence[Piece], join: bool = True, vocabulary: Vocabulary | None = None
) -> tuple[list[Piece], list[Decision]]:
    """Return the mended pieces, in page order, and what was done. `join=False` for a page laid
    out from its boxes, whose paragraphs the geometry already made whole. `vocabulary`: the
    page's Latin words as `blocks` counted them, for a word broken at a column break (counted
    from the pieces when not given)."""
    decisions: list[Decision] = []
    pieces = _split_tails(pieces, decisions)
    pieces = _attach_credits(pieces, decisions)
    if join:
        pieces = _join_paragraphs(pieces, decisions, vocabulary)
    pieces = [_tidy_heading(p, decisions) for p in pieces]
    return _split_jump_in(pieces, decisions), decisions


def _split_jump_in(pieces: list[Piece], decisions: list[Decision]) -> list[Piece]:
    """`（上接第一版）` opening the text a story runs on with is the story's jump, not its text. Cut
    off once the paragraph is whole: before, its line is as wide as the others and goes on."""
    out: list[Piece] = []
    for piece in pieces:
        jump_in = (
            cues.JUMP_IN.match(piece.text) if piece.role is Role.BODY and piece.text[:1] in "（(" else None
        )
        if jump_in:
            jump_spans, body_spans = cut_spans(piece.spans, jump_in.end())
            jump = jump_in.group().strip()
            out.append(Piece(Role.JUMP, jump, jump_spans, group=piece.group, script=piece.script))
            decisions.append(Decision("repair", "split jump", jump_spans, jump))
            piece = piece.with_(text=piece.text[jump_in.end() :], spans=body_spans)
        out.append(piece)
    return out


#: a jump line is never longer than this: `（下转第二版）` / `（上接第1版）`
JUMP_REACH = 32


def _jump_word(text: str, start: int) -> bool:
    return "接" in text[start:] or "转" in text[start:] or "轉" in text[start:]


def _split_tails(pieces: Sequence[Piece], decisions: list[Decision]) -> list[Piece]:
    """Cut a caption's credit, a closing credit or a jump line off the text it was run into.

    `会议表彰了平安建设先进 《浙江日报》记者 梁臻 摄` -> caption text + credit;
    `…满意度。（本报记者 张三 报道）` -> paragraph + byline; `…（下转第二版）` -> paragraph + jump.
    """
    out: list[Piece] = []
    for piece in pieces:
        if piece.role is Role.CAPTION and piece.credit is None:
            credit = cues.credit_at_end(piece.text)
            if credit:
                out.append(piece.with_(text=piece.text[: credit.start()].rstrip(), credit=credit["credit"]))
                decisions.append(Decision("repair", "credit", piece.spans, credit["credit"]))
                continue
        if piece.role is Role.BODY:
            # both end the text: a closing bracket last, a 接/转 among the last characters
            ends = piece.text.rstrip(" \t\u00a0\u3000")[-1:]
            closing = (
                cues.CLOSING_CREDIT.search(piece.text) or cues.CLOSING_NAMES_RUN_IN.search(piece.text)
                if ends in ("）", ")")
                else None
            )
            near_end = max(0, len(piece.text) - JUMP_REACH)
            jump = cues.JUMP.search(piece.text, near_end) if _jump_word(piece.text, near_end) else None
            tail = closing or jump
            if tail and tail.start() > 0:
                head_spans, tail_spans = cut_spans(piece.spans, tail.start())
                tail_role = Role.BYLINE if tail is closing else Role.JUMP
                tail_text = closing[1] if tail is closing and closing else tail.group().strip()
                out.append(piece.with_(text=piece.text[: tail.start()].rstrip(), spans=head_spans))
                out.append(Piece(tail_role, tail_text, tail_spans, group=piece.group, script=piece.script))
                decisions.append(Decision("repair", f"split {tail_role}", tail_spans, tail_text))
                continue
        if piece.role is Role.BYLINE:
            closing = cues.CLOSING_CREDIT.fullmatch(piece.text) or cues.CLOSING_NAMES.fullmatch(piece.text)
            bracketed = cues.LATIN_BYLINE.match(piece.text) if piece.script == "latin" else None
            if closing:
                piece = piece.with_(text=closing[1])
            elif bracketed:
                piece = piece.with_(text=bracketed["byline"])
        out.append(piece)
    return out


def _attach_credits(pieces: list[Piece], decisions: list[Decision]) -> list[Piece]:
    """A credit on its own line joins its caption: the one just above it (`会议现场` /
    `新华社记者 李四摄`), or on Latin pages, where the credit stands over the picture's caption
    (`Photo by …` / `THE RUINS …`), the one just below. A credit with no caption is one alone."""
    out: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        index += 1
        if piece.role is not Role.CREDIT:
            out.append(piece)
            continue
        below = pieces[index] if index < len(pieces) else None
        above = out[-1] if out else None
        if piece.script == "latin" and below and below.role is Role.CAPTION and below.credit is None:
            out.append(_credited(below, piece, decisions))
            index += 1
        elif (
            above is not None
            and above.role in (Role.CAPTION, Role.BODY, Role.INTERTITLE)
            and above.credit is None
            and len(above.text) <= CAPTION_MAX
        ):
            out[-1] = _credited(above, piece, decisions)
        else:
            out.append(piece.with_(role=Role.CAPTION, text="", credit=piece.text.strip()))
    return out


def _credited(caption: Piece, credit: Piece, decisions: list[Decision]) -> Piece:
    decisions.append(Decision("repair", "credit joined", credit.spans, credit.text))
    spans = tuple(sorted(caption.spans + credit.spans, key=lambda span: span.start))
    return caption.with_(role=Role.CAPTION, credit=credit.text.strip(), spans=spans)


def _whole(text: str) -> bool:
    """`（作者为…）`, `——编 者`: lines set apart whole, never half of a broken paragraph."""
    if text[:1] in "（(" and text[-1:] in "）)":
        return bool(cues.CLOSING_NOTE.fullmatch(text))
    return len(text) <= 20 and bool(cues.SIGNATURE.match(text))


def _join_paragraphs(
    pieces: list[Piece], decisions: list[Decision], vocabulary: Vocabulary | None
) -> list[Piece]:
    """Make whole the paragraphs a column break, page break or caption cut in two.

    On a page that marks paragraphs with an indent, a body block printed without one continues
    the paragraph before it. Elsewhere a paragraph that ends without closing punctuation
    (`…共同责` / `任。当前…`) is continued by the next body block, unless the line is whole
    without it (`_runs_on`). A short line read as an intertitle is a paragraph's cut head when
    the body below goes on from it (`_continues_head`). Captions, page furniture and ads printed
    between the halves are passed over and stay where they are in `other` or the article's
    captions.
    """
    bodies = [p for p in pieces if p.role is Role.BODY]
    indented_page = sum(not p.continues for p in bodies) >= 2
    # the words the page prints whole, for a seam that falls inside one (`_printed_across`)
    page = "\n".join(p.text for p in pieces)
    out: list[Piece] = []
    open_at: int | None = None
    # the pieces each mended paragraph is made of, joined once it is whole: joining at every
    # seam copied the paragraph so far each time, quadratic on a page of a thousand short pieces
    parts: dict[int, list[Piece]] = {}
    tail = ""  # the last characters of the open paragraph as joined so far
    passed: list[Piece] = []  # what was printed between the open paragraph and this piece
    head_at: int | None = None  # a short line read as an intertitle, perhaps a paragraph's cut head
    for piece in pieces:
        if piece.role in _PASS_OVER:
            out.append(piece)
            passed.append(piece)
            continue
        # a list's item opens with its bullet (`▲不要在家中存放…`): no paragraph goes on with one
        continuing = (
            piece.role in (Role.BODY, Role.INTERTITLE)
            and not piece.starts_article
            and piece.text[:1] not in cues.CAPTION_MARKS
        )
        if piece.role is Role.INTERTITLE and piece.script == "latin" and is_capitals(piece.text):
            continuing = False  # `POLAND! POLAND!` under a paragraph that ends in OCR noise
        elif piece.role is Role.INTERTITLE and _credit_line(piece.text):
            continuing = (
                False  # a round-up section's `本报记者 赵子龙` under its title `扎根田野，育丰收良种`
            )
        head_cut, why = (
            _continues_head(out[head_at], piece, indented_page, page)
            if continuing and head_at is not None and piece.role is Role.BODY
            else (False, "")
        )
        if head_cut and head_at is not None:
            # `国家信息无障碍公共服务平台副主任黄畅认` / (column break) / `为，部分网站…`:
            # the short line was the head of this paragraph, not an intertitle
            open_at = head_at
            out[open_at] = out[open_at].with_(role=Role.BODY)
            head_why = f"not an intertitle: {why}"
            decisions.append(Decision("repair", "paragraph head", out[open_at].spans, head_why))
        if continuing and open_at is not None:
            before = out[open_at]
            reason: str | Reason
            if indented_page and piece.role is Role.BODY:
                # a closing note or a signature is printed whole, indent or none
                joins = piece.continues and not (_whole(piece.text) or _whole(before.text))
                reason = "no indent"
            elif before.script == "latin":
                last = parts[open_at][-1] if open_at in parts else before
                joins = not CLOSED.search(without_specks(tail)) and (
                    bool(passed) or not _ended_short(last, piece)
                )
                reason = "no closing punctuation"
            else:
                # a paragraph a dateline opens is never the rest of another: `新华社北京1月3日电 …`
                # under summary lines printed without a stop
                opens = cues.dateline_at_start(piece.text) is not None
                above = tail if open_at in parts else before.text
                joins = _runs_on(above, piece.text) and not opens
                if joins:
                    whole, reason = _stands_whole(above, piece.text, page)
                    joins = not whole
            if joins:
                if before.script == "latin":
                    # `gov-` / (column break) / `ernment`: the same decision as at a line end
                    if vocabulary is None:
                        vocabulary = Vocabulary([p.text for p in pieces if p.script == "latin"])
                    tail = vocabulary.join(tail, piece.text)[-REACH:]
                else:
                    tail = join_lines([tail, piece.text], before.script)[-REACH:]
                joined = parts.setdefault(open_at, [before])
                seam = (joined[-1].spans[-1], piece.spans[0])
                joined.append(piece)
                decisions.append(Decision("repair", "join", seam, reason))
                for between in passed:
                    if between.role is Role.CAPTION:
                        decisions.append(
                            Decision("repair", "caption lifted", between.spans + seam, "out of the paragraph")
                        )
                passed = []
                # a head once joined is the paragraph's: the text after is weighed against the
                # paragraph's end, not asked again whether it goes on from the head line
                head_at = None
                continue
        out.append(piece)
        passed = []
        open_at = len(out) - 1 if piece.role is Role.BODY else None
        head_at = len(out) - 1 if piece.role is Role.INTERTITLE and piece.script == "zh" else None
        tail = piece.text[-REACH:]
    for at, joined in parts.items():
        texts = [p.text for p in joined]
        if vocabulary is not None and joined[0].script == "latin":
            text = vocabulary.join_all(texts)
        else:
            text = join_lines(texts, joined[0].script)
        out[at] = joined[0].with_(text=text, spans=tuple(span for p in joined for span in p.spans))
    return out


def _ended_short(last: Piece, piece: Piece) -> bool:
    """Did `last` end its paragraph on a line shorter than half the column, `piece` opening with
    a capital (`…verdict for the` / `defendant` / `Mr. Sheahan appeared…`)? Then `blocks` ended the
    paragraph there and OCR only lost its full stop: the line end is no column break, whatever its
    punctuation. A word broken at the line's end (`(Ex-` / `President Cleveland.`) goes on, and so
    does a line ending on a word no sentence ends on (`NO_LAST_WORD`). The column is the longest
    line of the two paragraphs (every line of a paragraph but its last runs to the margin).

    English corpus, tune part (102 articles, 536 gold paragraph ends): 72 line ends inside the
    gold articles change, 66 to the gold (`his conviction` / `The jury returned…`), 6 away (rolls
    of names and price tables the gold reads as one paragraph, `by Mr. Loveridge,` / `The harbour
    works…`); paragraph breaks F1 0.776 -> 0.848 (P 0.841 -> 0.846, R 0.720 -> 0.851), on each half
    of the articles split two ways 0.760 / 0.790 / 0.824 / 0.750 -> 0.839 / 0.856 / 0.861 / 0.842;
    over the nine groupings (seeds 1-8 and the corpus's) 0.773 -> 0.846, cross-validated
    (tools/en_cv.py) 0.773 -> 0.846. On the two Chronicling America pages 7 line ends qualify: 5
    end a paragraph of the gold (`…the benediction. ■ \\` / `The fireworks…`, crossheads), 1 is
    in the weather ear, 1 a deck's (`NO_LAST_WORD` keeps it). The 1911 page's cuts fall in
    stories papercut ran into the next, which the scorer pairs with the short story: its para_f1
    holds (0.460 -> 0.461) only with the specks under paragraphs set apart (`blocks._speck_apart`).
    """
    if (
        not piece.text[:1].isupper()
        or last.text.endswith("-")
        or last.text.rsplit(" ", 1)[-1] in NO_LAST_WORD
    ):
        return False
    end = last.spans[-1]
    return end.end - end.start < SHORT_LAST * max(
        span.end - span.start for span in last.spans[:-1] + piece.spans
    )


#: a paragraph's last line shorter than this share of its column ends it, as `blocks` reads it
SHORT_LAST = 0.5
#: words no sentence ends on, so no paragraph: articles, prepositions, conjunctions. A deck's
#: `Agriculture at State Fair- at` / `Syracuse.` on the 1911 page, `the Domain Baths on` /
#: `Saturday.` on the tune part (the only such line end there: no right cut is lost)
NO_LAST_WORD = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "at",
        "on",
        "in",
        "to",
        "by",
        "for",
        "with",
        "from",
        "into",
        "and",
        "or",
        "nor",
        "but",
    }
)


def _credit_line(text: str) -> bool:
    """`本报记者 李大红`: a credit line, whole on its line wherever it stands."""
    return len(text) <= 40 and cues.has_role_word(text) and cues.BYLINE.match(text) is not None


def _continues_head(head: Piece, piece: Piece, indented_page: bool, page: str) -> tuple[bool, str | Reason]:
    """Is `piece` the rest of a paragraph whose head line was read as an intertitle, and why?
    `page`: the page's text, for the words it prints (`seam_cues`).

    On an indented page a paragraph after an intertitle opens with an indent, so a body printed
    without one goes on from the line above; elsewhere only a body opening mid-sentence does, or
    one under a line that opened a quotation and did not close it (`“国际上的事应该由大家商` /
    `量着办…`: of such lines read as intertitles over text on the A pages of Jan and Feb 2020, 15
    were a paragraph's head and 1 an intertitle). The rest the seam model weighs (`seam_verdict`):
    `…是村里电商服务中` / `心的负责人。…` is a head, `守好青山，引来客商` / `去年秋天，…` a title.
    """
    if indented_page and piece.continues and not CLOSED.search(head.text):
        return True, "the text below goes on unindented"
    exact = _exact_seam(head.text, piece.text)
    return exact if exact is not None else seam_verdict(head.text, piece.text, head=True, page=page)


def heading_goes_on(line: str, after: str) -> bool:
    """Does the text below go on from `line`, the last line of a heading stack, across a break
    (`乡村民俗年味浓` / `浙江省湖州市德清县莫干山镇近日举` / `行民俗文化节，…`)? The question
    `_continues_head` answers for a line read as an intertitle, without the indents: classify
    asks it while the stack is read (`classify._text_below_heading`)."""
    exact = _exact_seam(line, after)
    if exact is not None:
        return exact[0]
    # the model's weights, not `seam_verdict`: tools/seam_model.py answers that from the gold
    # while it collects the seams repair meets, and a heading stack's line is none of them
    return sum(w * x for w, x in zip(_seam_model(), seam_cues(line, after, True), strict=True)) > 0


def _exact_seam(line: str, after: str) -> tuple[bool, str] | None:
    """Whether `after` goes on from `line`, a short line, by the exact rules, and why; None where
    they say nothing and the seam model decides."""
    if cues.number_cut(line, after):
        return True, "a number cut in two"
    if CLOSED.search(line):
        return False, ""
    if _left_open(line) or not _quotes_balanced(line):
        return True, "a bracket or a quotation left open"
    if cues.CUT_OPENING.match(after) is not None:
        return True, "the text below opens mid-sentence"
    return None


def _runs_on(before: str, after: str) -> bool:
    """Does Chinese text `after`, printed below a break, continue the paragraph `before`?

    A paragraph that ends without closing punctuation was cut (`…共同责` / `任。当前…`), unless the
    line is whole without one: a lead-in ending in a dash, a phrase closing its quotes, a verse
    line, or the text below opens as paragraphs do (a quotation, a number) and the line above
    does not stop mid-clause. Text that opens mid-sentence (`，是…`, `为，部分…`) always continues.
    """
    if cues.number_cut(before, after):  # before closing marks: `增长3.` / `4%` is one number
        return True
    if CLOSED.search(before):
        return False
    if INTERTITLE_LEAD.match(after):
        return False  # a bullet or a number opens an item (`◆保持环境卫生清洁…`): 12 of 12 joins
    if cues.CUT_OPENING.match(after) or _left_open(before):
        return True
    if before.startswith(("——", "--")) and len(before) <= ATTRIBUTION_MAX:
        return False  # a signature or attribution under a text: `——编 者`, `——摘自《…》`
    if before[-1:] in LEAD_IN_ENDS and _quotes_balanced(before):
        return False
    verse = len(before) <= VERSE_LINE_MAX and before[-1:] in "，,"
    if after[:1] in FRESH_OPENINGS:
        # a quotation the line above opened and left open goes on below, its closing quote
        # included (`…打造了“三全` / `”育人工作体系…`): 17 paragraph halves, no two paragraphs,
        # on the A pages of Jan and Feb 2020
        return not verse and (_mid_clause(before) or not _quotes_balanced(before))
    return not verse


#: a line ending on a character that ends lines printed whole this seldom stops mid-clause
MID_CLAUSE_WEIGHT = -2


def _mid_clause(line: str) -> bool:
    """Does `line` stop mid-clause, so that a quotation or a number below goes on from it?

    A comma (`…月收入3000多元，` / `“挣钱顾家两不误…`), or a last character that ends lines
    printed whole seldom (`…较` / `2012年增长了3.4倍。`, `…有` / `“居民说事点”…`: `seams.txt`).
    Of the seams over a quotation or a number that this joins on the A pages of Jan and Feb
    2020, 16 were a paragraph's halves and 1 two paragraphs.
    """
    if line[-1:] in "，,":
        return True
    return bool(line) and _seam_weights()[1].get(_plain(line[-1]), 0) <= MID_CLAUSE_WEIGHT


def _stands_whole(line: str, after: str, page: str) -> tuple[bool, str | Reason]:
    """Is `line` (a paragraph, or the end of one, printed without a closing stop) set whole, an
    intertitle or a summary line, rather than a paragraph's head that a break cut from `after`?
    And the reason, for the join's Decision. `page`: the page's text (`seam_cues`).

    A line ending in a comma or a colon, or with a bracket or a quotation left open, goes on, and
    so does one stopping mid-clause over a quotation or a number (`_mid_clause`); the rest the
    seam model weighs (`seam_verdict`).
    """
    if not line or not after or line[-1] in "，,、：:":
        return False, "no closing punctuation: it ends on a comma or a colon"
    if cues.number_cut(line, after):
        # PD Jan+Feb 2020, composed pages A: 14 seams of the seam model's so cut, all one paragraph
        return False, "no closing punctuation: a number cut in two"
    if _left_open(line) or not _quotes_balanced(line):
        return False, "no closing punctuation: a bracket or a quotation left open"
    if after[0] in FRESH_OPENINGS and _mid_clause(line):
        return False, "no closing punctuation: it stops mid-clause over a quotation or a number"
    found = cues.dateline_at_start(line)
    if found and found.end() >= len(line.rstrip()):
        # a dateline alone on its line opens the text below: `本报昆明3月2日电`
        return False, "no closing punctuation: a dateline alone on its line"
    joins, why = seam_verdict(line, after, head=False, page=page)
    return not joins, why


#: a line holding one of these is sentences (a paragraph's head), seldom a title
SENTENCE_STOPS = frozenset("。！？!?；;")
#: the marks that cut a line into clauses, for the clauses of a title (`守好青山，引来客商`)
CLAUSE_MARKS = patterns.compile(r"[，,、：:；;。！？!?（）()“”\"《》—\s]+")
#: the longest clause of a title set in parallel clauses
CLAUSE_MAX = 8
#: a title is seldom longer than this; longer lines are mostly a paragraph's head
TITLE_LENGTH = 20
#: how many of its weightiest cues a seam model's reason names
NAMED_CUES = 2
#: the seam model's cues, in the order `seam_cues` gives them and `data/seam-model.tsv` names them
SEAM_CUES = (
    "bias",
    "opens",
    "ends",
    "stop_inside",
    "comma_inside",
    "length",
    "title_length",
    "fresh_opening",
    "cut_opening",
    "intertitle",
    "word_across",
    "balanced_clauses",
    "last_clause",
    "short_unclosed_below",
    "quote_end",
    "printed_across",
)
PRINTED_ACROSS = SEAM_CUES.index("printed_across")
#: a word the page prints whole is this many characters across the seam: three of the pairs a
#: break falls inside are common to many words (`发展` / `中国`), hardly any four
PRINTED_WORD = 4
HAN_WORD = patterns.compile(rf"\p{{Han}}{{{PRINTED_WORD}}}")


def seam_cues(line: str, after: str, head: bool, page: str = "") -> tuple[float, ...]:
    """The cues the seam model weighs where `line`, printed without a closing stop, meets
    `after` below a break, in the order of `SEAM_CUES`. `head`: `line` was read as an
    intertitle; `page`: the page's text, its pieces set apart by line ends. Used at run time
    and by tools/seam_model.py, which trains the weights.

    How characters stand at a paragraph's edges (`seams.txt`: `…发展合力` / `近年来，` weigh for
    a whole line, `…的` / `们` against), whether the line holds sentences, commas, its length,
    whether the seam falls inside a word (`中心`, `data/seam-words.tsv`: a break cuts anywhere,
    a title and the paragraph under it meet at no word), whether its clauses are
    parallel as titles' are (`守好青山，引来客商`), whether the text below is itself a short
    open line (a title's second line, or a heading stack), and whether the page prints whole
    elsewhere a word the seam cuts (`_printed_across`).
    """
    opens, ends = _seam_weights()
    clauses = [c for c in CLAUSE_MARKS.split(line) if c]
    last = len(clauses[-1]) if clauses else 0
    balanced = _balanced(clauses)
    if balanced and (lead := cues.dateline_at_start(line)):
        # a report's lead-in (`本报讯 `, `新华社北京1月2日电 `) is no clause of a title: PD
        # Jan+Feb 2020, 1,478 paragraphs open with one, no kicker, headline or deck does
        balanced = _balanced([c for c in CLAUSE_MARKS.split(line[lead.end() :]) if c])
    return (
        1.0,
        opens.get(_plain(after[0]), 0),
        ends.get(_plain(line[-1]), 0),
        not SENTENCE_STOPS.isdisjoint(line),
        "，" in line or "," in line,
        min(len(line), REACH) / REACH,
        len(line) <= TITLE_LENGTH,
        after[0] in FRESH_OPENINGS,
        cues.CUT_OPENING.match(after) is not None,
        head,
        _in_word(line[-1], after[0]),
        balanced,
        min(last, TITLE_LENGTH) / TITLE_LENGTH,
        len(after) <= TITLE_LENGTH + 4 and not CLOSED.search(after),
        line[-1] in '”"',
        bool(page) and _printed_across(line, after, page),
    )


def _printed_across(line: str, after: str, page: str) -> bool:
    """Does `page` print whole, elsewhere, four Han characters that the seam between `line` and
    `after` cuts (`国际货币基金组织总裁格奥` / `尔基耶娃与世界银行…`, where the text goes on to
    `格奥尔基耶娃表示`)? A story repeats its names and terms, as a Latin page its spellings.

    On the seams the seam model weighs on the composed A pages of Jan and Feb 2020, such a word
    was found at 735 seams, 716 of them one paragraph cut in two (54 of which the model had cut)
    and 19 two paragraphs; as a cue the model, read on the month it was not trained on, erred
    at 341 seams instead of 372.
    """
    window = line.rstrip()[1 - PRINTED_WORD :] + after.lstrip()[: PRINTED_WORD - 1]
    return any(
        HAN_WORD.fullmatch(word) is not None and word in page
        for word in (window[i : i + PRINTED_WORD] for i in range(len(window) - PRINTED_WORD + 1))
    )


def _balanced(clauses: list[str]) -> bool:
    """Parallel clauses, as titles set them (`补齐短板，守好底线，做强产业`): all of one length."""
    sizes = {len(c) for c in clauses}
    return len(clauses) >= 2 and max(sizes) - min(sizes) <= 1 and max(sizes) <= CLAUSE_MAX


def seam_verdict(line: str, after: str, head: bool, page: str = "") -> tuple[bool, str | Reason]:
    """Does `after` go on from `line` across a break, and why? A logistic model over
    `seam_cues`, trained on the composed pages of Jan and Feb 2020 (tools/seam_model.py writes
    `data/seam-model.tsv`, where its figures are). It decides only where the exact rules
    (closing marks, commas, open brackets and quotes, numbers, datelines) say nothing. Of the
    6,172 such seams on those pages when it was first trained (3,148 in Jan, 3,024 in Feb) the
    rules it replaced (`seams.txt` weights at the two edges, never a head read as an intertitle)
    erred at 288 and 238; the model, trained on one month and read on the other, at 207 and 171
    (its word pairs are counted on both months). Today's figures head the weights file.

    A join's reason names the model's probability and the cues that weighed most, as `explain`
    shows it: `seam model: joins, p 0.91 (word_across +2.1, opens +0.8)`, written out when read.
    A seam left apart records no Decision, so its reason is left empty."""
    weights = _seam_model()
    terms = [w * x for w, x in zip(weights, seam_cues(line, after, head), strict=True)]
    score = sum(terms)
    # the page is searched for a word across the seam only where one would turn the verdict:
    # searching it at every seam cost a split 0.7 M instructions; elsewhere the reason's p
    # leaves the word out
    if (score > 0) != (score + weights[PRINTED_ACROSS] > 0) and _printed_across(line, after, page):
        terms[PRINTED_ACROSS] = weights[PRINTED_ACROSS]
        score += weights[PRINTED_ACROSS]
    if score <= 0:
        return False, ""
    return True, Reason(_seam_reason, terms)


def _seam_reason(terms: list[float]) -> str:
    weightiest = sorted(range(1, len(terms)), key=lambda n: -abs(terms[n]))[:NAMED_CUES]
    named = ", ".join(f"{SEAM_CUES[n]} {terms[n]:+.1f}" for n in weightiest)
    return f"seam model: joins, p {1 / (1 + math.exp(-sum(terms))):.2f} ({named})"


def _in_word(first: str, second: str) -> bool:
    """`first` then `second` is a pair of `data/seam-words.tsv`: a word the seam falls inside."""
    return second in _words_after(first)


@cache
def _words_after(first: str) -> str:
    """The characters that follow `first` in a pair of `data/seam-words.tsv`
    (tools/pd_seam_words.py), looked up in the file's text once for each character asked
    about: a page asks about a few seams, and building a table of all 5,892 pairs cost one page
    from the shell 1.4 ms (0.03x the import floor)."""
    text = _seam_words()
    row = text.find(f"\n{first}\t")
    return "" if row < 0 else text[row + 3 : text.find("\n", row + 3)]


@cache
def _seam_words() -> str:
    """`data/seam-words.tsv` as it stands, read at first use; a row is a character, a tab, and
    the characters that follow it in a pair."""
    return f"\n{patterns.data_text('data/seam-words.tsv')}\n"


@cache
def _seam_model() -> tuple[float, ...]:
    """The weights of `data/seam-model.tsv` in the order of `SEAM_CUES`, read at first use."""
    table = {name: float(weight) for name, weight in patterns.data_rows("data/seam-model.tsv")}
    return tuple(table[name] for name in SEAM_CUES)


@cache
def _seam_weights() -> tuple[dict[str, int], dict[str, int]]:
    """The `opens` and `ends` weights by character of `seams.txt` (how characters stand at a
    paragraph's edges, counted by tools/seam_table.py), read at first use: most pages never ask."""
    tables: dict[str, dict[str, int]] = {"opens": {}, "ends": {}}
    for name, weight, chars in patterns.data_rows("seams.txt"):
        tables[name].update(dict.fromkeys(chars, int(weight)))
    return tables["opens"], tables["ends"]


def _plain(char: str) -> str:
    """The character as `seams.txt` counts it: full-width forms folded (`２` -> `2`, `，` -> `,`)."""
    return unicodedata.normalize("NFKC", char)[:1]


def _left_open(text: str) -> bool:
    """A title or a bracket opened and not closed: the text goes on (`1.《深入浅出5G移动通`)."""
    opened = text.count("（") + text.count("(")
    return text.count("《") > text.count("》") or opened > text.count("）") + text.count(")")


def _quotes_balanced(text: str) -> bool:
    """Every quotation in `text` closed: `…共同的“标签”` ends whole, `…他说：“我们` does not."""
    return (text.count("“") + text.count("”") + text.count('"')) % 2 == 0


def _close_up(spaced: str) -> str:
    """A letter-spaced heading closed up; a gap wider than the letter spacing was a space
    between words (`图 书 、 展 览 　 “ 云 ” 上 看` -> `图书、展览 “云”上看`) and stays one."""
    spacing = min(len(gap) for gap in SPACES.findall(spaced))
    closed: str = SPACES.sub(lambda gap: "" if len(gap.group()) == spacing else " ", spaced)
    return closed


def _tidy_heading(piece: Piece, decisions: list[Decision]) -> Piece:
    """Close up letter-spaced headings and names; fold runs of spaces to one."""
    if piece.role not in HEADING_ROLES and piece.role is not Role.BYLINE:
        return piece
    text = piece.text
    if LETTER_SPACED.match(text):
        text = _close_up(text)
        decisions.append(Decision("repair", "close up", piece.spans, piece.text))
    elif piece.role is Role.BYLINE:
        text = SPACED_NAME.sub(lambda m: SPACES.sub("", m.group()), text)
        text = text.lstrip(BYLINE_BULLETS)  # `■本报记者 张三`: the bullet is layout, not credit
    text = SPACES.sub(" ", text).strip()
    return piece if text == piece.text else piece.with_(text=text)
