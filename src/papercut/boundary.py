"""The boundary model's side of classify: inside an open article, is a run of short lines with
text under it the next article's heading or the article's own intertitle, where no exact rule
settles it?

The cues it weighs (`boundary_cues`, named in `BOUNDARY_CUES`), read cheapest first and the
words' cues only where the rest leave the verdict open (`settled`), and the verdict with its
reason (`boundary_verdict`). The weights are learned (`boundary_model.py`, written by
tools/boundary_model.py, which reads the cues from here too); classify's rule chain holds the
exact rules and calls this where they end. Kept apart from them (STYLE.md, "Rules and learned
decisions") so the learned decision can be read, trained and changed on its own: this module
imports no rule of the chain, it is given what it needs (a heading's cue, the text under the run).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence

from . import boundary_model, cues, patterns
from .cues import CLOSING_MARKS, INTERTITLE_LEAD, SENTENCE_MARK, TEXT_LEAD, TWO_PHRASES
from .model import Block, Kind, Reason


def _words(blocks: Sequence[Block], index: int, pairs: dict[int, frozenset[int]]) -> frozenset[int]:
    """The words (`cues.content_pairs`) of blocks[index], kept in `pairs`: a block is read once
    however many runs it stands by."""
    if index not in pairs:
        pairs[index] = cues.content_pairs(blocks[index].text)
    return pairs[index]


def _window(blocks: Sequence[Block], indexes: range, pairs: dict[int, frozenset[int]]) -> set[int]:
    """The words of about BOUNDARY_REACH characters of text, in at most BOUNDARY_BLOCKS blocks,
    taken in the order of `indexes` (the open article's text above a run, or the text below)."""
    taken: set[int] = set()
    size = 0
    for n in indexes[:BOUNDARY_BLOCKS]:
        if size >= BOUNDARY_REACH:
            break
        taken.update(_words(blocks, n, pairs))
        size += len(blocks[n].text)
    return taken


#: how much text either side of a run its words are compared on, and in at most how many
#: blocks: as much as the topic test read. Narrower windows cost a split less (300 characters
#: in 3 blocks: 87 -> 84 M instructions; 200 in 2: 83 M) but, trained and read across months,
#: set fewer runs right (B Feb 2020 seg_f1 0.963 -> 0.959 and 0.960)
BOUNDARY_REACH = cues.TOPIC_REACH
BOUNDARY_BLOCKS = 6
#: the boundary model's probability over which a run is the next article's heading: a merge
#: (a headline missed) loses a whole article, a split one only half of one, so below even odds
BOUNDARY_P = 0.35
#: ... inside a dispatch, a story its dateline opened, its reporters in brackets after it if
#: named (`新华社北京1月16日电` / `本报北京1月5日电（记者…）`): it runs on to its end, seldom with
#: intertitles, and the model has no cue for it. PD Jan and Feb 2020, composed pages A, the 402
#: runs it weighs in such stories: at 0.35, 37 headings missed (18 Jan, 19 Feb) and 2
#: intertitles read as headings; at 0.1, 6 and 8 (Jan 3 and 6, Feb 3 and 2; 0.05 scores alike,
#: 0.2 worse). Found 0.970 -> 0.978, 0.953 -> 0.961, heading 0.924 -> 0.935, 0.896 -> 0.907; on
#: B, never tuned on, found 0.954 -> 0.961, 0.935 -> 0.941. None of these stories prints a
#: credit line over its dateline, as a provincial paper's report does (`本报记者 陈 洁` /
#: `本报杭州1月1日讯`), with intertitles that carry as little evidence (`织密防控网`, p 0.26)
DATED_BOUNDARY_P = 0.1
#: ... over text that opens as a news report does once a paper prints no dateline over it: its
#: subject, then the day, before the first clause ends (`深圳网球公开赛6日继续展开…` /
#: `以色列、塞浦路斯和希腊日前在…` / `外交部发言人耿爽12日就…`). An intertitle's section seldom
#: opens so, and where it names a day it opens on it (`1月31日凌晨1点，火神山医院…`), on a year
#: (`2016年2月24日，…`, a chronicle's entries) or on a scene (`挖沟、播种……2月17日一大早`). PD
#: 2020, composed pages A, whole months, the runs the model weighs over such a lead (its words
#: read) with p 0.15..0.35, headings / intertitles: as composed Jan 3 / 0, Feb 1 / 0; their
#: datelines taken out (tools/pd_variants.py, `no datelines`) 16 / 0 and 4 / 0; flush (no blank
#: lines, no indents) 3 / 0 and 1 / 1, lines uneven too 5 / 1 and 2 / 1 (a round-up's section,
#: `山西省妇联等部门和爱心企业近日启动…`; a dateline OCR broke, `本报瑞士达沃斯１月·２１日电`). At 0.1
#: the intertitles lifted grow faster (2 more in Feb as composed, the nearest at 0.10)
NEWS_LEAD_P = 0.15
NEWS_LEAD = patterns.compile(r"^(?!近日|日前)\p{Han}[^，,。：:；…—年]{0,19}?(?:\d{1,2}日|日前|近日)")
#: ... once the open article has printed this much (characters, its heading's with its text):
#: a round-up's lead is shorter, its first section a news report (`财政部2月2日发出通知`). Nor
#: under a line a dash opens, a deck or a speaker's name (`——世界卫生组织总干事谭德塞`)
NEWS_LEAD_AFTER = 200
_LOGIT_OF = {p: math.log(p / (1 - p)) for p in (BOUNDARY_P, DATED_BOUNDARY_P, NEWS_LEAD_P)}
#: an article's intertitles are set alike: a line this much longer than the last is another
#: kind of line (characters)
TITLE_LONGER = 4
#: a section of text longer than this weighs no more (characters)
SECTION_REACH = 1500
#: cosines of words between stretches of text are small (0.1 is much in common): scaled so a
#: weight of ordinary size can tell them apart
COSINE_SCALE = 10
QUOTE_MARKS = frozenset('“”"')
#: the longest such name in brackets: only the paragraph's end is searched
NAMED_CLOSE_MAX = 10
#: an article's own text longer than this weighs no more (characters)
OWN_REACH = 3000

#: a writer's name in brackets closing the text above: `…增长。（李 明）`
NAMED_CLOSE = patterns.compile(r"[（(]\p{Han}{1,4}(?:[ \u3000]\p{Han}{1,2})?[）)]$")

#: the boundary model's cues, in the order `boundary_cues` gives them and `boundary_model.WEIGHTS`
#: names them
BOUNDARY_CUES = (
    "bias",
    "cos_above_below",
    "cos_line_above",
    "cos_line_below",
    "line_apart_above",
    "line_apart_below",
    "few_words",
    "lines",
    "three_lines",
    "length",
    "column_tag",
    "heading_cue",
    "two_phrases",
    "topic_shift",
    "comma",
    "colon_end",
    "quote",
    "exclaims",
    "enumerated",
    "above_closed",
    "above_named",
    "own_text",
    "own_length",
    "section_length",
    "cos_line_head",
    "titled",
    "like_last_title",
    "longer_than_title",
    "text_lead",
    "report_lead",
    "credit_soon",
    "short_below",
)
#: the words' cues that need the text above the run, the last read: where the rest settle the
#: verdict, that window is not read; nor, before it, the one below (`boundary_cues`)
_ABOVE_CUES = ("cos_above_below", "cos_line_above", "line_apart_above", "topic_shift")
_SIDES_CUES = (*_ABOVE_CUES, "cos_line_below", "line_apart_below")
#: the cues about the run's words and the text's either side (`_window`)
WORD_CUES = (*_SIDES_CUES, "few_words", "cos_line_head")
_CUE_INDEX = {name: index for index, name in enumerate(BOUNDARY_CUES)}
_WORD_INDEXES, _SIDES_INDEXES, _ABOVE_INDEXES = (
    tuple(_CUE_INDEX[name] for name in names) for names in (WORD_CUES, _SIDES_CUES, _ABOVE_CUES)
)
#: how a report's text opens once its dateline is gone: `记者从…获悉` / `据…报道` / `本报讯`
REPORT_LEAD = patterns.compile(r"^(?:\p{Han}{0,12}记者.{0,30}获悉|据.{2,20}(?:报道|消息|介绍)|本报讯)")


def boundary_cues(
    blocks: Sequence[Block],
    kinds: list[Kind],
    opened: int,
    start: int,
    end: int,
    pairs: dict[int, frozenset[int]],
    own_text: bool,
    last_title: str,
    two_phrases: bool,
    heading_cue: bool,
    text_under: str,
    settle: bool = True,
    threshold: float = BOUNDARY_P,
) -> tuple[float, ...]:
    """The cues the boundary model weighs for the short run blocks[start:end] inside the article
    opened at `opened`, with text under it: is the run the next article's heading or this one's
    intertitle? In the order of `BOUNDARY_CUES`; used at run time and by
    tools/boundary_model.py, which trains the weights. All are about the text, none about how a
    composer sets it (blank lines, indents, widths).

    Whether the run's words go on from the text above or with the text below (cosines of
    `cues.content_pairs`), its size and marks, the rule chain's own cues (a heading's cue, the
    topic test), how the text above closed (a sentence, a writer's name), how much text the
    article has printed and whether its intertitles so far look like this run, how the text
    below opens (`近日，`, `记者从…获悉`) and whether a credit or dateline follows soon. The rule
    chain gives what it has already read: `heading_cue` (its heading's cue for the run) and
    `text_under` (the first block under the run that is not passed over, or "").

    The words (WORD_CUES) are the dearest to read: where the other cues `settle` the verdict
    whatever the words say (`settled`, on the side of `threshold` the verdict will be read at),
    they are left at 0; training reads them all.
    """
    run = list(blocks[start:end])
    heading = [b.text for b in run[-3:]]
    last = heading[-1]
    above_text = blocks[start - 1].text if start else ""
    own = section = 0
    for n in range(start - 1, opened - 1, -1):
        own += len(blocks[n].text)
        if kinds[n] is Kind.SHORT and not section:
            section = own  # the text since the last short line: this section's, if it is one
        if own >= OWN_REACH:
            break
    section = section or own
    soon = [kinds[n] for n in range(end + 1, min(end + 4, len(kinds)))]
    enumerated = INTERTITLE_LEAD.match(run[0].text) is not None
    values = [
        1.0,
        0.0,  # the words' cues (WORD_CUES), read below unless the rest settle it
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        len(run) >= 2,
        len(run) >= 3,
        min(len(last), 30) / 30,
        any(cues.COLUMN_TAG.search(text) for text in heading),
        heading_cue,
        two_phrases and any(TWO_PHRASES.search(text) for text in heading),
        0.0,
        any(SENTENCE_MARK.search(text.rstrip(":：")) for text in heading),
        any(text[-1:] in ":：" for text in heading),
        not QUOTE_MARKS.isdisjoint("".join(heading)),
        any(text[-1:] in CLOSING_MARKS for text in heading),
        enumerated,
        above_text[-1:] in "。！？!?”",
        NAMED_CLOSE.search(above_text, max(len(above_text) - NAMED_CLOSE_MAX, 0)) is not None,
        own_text,
        min(own, OWN_REACH) / OWN_REACH,
        min(section, SECTION_REACH) / SECTION_REACH,
        0.0,
        bool(last_title),
        bool(last_title)
        and (
            abs(len(last_title) - len(last)) <= 1
            or enumerated
            and INTERTITLE_LEAD.match(last_title) is not None
        ),
        bool(last_title) and len(last) >= len(last_title) + TITLE_LONGER,
        TEXT_LEAD.match(text_under) is not None,
        REPORT_LEAD.match(text_under) is not None,
        any(kind in (Kind.BYLINE, Kind.DATELINE, Kind.CLOSING_CREDIT) for kind in soon),
        len(text_under) < 60,
    ]
    if settle and settled(values, _WORD_INDEXES, threshold):
        return tuple(values)
    # the run's words: of its last three lines, the heading's if it is one
    line = frozenset().union(*(_words(blocks, n, pairs) for n in range(max(start, end - 3), end)))
    # the article's own heading: an intertitle shares its words more often than another story's
    # headline does
    head: set[int] = set()
    for n in range(opened, min(opened + 3, start)):
        if kinds[n] is Kind.SHORT:
            head.update(_words(blocks, n, pairs))
    values[_CUE_INDEX["few_words"]] = len(line) < cues.TOPIC_WORDS
    values[_CUE_INDEX["cos_line_head"]] = min(cues.cosine(line, head) * COSINE_SCALE, 1.0)
    if settle and settled(values, _SIDES_INDEXES, threshold):
        return tuple(values)  # the words either side could not change the verdict
    below = _window(blocks, range(end, len(blocks)), pairs)
    line_below = cues.cosine(line, below)
    values[_CUE_INDEX["cos_line_below"]] = min(line_below * COSINE_SCALE, 1.0)
    values[_CUE_INDEX["line_apart_below"]] = line.isdisjoint(below)
    if settle and settled(values, _ABOVE_INDEXES, threshold):
        return tuple(values)  # the words above, the dearest left, could not change the verdict
    above = _window(blocks, range(start - 1, opened - 1, -1), pairs)
    above_below = cues.cosine(above, below)
    line_above = cues.cosine(line, above)
    values[_CUE_INDEX["cos_above_below"]] = min(above_below * COSINE_SCALE, 1.0)
    values[_CUE_INDEX["cos_line_above"]] = min(line_above * COSINE_SCALE, 1.0)
    values[_CUE_INDEX["line_apart_above"]] = line.isdisjoint(above)
    values[_CUE_INDEX["topic_shift"]] = (
        own_text and len(line) >= cues.TOPIC_WORDS and cues.topic_shift(above_below, line_above, line_below)
    )
    return tuple(values)


def settled(
    values: Sequence[float], unread: tuple[int, ...] = _WORD_INDEXES, threshold: float = BOUNDARY_P
) -> bool:
    """The cues read so far put the run on one side of `threshold` that the cues not read (the
    words' cues, WORD_CUES, or only some of them), still 0 in `values`, could not bring it over."""
    return _beyond_reach(sum(map(operator.mul, boundary_model.WEIGHTS, values)), unread, threshold)


def _beyond_reach(rest: float, unread: tuple[int, ...], threshold: float) -> bool:
    """`rest`, the weighted sum of the cues read, stays on its side of `threshold` whatever the
    cues `unread` (each 0..1) add to it."""
    most, least = _REACH_OF[unread]
    logit = _LOGIT_OF[threshold]
    return rest + most <= logit or rest + least > logit


#: how far the cues not read can move the weighted sum, up and down (each cue lies in 0..1)
_REACH_OF = {
    unread: (
        sum(max(boundary_model.WEIGHTS[n], 0.0) for n in unread),
        sum(min(boundary_model.WEIGHTS[n], 0.0) for n in unread),
    )
    for unread in (_WORD_INDEXES, _SIDES_INDEXES, _ABOVE_INDEXES)
}


def boundary_verdict(values: tuple[float, ...], threshold: float = BOUNDARY_P) -> tuple[bool, Reason]:
    """Whether the run whose `boundary_cues` are `values` starts the next article (the boundary
    model's probability is over `threshold`), and why: p and the three cues that weighed most
    (written out when read). Where the other cues settled it, the words were not read and p is
    without them."""
    total = sum(map(operator.mul, boundary_model.WEIGHTS, values))
    return total > _LOGIT_OF[threshold], Reason(_boundary_reason, values, threshold)


def _boundary_reason(values: tuple[float, ...], threshold: float) -> str:
    """`boundary_verdict`'s reason: where, its verdict, p, the weightiest three cues (the bias
    left out), and whether the words either side or above could have changed it."""
    terms = list(map(operator.mul, boundary_model.WEIGHTS, values))
    total = sum(terms)
    p = 1 / (1 + math.exp(-total))
    sizes = list(map(abs, terms))
    sizes[0] = 0.0
    top = sorted(range(len(terms)), key=sizes.__getitem__, reverse=True)[:3]
    heading = p > threshold
    says = "the next article's heading" if heading else "an intertitle"
    where = {
        DATED_BOUNDARY_P: "inside a story its dateline opened",
        NEWS_LEAD_P: "inside an article, over a news report's lead",
    }.get(threshold, "inside an article")
    weighed = ", ".join([f"{BOUNDARY_CUES[n]} {terms[n]:+.1f}" for n in top if sizes[n]])
    if _beyond_reach(total - sum([terms[n] for n in _SIDES_INDEXES]), _SIDES_INDEXES, threshold):
        weighed += "; whatever the words either side"
    elif _beyond_reach(total - sum([terms[n] for n in _ABOVE_INDEXES]), _ABOVE_INDEXES, threshold):
        weighed += "; whatever the words above"
    return f"{where}, the boundary model: {says} (p={p:.2f}; {weighed})"
