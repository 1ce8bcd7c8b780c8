"""Classified, repaired pieces -> Articles in reading order, and `other` for the rest.

A new article starts at a heading stack, at a dateline paragraph no heading announced, or at a
byline that follows finished text (but not at a column of briefs' next credit:
`_closing_credit`). The dateline opening a first paragraph (`本报讯`,
`新华社北京12月31日电（记者王五）`) is lifted into its own field, with the bracketed byline.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from . import cues, patterns
from .model import (
    HEADING_ROLES,
    OUTSIDE_ARTICLES,
    Article,
    Caption,
    Decision,
    Field,
    OtherItem,
    Piece,
    Role,
    cut_spans,
)


class _Draft:
    """An article while its pieces arrive."""

    __slots__ = (
        "kicker",
        "headline",
        "subheadlines",
        "bylines",
        "dateline",
        "paragraphs",
        "captions",
        "jumps",
        "closing_at",
    )

    def __init__(self, captions: list[Caption]) -> None:
        self.kicker: Field | None = None
        self.headline: Field | None = None
        # decks and bylines gather as lists, joined once: joining at each one was quadratic on
        # a page of ten thousand bylines
        self.subheadlines: list[Field] = []
        self.bylines: list[Field] = []
        self.dateline: Field | None = None
        self.paragraphs: list[Field] = []
        self.captions = captions
        self.jumps: list[Field] = []
        # where the byline was printed when it is a credit in brackets closing text: the number
        # of paragraphs before it
        self.closing_at: int | None = None

    def freeze(self) -> Article:
        return Article(
            self.kicker,
            self.headline,
            _joined(self.subheadlines, "\n"),
            _joined(self.bylines, " "),
            self.dateline,
            tuple(self.paragraphs),
            tuple(self.captions),
            tuple(self.jumps),
        )

    @property
    def has_text(self) -> bool:
        return bool(self.paragraphs)


def group(
    pieces: Sequence[Piece], decisions: list[Decision], page: str
) -> tuple[list[Article], list[OtherItem]]:
    """Pieces -> articles and the page matter outside them; `page` is the text the spans point
    into."""
    drafts: list[_Draft] = []
    waiting_captions: list[Caption] = []  # captions printed before any article began

    def start() -> _Draft:
        drafts.append(_Draft(waiting_captions.copy()))
        waiting_captions.clear()
        return drafts[-1]

    def current() -> _Draft:
        return drafts[-1] if drafts else start()

    previous_outside: Piece | None = None
    runs: list[list[Piece]] = []  # `other`, a run of teaser or ad pieces one item, joined at the end
    for index, piece in enumerate(pieces):
        if piece.role in OUTSIDE_ARTICLES:
            if (
                previous_outside is not None
                and runs
                and piece.role is previous_outside.role
                and piece.role in (Role.TEASER, Role.AD)
            ):
                runs[-1].append(piece)
            else:
                runs.append([piece])
            previous_outside = piece
            continue
        previous_outside = None
        here = Field(piece.text, piece.spans)
        if piece.role is Role.CAPTION:
            caption = Caption(piece.text, piece.credit, piece.spans)
            in_run = index > 0 and pieces[index - 1].role is Role.CAPTION
            if in_run and _numbered_after(pieces[index - 1].text, piece.text):
                below = bool(waiting_captions)  # the next picture goes where the last went
            else:
                below = not drafts or _caption_of_next(drafts[-1], pieces, index, page, decisions)
            if not below:
                drafts[-1].captions.append(caption)
            else:
                waiting_captions.append(caption)
            continue
        if piece.role is Role.JUMP:
            current().jumps.append(here)
            continue
        draft = start() if piece.starts_article else current()
        if piece.role is Role.KICKER:
            draft.kicker = here
        elif piece.role is Role.HEADLINE:
            if draft.headline is not None or draft.has_text:
                draft = start()
            draft.headline = here
        elif piece.role is Role.SUBHEADLINE:
            draft.subheadlines.append(here)
        elif piece.role is Role.BYLINE:
            closing = piece.script == "zh" and draft.has_text and _in_brackets(piece, page)
            if closing and draft.closing_at is not None and len(draft.bylines) == 1:
                _closing_credit(draft, here)
                continue
            if draft.bylines and draft.has_text:
                draft = start()
            draft.bylines.append(here)
            if closing:
                draft.closing_at = len(draft.paragraphs)
        else:
            if draft.dateline is None and len(draft.paragraphs) == 1 and piece.role is Role.BODY:
                # a dateline a break left alone (`新华社北京２月１８日电` / `２月１８日，…`) is
                # lifted once text follows it; with none it stays the article's text
                _lift_dateline(draft, draft.paragraphs[0], decisions, page, bare=True)
                if draft.dateline is not None:
                    draft.paragraphs.pop()
            lifts = (
                not draft.paragraphs
                or (piece.script == "zh" and len(draft.paragraphs) < DATELINE_AFTER)
                or (piece.script == "latin" and all(_speck(p.text) for p in draft.paragraphs))
            )
            if draft.dateline is None and lifts and piece.role is Role.BODY:
                # the first paragraph opens with it, or one after a few summary lines does
                here = _lift_dateline(draft, here, decisions, page)
            if here.text:
                draft.paragraphs.append(here)
    if waiting_captions:
        current()
    other = [
        OtherItem(str(run[0].role), "\n".join(p.text for p in run), tuple(s for p in run for s in p.spans))
        for run in runs
    ]
    return [d.freeze() for d in drafts], other


def _in_brackets(piece: Piece, page: str) -> bool:
    """Was the byline printed in brackets (`（本报记者 张三）`, its brackets since taken off)?"""
    start = piece.spans[0].start if piece.spans else 0
    return page[start : start + 3].lstrip()[:1] in "（("


def _closing_credit(draft: _Draft, credit: Field) -> None:
    """A credit in brackets closing text, where the article's byline is one too: in a column of
    briefs each item closes on its writer's name (`（葛孟超）` … `（陈玲）`), and the last is the
    column's byline, the others its paragraphs where they were printed, brackets and all.

    People's Daily, composed pages A: before, such a credit opened an article with no heading.
    In Jan that cut 5 columns of briefs (their last credits alone, or with the last item's text)
    and two features whose parts close on credits (one into 30 articles); byline 0.978 -> 0.980,
    para_f1 0.952 -> 0.955. Confirmed in Feb (8 columns of briefs): byline 0.961 -> 0.965,
    para_f1 0.942 -> 0.943; B, never tuned on: byline 0.967 -> 0.969 and 0.944 -> 0.948. Under a
    byline printed over the text, a credit closing text still opens an article: there it is
    more often the byline of a story whose heading was missed.
    """
    assert draft.closing_at is not None
    earlier = draft.bylines[0]
    draft.paragraphs.insert(draft.closing_at, Field(f"（{earlier.text}）", earlier.spans))
    draft.bylines = [credit]
    draft.closing_at = len(draft.paragraphs)


def _caption_of_next(
    draft: _Draft, pieces: Sequence[Piece], at: int, page: str, decisions: list[Decision]
) -> bool:
    """Is the caption pieces[at], printed between the text of the article above and the next
    article's heading, the next article's? A picture is set over its story's headline as well as
    inside its story's text; its caption says which by sharing the story's words (pairs of Han
    characters, `cues.content_pairs`, CAPTION_REACH characters of the page either side).

    Composed pages of Jan and Feb 2020: of the captions so set after an article's text, 64 are the
    story above's and 50 the story below's (49 of them on B, which sets pictures over headlines;
    A sets them inside the text). Given below where they share CAPTION_SHARES or more with the
    text below and more than with the text above: 24 rightly, 1 wrongly (the same with 150
    characters a side as with 300, which cost a split 0.5 M instructions more); B's caption_f1
    0.795 -> 0.858 (Jan) and 0.768 -> 0.822 (Feb), A's unchanged but for one caption set right.

    A caption sharing no word at all with the text above is not of that story, whose text its
    picture shows: then any share with the story below gives it below. On A's pages with each
    caption moved over its story's heading (`tools/pd_variants.py`, "captions over heading"),
    4 captions that shared under CAPTION_SHARES with the story below (0.019 to 0.036) and
    nothing with the text above went to the story above (Jan 3 of 13, found there; Feb 1 of 7,
    confirmed); now all 4 go below. On A's pages as composed no caption of the story above
    shares nothing with its text and something with the story below (0 of 21).
    """
    if not draft.has_text or pieces[at].script != "zh":
        return False
    below_at = next((n for n in range(at + 1, len(pieces)) if pieces[n].role is not Role.CAPTION), None)
    if below_at is None:
        return False
    after = pieces[below_at]
    if not after.starts_article or after.role not in (Role.KICKER, Role.HEADLINE):
        return False
    if _heading_alone(pieces, below_at):
        why = "over a headline with nothing under it: a photo story's picture"
        decisions.append(Decision("articles", "caption of the story below", pieces[at].spans, why))
        return True
    first = at
    while first > 0 and pieces[first - 1].role is Role.CAPTION:
        first -= 1
    if first > 0 and cues.CAPTION_LABEL.match(pieces[first - 1].text):
        # `图片说明：` closes the story above and announces its pictures' captions, which share
        # few words with the text right above (A's pages with captions moved after the text,
        # `tools/pd_variants.py` "captions after text": caption_f1 Feb 0.931 -> 0.961, Jan the
        # same; a fresh draw of Feb 0.914 -> 0.934)
        return False
    here = pieces[at].spans
    words = cues.content_pairs(pieces[at].text)
    below_at = after.spans[0].start
    below = cues.cosine(words, cues.content_pairs(page[below_at : below_at + cues.CAPTION_REACH]))
    if not below:
        return False  # the words above not read: a page's captions are mostly inside their text
    before = page[max(here[0].start - cues.CAPTION_REACH, 0) : here[0].start]
    above = cues.cosine(words, cues.content_pairs(before))
    if below <= above or below < cues.CAPTION_SHARES and above:
        return False
    why = f"over the next story's heading, sharing its words (cosine {below:.2f} against {above:.2f} above)"
    decisions.append(Decision("articles", "caption of the story below", here, why))
    return True


def _heading_alone(pieces: Sequence[Piece], start: int) -> bool:
    """The article whose heading opens at pieces[start] prints nothing under it before the next
    article or the page's end, but page matter: a photo story whose picture, and so its
    caption, was printed over its headline (`classify._photo_title_under_caption`).

    PD Jan and Feb 2020, composed pages A with each photo story's caption moved over its title
    (`tools/pd_variants.py`, "photo caption over head"): 46 captions in each month given below
    so, all their photo story's; without it, those sharing too few words with a title as short
    as `春风里` or a label (`图片报道`) stayed above and their stories were lost: found 0.969 ->
    0.981 and 0.954 -> 0.966, heading 0.936 -> 0.949 and 0.911 -> 0.923, caption_f1 0.815 ->
    0.944 and 0.789 -> 0.917. On A's pages as composed, and with captions over the heading or
    after the text, none but one over a title misread as a photo story's (Feb)."""
    for piece in islice(pieces, start + 1, None):
        if piece.starts_article:
            return True
        if piece.role not in HEADING_ROLES and piece.role not in OUTSIDE_ARTICLES:
            return False
    return True


#: a caption's number, as a page numbers the pictures of one story: `图①：`, `图1`, `图一`
PICTURE_NUMBER = patterns.compile(r"\s*图\s*([①-⑳]|\d{1,2}|[一二三四五六七八九十])")
NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
HAN_NUMBERS = "一二三四五六七八九十"


def _picture_number(text: str) -> int | None:
    match = PICTURE_NUMBER.match(text)
    if match is None:
        return None
    mark = match.group(1)
    if mark.isdecimal():
        return int(mark)
    return (NUMBERS.find(mark) if mark in NUMBERS else HAN_NUMBERS.find(mark)) + 1


def _numbered_after(above: str, below: str) -> bool:
    """The caption `below` numbers the next picture after the caption `above` (`图③` / `图④`):
    the pictures of one story, so it goes where the last went, whatever words it shares. A's
    pages with captions moved after the text (`tools/pd_variants.py`, "captions after text"):
    `图④` of a feature's seven went to the next story on a chance pair it shared with it; caption_f1
    Jan 0.944 -> 0.949, Feb the same (0.961)."""
    first, second = _picture_number(above), _picture_number(below)
    return first is not None and second == first + 1


def _joined(fields: list[Field], sep: str) -> Field | None:
    if len(fields) <= 1:
        return fields[0] if fields else None
    return Field(sep.join(f.text for f in fields), tuple(span for f in fields for span in f.spans))


def _letter(char: str) -> bool:
    """A letter, digit or ideograph, which punctuation never touches, or a compatibility form of
    one (`_compatible_letter`)."""
    return char.isalnum() or _compatible_letter(char)


@lru_cache(maxsize=1024)
def _compatible_letter(char: str) -> bool:
    """A compatibility form of a letter, digit or ideograph, which punctuation never touches as
    it never touches those: the Kangxi radical `⼀`, a symbol to `str.isalnum`, is printed for `一`
    (hypothesis found `本报讯⼀`, whose text had lost its span to the dateline's marks)."""
    return unicodedata.normalize("NFKC", char).isalnum()


#: how many summary paragraphs may come before the one a dateline opens (`核心阅读` and its lines)
DATELINE_AFTER = 6
#: a paragraph of fewer letters is a speck OCR read (`-' - - -v 1 ' :`), no text of the article's
SPECK_LETTERS = 3


def _speck(text: str) -> bool:
    """OCR's reading of a speck or a rule between a heading and its text (`-' - - -v 1 ' :`
    over `Special to The Tribune.` on the Salt Lake Tribune's front page): the dispatch's dateline
    still opens the paragraph after it."""
    return sum(char.isalpha() for char in text) < SPECK_LETTERS


TRAILING_MARKS = patterns.compile(r"[^\p{L}\p{N}]*$")
#: marks that open the text after a dateline, so they stay with it: `本报讯 “扫码…` / `April "The…`
OPENERS = "\"'“‘(（《【「『"


def _lift_dateline(
    draft: _Draft, paragraph: Field, decisions: list[Decision], page: str, bare: bool = False
) -> Field:
    """`本报讯 3月26日晚上，…` -> dateline `本报讯`, paragraph `3月26日晚上，…`;
    `WASHINGTON, April 30. — The …` -> dateline `WASHINGTON, April 30.`. `bare`: only a
    paragraph that is a dateline and nothing else, which then comes out empty."""
    text = paragraph.text
    match = cues.dateline_at_start(text) or cues.LATIN_DATELINE.match(text)
    if not match or (match.end() != len(text) if bare else match.end() >= len(text)):
        return paragraph
    # the text is punctuated (`—` may be `——` now, ` : ` `：`), the spans are the page as printed:
    # cut the spans where the same letters, digits and ideographs end, which punctuation never touches
    raw = "".join(page[span.start : span.end] for span in paragraph.spans)
    # only the letters up to the dateline's end are ever looked up; a long paragraph's rest is not
    wanted = sum(_letter(char) for char in text[: match.end()]) + 1
    letters = list(islice((i for i, char in enumerate(raw) if _letter(char)), wanted))

    def printed(at: int) -> int:
        """How many of the paragraph's letters come before `text[at]`."""
        return min(sum(_letter(char) for char in text[:at]), len(letters))

    def after(at: int, marks: str | None = None) -> int:
        """Where `text[:at]` ends as printed: after its last letter and any of `marks` there
        (without `marks`: any mark but one that opens what follows)."""
        count = printed(at)
        end = letters[count - 1] + 1 if count else 0
        while (
            end < len(raw)
            and not _letter(raw[end])
            and (raw[end] in marks if marks is not None else raw[end] not in OPENERS)
        ):
            end += 1
        return end

    dateline = match["dateline"]
    first = printed(match.start("dateline"))
    dateline_start = letters[first] if first < len(letters) else 0
    stops = TRAILING_MARKS.search(dateline).group()  # `WASHINGTON, April 30.` ends with its stop
    dateline_length = after(match.end("dateline"), stops) - dateline_start
    dateline_spans = cut_spans(cut_spans(paragraph.spans, dateline_start)[1], dateline_length)[0]
    head_spans, rest_spans = cut_spans(paragraph.spans, after(match.end()))
    draft.dateline = Field(match["dateline"], dateline_spans)
    if match.groupdict().get("byline"):
        draft.bylines.append(Field(match["byline"].strip(), head_spans))
    decisions.append(Decision("articles", "dateline", head_spans, match.group().strip()))
    return Field(text[match.end() :], rest_spans)
