"""Blocks -> Pieces with a role: kicker, headline, subheadline, byline, body, caption, furniture...

A block is first judged on its own text (a byline, a photo credit and a page header say what
they are); a short line with no closing punctuation could be a headline, an intertitle, a
teaser item or an advertisement, and that is settled by what follows it: a heading is followed
by a byline, a dateline or body text, an intertitle sits inside an article, a teaser item
follows a teaser label.

This module holds the exact rules, in the order they are tried. Inside an open article, where
no exact rule settles whether a run of short lines is the next article's heading or an
intertitle, the learned decision answers: it is kept apart, in `boundary.py`, with its cues; the
rule chain calls it (`boundary_cues`, `boundary_verdict`).
The Latin-script reading (a Latin block's kind, and its headings settled by the story around
them) is in `latin_roles.py`, which the chain calls too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial

import regex

from . import cues, patterns
from .blocks import DECK_LEAD, is_capitals
from .boundary import (
    BOUNDARY_P,
    DATED_BOUNDARY_P,
    NEWS_LEAD,
    NEWS_LEAD_AFTER,
    NEWS_LEAD_P,
    boundary_cues,
    boundary_verdict,
)
from .cues import CLOSING_MARKS, INTERTITLE_LEAD, SENTENCE_MARK, TEXT_LEAD, TWO_PHRASES
from .latin_roles import blank_line_articles, latin_kind, latin_sections
from .model import Block, Kind, Piece, Reason, Role, Span

#: a heading never ends with these, a paragraph or a list item may
OPEN_END = frozenset("。；：;:，,、")
#: headings are short; anything longer is text
HEADING_MAX = 40
#: a headline ending in its column's tag may run longer: `…（守初心 担使命…·记者观察）`
TAGGED_HEADING_MAX = 90
#: a heading line set whole on one line, with no mark of a sentence in it, may run longer:
#: 部署提高湖北武汉收治率治愈率降低感染率病死率措施进一步做好医疗资源和生活物资保障供应 (44)
LONG_HEADING_MAX = 70
#: a closing credit naming a round-up's many reporters runs long: `（综合本报记者曲哲涵、李红梅、
#: …报道）`. People's Daily (Jan, Feb 2020): 15 such credits over 60 characters, up to 130, all
#: the article's last words and, by GOLD.md, its byline; it may run as long as an author's note
CLOSING_CREDIT_MAX = 300
#: a credit line under a heading names as many reporters as a closing credit does:
#: `综合本报记者白剑峰、曲哲涵、王观、…、徐驭尧报道`
BYLINE_MAX = CLOSING_CREDIT_MAX
#: the longest text a caption is taken to be when only a credit line says so
CAPTION_MAX = 150
#: a kicker printed on the headline's own line ends with a verb of saying or a lead-in:
#: 车俊在全省建设平安浙江工作会议上强调 更深层次更广领域更高水平建设平安浙江
KICKER_END = (
    r"(?:强调|指出|表示|要求|提出|寄语|致信|致辞|讲话|批示|呼吁|透露|宣布|答记者问|会见|主持召开"
    r"|(?:会议|大会|座谈会|论坛|仪式|典礼)上|(?:调研|考察|视察|检查|慰问|出席)时|[:：]|——)"
)
KICKER_SPLIT = patterns.compile(rf"^(?P<kicker>\S.*?{KICKER_END})[ \u3000\u00a0]+(?P<rest>\S.*)$")


def _kicker_split(text: str) -> regex.Match[str] | None:
    """KICKER_SPLIT's match, asked only of a line with a space in it: the pattern tries every
    place its lazy kicker could end, 5 microseconds a line, and a split needs the space."""
    if " " in text or "\u3000" in text or "\u00a0" in text:
        return KICKER_SPLIT.match(text)
    return None


#: a kicker on its own line may also be the scene-setting clause: 在全省平安建设大会上 / 在春节来临之际
KICKER_LINE = patterns.compile(rf"{KICKER_END}$|在\p{{Han}}{{2,}}(?:上|时|之际|期间|前夕)$")
#: a display line set with a space after every character, four or more: 大 湾 区 三 地 融 合
LETTER_SPACED_MIN = 4
LETTER_SPACED = patterns.compile(rf"^\S(?:[ \u3000\u00a0]+\S){{{LETTER_SPACED_MIN - 1},}}$")
LETTER_OR_DIGIT = patterns.compile(r"[\p{L}\p{N}]")
#: a sentence ending inside the text, its 。 read as `.` (`…孩子们听.她说`): text, not a heading
STOP_READ_AS_DOT = patterns.compile(r"\p{Han}\.\p{Han}")
#: a kicker set on a long headline's line before a space:
#: 国务院关税税则委员会办公室有关负责人 就调整对原产于美国的部分进口商品加征关税措施答记者问
LONG_KICKER_SPLIT = patterns.compile(r"^(?P<kicker>\S{6,})[ \u3000\u00a0]+(?P<rest>\S.{5,})$")
#: the spaces that set a heading's phrases apart: `流程压缩 办理提效`
PHRASE_GAP = patterns.compile(r"[ \u3000\u00a0]+")
#: a kicker run into its headline's line is at least this long: a shorter first phrase is a
#: place or a name the headline opens with (`遵义 传承红色基因…`, `伊利 万众一心…`)
RUN_IN_KICKER_MIN = 4
#: ... and, when the line has just two phrases, this much longer than the second, or this long
#: whatever the second (see `_run_in_kicker`)
RUN_IN_KICKER_LONGER = 3
RUN_IN_KICKER_LONG = 8
#: a lead-in ending in a dash this short opens a section of the article, not the next one: in
#: People's Daily (Jan, Feb 2020) 107 such lines of up to 8 characters inside articles against
#: 42 kickers (`世界银行——` / `中国政府有充足政策空间应对疫情`)
SECTION_LEAD_MAX = 8
#: a name and a colon, set over a headline as its kicker: 蔡笃强：
NAME_KICKER = patterns.compile(r"^\p{Han}{2,4}[:：]$")
#: who speaks or what is reported, set over a headline as its kicker: `深圳公安三英烈：` /
#: `财政部、医保局要求：` / `赛尔江·买米拉:` (no sentence mark but the closing colon)
COLON_KICKER = patterns.compile(r"^[^，,。；;：:！？!?\s]{2,38}[:：]$")
#: lines no heading holds, each the last of an article's text or a page's credit, set just over
#: the next heading on composed pages: a label of the picture captions (`图片说明：`), a photo
#: agency alone (`人民视觉`), a web user's signature (`——@风在吼`), a page's credit (`本期统筹：…`),
#: a column's mail address (`栏目投稿邮箱：…@163.com`). People's Daily (Jan, Feb 2020): 259 short
#: paragraphs and none of 6,305 heading lines hold one; on the composed pages of those months
#: (A) it sets 11 more headings right (heading 0.860 -> 0.861, 0.819 -> 0.823). So with a
#: photo's credit closing the text (`供图：张三`, `…供图 本报记者 李四文`, `王五摄（影像中国）`): in
#: those months 103 paragraphs and no heading line hold one (heading 0.9169 -> 0.9174, 0.8875 ->
#: 0.8884: a credit over the next headline was read as its kicker)
NEVER_HEADING = patterns.compile(
    r"^(?:图片说明[:：]$|(?:人民视觉|影像中国|视觉中国)$|——@|(?:本期|本版)?(?:统筹|策划|责编|版式设计|制图)[:：])"
    r"|@[\w.]+\.(?:com|cn|net)|^供图[:：]|供图[ \u3000]|摄[（(](?:影像中国|人民视觉|视觉中国)[）)]$"
)
SUBHEADLINE_LEAD = patterns.compile(r"^(?:——|—|--|－－)")


_PASS_OVER = {Kind.FURNITURE, Kind.CAPTION, Kind.CREDIT, Kind.JUMP}
#: a line set in this much deeper or shallower than the page's paragraphs (half-width
#: characters) is not indented as they are: a centred heading
SET_IN_MARGIN = 2
#: what an article prints under its heading: before any of it, a line under the heading is no
#: other story's headline, whatever its words (`湖畔新村见闻` / `本报记者 李明` / a summary line)
_OWN_TEXT = {Kind.BODY, Kind.DATELINE, Kind.CAPTION, Kind.HEAD_CUT, Kind.INDENTED_TITLE}


def kind_of(block: Block) -> Kind:
    """Judge one block by its own text.

    Latin-script blocks have rules of their own (`latin_kind`).

    >>> from papercut.blocks import split_blocks
    >>> kind_of(split_blocks("本报记者 陈佳妮")[0]).name
    'BYLINE'
    """
    if block.script == "latin":
        return latin_kind(block)
    text = block.text
    size = len(text)
    # most blocks open on a CJK ideograph (U+4E00-U+9FFF, every one a letter): no pattern asked
    if not ("\u4e00" <= text[:1] <= "\u9fff" or LETTER_OR_DIGIT.search(text)):
        return Kind.FURNITURE  # rules and ornaments: ★★★ / ■ / ——
    if size <= 5 and text.strip("（()）【】[] \u3000") == "完":
        return Kind.FURNITURE  # （完）: the end mark of a wire story
    if size <= 12 and text.startswith("本版") and cues.FURNITURE.search(text):
        return Kind.FURNITURE  # 本版摄影 / 本版图片来源：…: the page's credits, not a photo's
    credit = cues.credit_at_end(text) if size <= 200 else None
    # asked only of text short enough for a credit: a paragraph's whole text is long to search
    role_word = size <= CLOSING_CREDIT_MAX and cues.has_role_word(text)
    if credit:
        if not text[: credit.start()].strip():
            if cues.WORDS_AND_PICTURE.search(text):
                return Kind.BYLINE  # the story's writer too: a heading over it is no caption
            return Kind.CREDIT
        if role_word and size <= 40 and cues.BYLINE.match(text):
            return Kind.BYLINE  # `文/张三 图/李四`: who wrote the story and who took its picture
        if cues.CHART_CREDIT.match(text):
            return Kind.FURNITURE  # a chart's credit (`制图：张三（新华社发）`): page matter
        return Kind.CAPTION
    if role_word and size <= CLOSING_CREDIT_MAX and cues.CLOSING_CREDIT.fullmatch(text):
        return Kind.CLOSING_CREDIT
    if role_word and (size <= 40 or size <= BYLINE_MAX and "。" not in text) and cues.BYLINE.match(text):
        return Kind.BYLINE  # a long one is a team's (`综合本报记者…、…报道`): a sentence is text
    if role_word and cues.CREDIT_WORK_END.search(text) and cues.CLOSING_CREDIT.search(text):
        # a closing credit run into the text's last line, a speaker's `——…上说（本报记者 何 聪整理）`:
        # the story's last words, never the next story's kicker. Composed A, Jan and Feb 2020,
        # with closing credits run in (`tools/pd_variants.py`): 3 and 6 such lines had read as a
        # heading; as composed, no line but a credit ends so
        return Kind.BODY
    if text[0] in "（(" and text[-1] in "）)":
        if size <= 20 and cues.CLOSING_NAMES.fullmatch(text):
            return Kind.CLOSING_CREDIT
        if size <= 300 and cues.CLOSING_NOTE.fullmatch(text):
            return Kind.NOTE
    if size <= 20 and cues.SIGNATURE.match(text):
        return Kind.NOTE
    if size <= 5 and cues.CAPTION_LABEL.match(text):
        return Kind.NOTE
    if size <= 8 and cues.BOX_LABEL.match(text):
        return Kind.BOX
    if size <= 40 and cues.NAME_LINE.match(text):
        return Kind.NAME_LINE
    if size <= 24 and ("接" in text or "转" in text or "轉" in text) and cues.JUMP.fullmatch(text):
        return Kind.JUMP
    if text[:1] in "（(" and cues.JUMP_IN.match(text):
        return Kind.BODY  # `（上接第一版）…`: the text a story runs on with, whatever its marks
    if size <= 40 and cues.page_matter(text):
        return Kind.FURNITURE
    if size <= 40 and SPECK in text and _specked_page_matter(text):
        return Kind.FURNITURE
    if size <= 12 and cues.TEASER_HEAD.match(text):
        return Kind.TEASER_HEAD
    dateline = cues.dateline_at_start(text)
    if dateline:
        # alone on its line too: a break right after it (`据新华社布琼布拉1月11日电` /
        # `（记者王腾）　当地时间…`) leaves no text beside it, and it is no headline (PD Jan+Feb,
        # composed A: 10 such lines, all opening the text below them)
        return Kind.DATELINE
    if size <= 120 and cues.CAPTION_LEAD.match(text):
        return Kind.CAPTION
    if size <= 5 and NAME_KICKER.match(text):
        return Kind.SHORT  # a hero's name over the headline: 蔡笃强：
    if (block.indented or len(block.lines) > 1) and SENTENCE_MARK.search(text):
        # a paragraph's indent, or a line wrapped at the column, with a sentence mark: text
        # (`　　经济全球化促进…自由流` / `动,科技浪潮在开放合作中滚滚向前`); headings stand alone
        return Kind.BODY
    return Kind.SHORT if _heading_like(block) else Kind.BODY


#: a speck OCR reads into a line (`04· 要闻`, `人民日·报 2020年1月15日`)
SPECK = "·"


def _specked_page_matter(text: str) -> bool:
    """A running head or a page credit (`cues.FURNITURE`) OCR put a speck in (`0·4 要闻`,
    `人民日报 ·2020年1月10日`): with the speck, no pattern of page matter knew it, and it became
    the kicker of the headline under it.

    People's Daily, Jan and Feb 2020, composed A with a tenth of the text's lines specked
    (`tools/pd_variants.py`, flush, lines uneven; whole months): 46 and 53 lines read as page
    matter only so, all the gold's page matter but 3 and 6 (a date or a teaser's item, read as
    they are without a speck); heading 0.854 -> 0.867 (Jan), 0.821 -> 0.834 (Feb). The pages
    as composed (A and B) read as before."""
    return cues.page_matter(text.replace(SPECK, ""))


def _heading_like(block: Block) -> bool:
    """Short enough for a heading, and neither ending nor holding a sentence."""
    text = block.text
    size = len(text)
    return (
        (
            size <= HEADING_MAX
            or size <= TAGGED_HEADING_MAX
            and cues.COLUMN_TAG.search(text) is not None
            or size <= LONG_HEADING_MAX
            and len(block.lines) == 1
            and not SENTENCE_MARK.search(text)
        )
        and text[-1:] not in OPEN_END
        and "。" not in text[:-1]
        and not ("." in text and STOP_READ_AS_DOT.search(text))
    )


def _paragraph_indent(blocks: Sequence[Block], kinds: list[Kind]) -> tuple[int | None, bool]:
    """How deep the page indents its paragraphs (`　　据海关统计，…`: 4 half-width characters), None
    where it indents none (TOO_LITTLE_TEXT with less than two of them), and whether it indents
    most. A page that indents most sets its headings flush, so a short line indented as its
    paragraphs are is one of them (an intertitle, a section's title, a line cut off a
    paragraph), never a heading (`Kind.INDENTED_TITLE`).

    People's Daily, Jan and Feb 2020, composed A: 1,012 of 1,917 pages indent their paragraphs;
    on them 2 of 3,071 heading lines are indented (kickers, headlines and decks), and 5,861 of
    5,867 paragraphs of 40 characters or fewer. Read so, an intertitle is no longer taken for the
    next article's heading or a deck, nor a section's title with its credit line under it for a
    new story: heading 0.924 -> 0.940 (Jan), 0.896 -> 0.912 (Feb), found 0.970 -> 0.975, 0.953 ->
    0.959, para_f1 0.922 -> 0.945, 0.894 -> 0.923. Composer B (checking only) sets 317 pages so,
    none of its 656 heading lines indented: heading 0.888 -> 0.902, 0.857 -> 0.875.

    A line set in otherwise is no paragraph's: OCR that keeps a page's layout sets a centred
    heading in by what its column leaves (`tools/pd_variants.py`, centred headings)."""
    body = Kind.BODY  # looked up once: an enum member's lookup is dear, and this runs over every block
    texts = kinds.count(body)
    set_in = [
        block for block, kind in zip(blocks, kinds, strict=True) if kind is body and block.lines[0].indented
    ]
    if texts < 2:
        return TOO_LITTLE_TEXT, False
    # a page that sets in few of its paragraphs, and none that holds a sentence, indents none:
    # the lines it sets in, a comma in them or not, are centred (`_centred_lines`). On the
    # composed pages as printed this reads no page of A (Jan, Feb 2020) so and one of B; with
    # headings centred, 20 of A Jan's first 250 pages and 19 of Feb's
    if not set_in or 2 * len(set_in) < texts and not any("。" in block.text for block in set_in):
        return None, False
    indented = [block.lines[0].indent for block in set_in]
    # a page that sets every block in, headings too (`layout` gives a page with boxes so), says
    # nothing by its indents about which line is a heading
    sets_apart = any(not block.lines[0].indented for block in blocks)
    return max(set(indented), key=indented.count), sets_apart and 2 * len(indented) >= texts


#: `_paragraph_indent` of a page with less than two paragraphs of text: no telling
TOO_LITTLE_TEXT = -1
#: what may stand above the page's first heading: a running head, a picture and its credit
_ABOVE_FIRST_HEADING = frozenset({Kind.FURNITURE, Kind.CAPTION, Kind.CREDIT})


def _centred_beside(blocks: Sequence[Block], kinds: list[Kind], index: int, depth: int) -> bool:
    """Is a line beside the short line at `index` set in deeper or shallower than the
    paragraphs (`depth`)? Such a line is centred, and so is the heading stack it stands in: OCR
    that keeps a page's layout sets a centred line in by half what its column leaves, which for
    a line four or five characters short of the column is the paragraphs' indent."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(blocks) and kinds[near] is Kind.SHORT and len(blocks[near].lines) == 1:
            line = blocks[near].lines[0]
            if line.indented and abs(line.indent - depth) >= SET_IN_MARGIN:
                return True
    return False


def _centred_in_column(blocks: Sequence[Block], kinds: list[Kind], index: int, depth: int) -> bool:
    """Is the short line at `index`, set in as deep as the paragraphs (`depth`), centred in the
    column of the text under it, on a page that centres its headings (a short line set in
    deeper or shallower than the paragraphs)? OCR that keeps a page's layout sets a centred
    heading in by half what its column leaves, which for a line four or five characters short
    of the column is the paragraphs' indent. Such a line may be a heading, and is judged as the
    page's other short lines are, not taken for an intertitle whatever follows it.

    People's Daily, Jan and Feb 2020, composed A, headings centred (`tools/pd_variants.py`,
    whole months): 70 and 71 lines so, 27 and 19 of them headings, where each had been read as
    an intertitle; the rest are the boundary model's to judge, and it keeps most (7
    intertitles of a feature's sections read as headings, Jan). First 250 pages, wrapped with
    indents: heading 0.889 -> 0.927 (Jan), 0.913 -> 0.940 (Feb); para_f1 0.929 -> 0.964,
    0.941 -> 0.964; seg_f1 0.985 -> 0.989, 0.988 -> 0.986. On the pages as composed (A and B)
    no line is so: none is set in otherwise."""
    below = blocks[index + 1].lines if index + 1 < len(blocks) else ()
    if len(below) < 3:
        return False  # the text's inner line tells its column's width
    line = blocks[index].lines[0]
    # `indent` counts half-width characters: twice the full-width spaces, which are set in by
    # half what the column leaves
    if len(below[1].text) - len(line.text) - line.indent not in CENTRED_SLACK:
        return False
    short = Kind.SHORT
    return any(
        kind is short
        and len(block.lines) == 1
        and block.lines[0].indented
        and abs(block.lines[0].indent - depth) >= SET_IN_MARGIN
        for block, kind in zip(blocks, kinds, strict=True)
    )


#: what a centred line's column leaves beyond its margins: nothing, or the odd character
#: halving leaves over
CENTRED_SLACK = (0, 1)


def _centred_lines(blocks: Sequence[Block], kinds: list[Kind], set_in: list[int], depth: int | None) -> None:
    """A line set in deeper or shallower than the page's paragraphs, or on a page that sets its
    paragraphs flush, is centred, not a paragraph's first line: its commas say nothing of
    whether it is text (`　中企帮助乍得建立起独立完整的石油工业体系，当地民众感慨——`), so it
    is judged as a line set flush is (`kind_of`).

    On the composed pages as printed no line of A (Jan, Feb 2020) is read again, and one of B's
    (a couplet of a feature whose lines were each read as a block; no figure moves). Headings
    centred (`tools/pd_variants.py`, A, first 250 pages): 36 lines read again on Jan and 41 on
    Feb, all headings; heading on pages of whole-line paragraphs 0.807 -> 0.907 (Feb 0.772 ->
    0.867), wrapped 0.871 -> 0.931 (0.742 -> 0.888), wrapped with indents 0.835 -> 0.889 (0.840
    -> 0.900), with the flush pages of `_paragraph_indent`.

    `set_in`: the one-line texts set in that hold no full stop."""
    if depth == TOO_LITTLE_TEXT:
        return
    for i in set_in:
        line = blocks[i].lines[0]
        if kinds[i] is not Kind.BODY:
            continue  # read since as a caption or a note: a credit or a note's last line under it
        if depth is not None and (
            abs(line.indent - depth) < SET_IN_MARGIN
            or kinds[i + 1] in (Kind.BODY, Kind.SHORT)
            and not blocks[i + 1].lines[0].indented
        ):
            # on a page that indents its paragraphs, text going on unindented under the line
            # makes it a paragraph's head cut off by a break, set in as another column's
            # paragraphs are (`　　会议指出,要把科技自立自强作` / `为发展的战略支撑,加`)
            continue
        if _heading_like(blocks[i]):
            kinds[i] = Kind.SHORT


def _bulleted_lists(blocks: Sequence[Block], kinds: list[Kind]) -> None:
    """Two or more blocks in a row opening with ▲ are a list's items (`▲正确使用各种家用电器…` /
    `▲不要在家中存放易燃易爆…`), not captions, which `kind_of` takes a lone ▲ line for. In
    People's Daily (Jan and Feb 2020) every ▲ line is a paragraph (7, all in one such list) and
    no caption opens so; a paper that marks its captions so sets one under each picture.
    A caption holding a photo's credit stays one."""
    caption = Kind.CAPTION  # looked up once: an enum member's lookup is dear, and this runs over every block
    marks = cues.CAPTION_MARKS
    marked = {n for n, kind in enumerate(kinds) if kind is caption and blocks[n].text[:1] in marks}
    for n in marked:
        listed = n - 1 in marked or n + 1 in marked
        if listed and not cues.credit_at_end(blocks[n].text):
            kinds[n] = Kind.BODY


def _kicker_above(pieces: list[Piece], made: list[Piece]) -> list[Piece]:
    """A headline that opens an article takes the lead-in just over it as its kicker: who speaks
    (`国家卫健委：`, `赛尔江·买米拉：`) or where (`武汉雷神山医院——`), read as the end of the text
    above or as an intertitle. `pieces[-1]` is the piece printed just over `made`; the lead-in may
    be either. People's Daily (Jan, Feb 2020): 69 kickers end in a colon and 329 in a dash, and no
    article ends on such a line; on the composed pages (A) 5 more headings are right with it
    (0.861 -> 0.862, 0.823 -> 0.825)."""
    start = next((n for n, piece in enumerate(made) if piece.starts_article), None)
    if start is None or made[start].role is not Role.HEADLINE:
        return made
    above = made[start - 1] if start else pieces[-1]
    if (
        above.text[-1:] not in "：:—"
        or above.role not in (Role.BODY, Role.INTERTITLE)
        or not _lead_in(above.text)
    ):
        return made
    kicker = above.with_(role=Role.KICKER, starts_article=True, why="a lead-in over the headline: its kicker")
    headline = made[start].with_(starts_article=False)
    if start:
        return [*made[: start - 1], kicker, headline, *made[start + 1 :]]
    pieces[-1] = kicker
    return [headline, *made[1:]]


def _lead_in(text: str) -> bool:
    """`国家卫健委：` / `武汉完成集中大排查——`: a kicker's lead-in, on one line."""
    if NEVER_HEADING.search(text):
        return False  # `图片说明：` ends the text above
    return COLON_KICKER.match(text) is not None or (
        text.endswith("——") and len(text) <= HEADING_MAX and not SENTENCE_MARK.search(text)
    )


#: the longest deck a heading line over a dateline may hold: `确定促进制造业稳增长的措施，稳定经济
#: 发展的基本盘；部署…；通过《化妆品监督管理条例（草案）》，更好保障质量安全、促进产业发展` (81)
LONG_DECK_MAX = 120


def _long_deck(block: Block, below: Kind) -> bool:
    """A deck too long for a heading line, set on one line between a heading line and the
    dateline or byline that opens the text: what a meeting decided (`…；听取…，部署…`). People's
    Daily (Jan, Feb 2020): 17 decks over 40 characters sit over a dateline, and 4 paragraphs as
    long with no full stop (summaries and pull-quotes, set as text over several lines). On the
    composed pages of those months (A): heading 0.863 -> 0.866 and 0.825 -> 0.829."""
    text = block.text
    return (
        below in (Kind.DATELINE, Kind.BYLINE)
        and len(block.lines) == 1
        and not block.indented
        and len(text) <= LONG_DECK_MAX
        and "。" not in text
        and text[-1:] not in CLOSING_MARKS
        and text[-1:] not in OPEN_END
    )


def _note_wrapped(text: str, below: str) -> bool:
    """A note wrapped off its line, its tail closing the bracket it opened:
    `（作者为华中科技大学教授、中南财经政法大` / `学“文澜学者”讲座教授）`."""
    return (
        text[:1] in "（(" and below[-1:] in "）)" and _closes_more_than_opens(below) and _note(text + below)
    )


def _note(text: str) -> bool:
    return cues.CLOSING_NOTE.fullmatch(text) is not None


def _never_heading(text: str) -> bool:
    return NEVER_HEADING.search(text) is not None or _closes_more_than_opens(text)


def _closes_more_than_opens(text: str) -> bool:
    """A line closing a bracket it did not open ends something begun on a line above: a note or
    a credit wrapped (`（作者为华中科技大学教授、中南财经政法大` / `学“文澜学者”讲座教授）`,
    `（本报北京…2月18日电 记者…、` / `雪珺、马菲、张梦旭、刘军国）`), never the top of a heading.
    In People's Daily (Jan, Feb 2020) no heading line and no paragraph does so. A wrapped note
    (`_note_wrapped`) closes its article as a whole one does. Both set heading 0.858 -> 0.862
    and 0.822 -> 0.824 on the composed pages of those months (A); on pages of composer B
    (checking only) a tail taken as a note whatever opened it cost captions, so only a note's
    tail is one."""
    return text.count("）") + text.count(")") > text.count("（") + text.count("(")


def classify(blocks: Sequence[Block]) -> list[Piece]:
    """Give every block a role; mark the pieces that start an article."""
    kinds = [kind_of(b) for b in blocks]
    _bulleted_lists(blocks, kinds)
    indented_short: list[tuple[int, bool]] = []  # short lines set in, and whether flush text follows
    set_in: list[int] = []  # one-line texts set in, with no full stop: `_centred_lines`
    body = Kind.BODY  # looked up once: an enum member's lookup is dear
    for i in range(len(kinds) - 1):
        if kinds[i] is body:
            lines = blocks[i].lines
            if len(lines) == 1 and lines[0].indented and "。" not in lines[0].text:
                set_in.append(i)
        # a credit on its own line makes the short text just above it a caption
        credit_below = kinds[i + 1] is Kind.CREDIT and kinds[i] in (Kind.SHORT, Kind.BODY)
        if credit_below and len(blocks[i].text) <= CAPTION_MAX:
            kinds[i] = Kind.CAPTION
        # on Latin pages the credit often stands above the caption: `Photo by …` / `THE RUINS …`
        credit_above = kinds[i] is Kind.CREDIT and blocks[i].script == "latin"
        if credit_above and kinds[i + 1] is Kind.SHORT and (i == 0 or kinds[i - 1] is not Kind.CAPTION):
            kinds[i + 1] = Kind.CAPTION
        if kinds[i] is Kind.BODY and i and kinds[i - 1] is Kind.SHORT and _long_deck(blocks[i], kinds[i + 1]):
            kinds[i] = Kind.SHORT
        if kinds[i + 1] is Kind.SHORT and _note_wrapped(blocks[i].text, blocks[i + 1].text):
            kinds[i] = kinds[i + 1] = Kind.NOTE
        if kinds[i] is Kind.SHORT and blocks[i].indented and blocks[i].script == "zh":
            # asked now: the text under it may yet be read as a caption, whose cut it goes on across
            indented_short.append((i, kinds[i + 1] is Kind.BODY and not blocks[i + 1].indented))
    paragraph_indent, indents_most = (
        _paragraph_indent(blocks, kinds) if indented_short or set_in else (None, False)
    )
    if set_in:
        _centred_lines(blocks, kinds, set_in, paragraph_indent)
    # a centred heading whose margin happens to equal the paragraphs' indent is no intertitle
    # where it opens the page's text (an intertitle stands inside a story's, and nothing but page
    # furniture or a picture is above it) or stands beside a line set in otherwise. Neither is
    # so on the composed pages as printed (A, Jan and Feb 2020: of 1,988 short lines indented as
    # the paragraphs, none). Headings centred (`tools/pd_variants.py`, A Jan, first 250 pages,
    # wrapped with indents): of 323 such lines 16 open the page's text, all headings, and 18
    # stand beside a centred line, 13 of them headings; heading 0.768 -> 0.835 (Feb 0.803 -> 0.840)
    first_text = (
        next((i for i, kind in enumerate(kinds) if kind not in _ABOVE_FIRST_HEADING), 0)
        if indented_short
        else 0
    )
    for i, flush_text_below in indented_short:
        if paragraph_indent is None:
            break  # the page indents no paragraph: a line set in is centred
        as_paragraphs = abs(blocks[i].lines[0].indent - paragraph_indent) < SET_IN_MARGIN
        if flush_text_below:
            if as_paragraphs or paragraph_indent == TOO_LITTLE_TEXT:
                # with the text after it going on unindented, a paragraph's head cut off by a
                # column break: `　　在日前举行的"清华大` / `学…`
                kinds[i] = Kind.HEAD_CUT
        elif (
            as_paragraphs
            and indents_most
            and not (
                i == first_text
                or _centred_beside(blocks, kinds, i, paragraph_indent)
                or _centred_in_column(blocks, kinds, i, paragraph_indent)
            )
        ):
            kinds[i] = Kind.INDENTED_TITLE  # the text's, whatever follows it
    for i, kind in enumerate(kinds):
        captioned = Kind.CAPTION in kinds[max(i - 1, 0) : i] + kinds[i + 1 : i + 2]
        if kind is Kind.CREDIT and blocks[i].script == "latin" and not captioned:
            kinds[i] = Kind.FURNITURE
    ads = _ad_groups(blocks, kinds)
    pieces: list[Piece] = []
    in_article = False  # an article is open and can take intertitles
    started = False  # an article has begun on this page
    headed = False  # an article has begun at a heading: text above every heading is run on
    teaser_open = False
    # the open article's intertitles: whether there are any, and whether any is two phrases set
    # apart (kept as flags: a list passed to each run grew quadratic on a long feature)
    titled = two_phrase_titles = False
    last_title = ""  # the open article's last intertitle, which the next one is set like
    # the open article came in as heading, credit line, text (no dateline): a round-up whose
    # sections repeat that shape; `section_credit` marks the credit line under such a section
    credited_sections = section_credit = False
    # the open article is a round-up of contributors' pieces, each a title over a name
    # (`中国的发展故事非常精彩` / `（巴基斯坦）哈桑·达乌德`), or could be one: an editor's note
    # or a credit line (…采访整理) opened it
    contributors = round_up = False
    opened = 0  # where the open article's first block is
    own_text = False  # the open article has printed something under its heading (_OWN_TEXT)
    dated = False  # ... and that was a dateline: a news story (`本报讯` / `本报北京1月5日电`)
    dispatch = False  # ... with no credit line over it: a dispatch (DATED_BOUNDARY_P)
    brief_closed = False  # the text above ended on a writer's bare name: （吴秋余）
    briefs = False  # the open article is a column of such briefs
    # the open article is a labelled column of items (`微阅读` / `建议`), and the source the item
    # above closed on (`（据新华社伦敦电 记者…）` / a reader's `山东济南市 张三`), while nothing
    # but that note has followed it
    column = False
    item_source = ""
    block_pairs: dict[int, frozenset[int]] = {}  # each block's words, for `_topic_shift`
    last_text_role: Role | None = None
    i = 0
    while i < len(blocks):
        block, kind = blocks[i], kinds[i]
        text = block.text
        if (
            kind is Kind.BODY
            and not in_article
            and (_colon_kicker(blocks, kinds, i) or _run_in_heading(block))
        ):
            kind = kinds[i] = Kind.SHORT
        if kind is Kind.SHORT:
            end = i
            while end < len(blocks) and kinds[end] is Kind.SHORT and blocks[end].script == block.script:
                end += 1
            run = list(blocks[i:end])
            after = _next_kind(kinds, end)
            if after in (Kind.BOX, Kind.NAME_LINE, Kind.HEAD_CUT, Kind.INDENTED_TITLE):
                after = Kind.BODY  # a box label (`核心阅读`) or a name line opens the text under a heading
            photo = end < len(kinds) and kinds[end] is Kind.CAPTION
            if photo and in_article and own_text and _title_past_pictures(blocks, kinds, end):
                after = Kind.SHORT  # a section's lead-in, its title under the picture
            elif photo and after not in (Kind.BODY, Kind.BYLINE, Kind.DATELINE):
                after = Kind.CAPTION  # a photo story: a headline over a captioned picture
            # a paragraph ending in a colon introduces a list: `…的平安市名单：`
            listing = bool(pieces) and pieces[-1].role is Role.BODY and pieces[-1].text.rstrip()[-1:] in ":："
            # a box whose items point to their pages (`…(第18版)`) ends with its last item
            box_open = teaser_open and kinds[i - 1 : i] != [Kind.FURNITURE]
            single_phrase_titles = titled and not two_phrase_titles
            credited = after is Kind.BYLINE and _text_under_credit(blocks, kinds, end)
            contributed = (
                len(run) >= 2
                and not listing
                and after is Kind.BODY
                and block.script == "zh"
                and cues.CONTRIBUTOR.match(run[-1].text) is not None
            )
            placed = contributed and run[-1].text[0] in "（("
            # a title closing on its column's tag (`义乌桥头遗址（考古进行时）` / `蒋乐平`) is a story's
            # headline over its writer, never a section's title: composed A, Jan and Feb 2020, read
            # 52 section titles over a contributor's name, none tagged; set with the closing credit
            # printed under the headline (`tools/pd_variants.py`), 3 headlines over a writer's name
            # were read as sections, all 3 tagged, their stories merged into the one above
            headline_over_writer = contributed and cues.COLUMN_TAG.search(run[-2].text) is not None
            if brief_closed and after is Kind.DATELINE and _brief_below(blocks, kinds, end):
                why = "the next item of a column of briefs: the last closed on its writer's name"
                made = [_piece(b, Role.INTERTITLE, why=why) for b in run]
                in_article = briefs = True
            elif (
                item_source
                and after is Kind.BODY
                and not cues.COLUMN_TAG.search(run[0].text)
                and _item_below(blocks, kinds, end, item_source)
            ):
                why = "the next item of a labelled column: its text closes on the same wire source"
                made = [_piece(b, Role.INTERTITLE, why=why) for b in run]
                in_article = True
            elif (
                contributed
                and not headline_over_writer
                and (
                    contributors
                    or in_article
                    and (round_up or placed)
                    or _after_author_note(blocks, kinds, i)
                )
            ):
                # a title over a name, then text, inside a round-up or after a section of one its
                # closing note ended: a section, never the next article (People's Daily, Jan and
                # Feb 2020, composed A: of 97 runs of short lines ending in a contributor's line
                # over text, gold set all 97 in an article's text; 58 had been split off).
                # Elsewhere a bare name may be a byline under the next story's headline, so it
                # takes a round-up to read it so; a name under its place in brackets is a
                # contributor's wherever it stands
                why = "a round-up's next section: a title over its contributor's name"
                made = [_piece(b, Role.INTERTITLE, why=why) for b in run]
                contributors = True
            elif contributed and len(run) >= 3 and not headline_over_writer:
                why = "a round-up's first section: a title over its contributor's name, under the headline"
                made = _short_run(run[:-2], after, in_article, box_open, ads, listing, single_phrase_titles)
                made += [_piece(b, Role.INTERTITLE, why=why) for b in run[-2:]]
                contributors = True
            elif (
                in_article
                and credited
                and not box_open
                and not _news_headline(run)
                and (credited_sections or own_text and not dated and _section_heading(blocks, kinds, i, end))
                # a story run on from another page, or an editor's note, opens a page with text
                # and no heading: the title over a credit line under it is the first headline
                and headed
            ):
                why = (
                    "a round-up's next section: heading and credit line set as the article's own were"
                    if credited_sections
                    else "a section of the open article: a title over a credit line, no headline's cue"
                )
                made = [_piece(b, Role.INTERTITLE, why=why) for b in run]
                section_credit = True
            elif credited and (lead := _section_lead(run)):
                why = "a round-up's first section: a lead-in (…——) and title over a credit line"
                made = _short_run(run[:lead], after, in_article, box_open, ads, listing, single_phrase_titles)
                made += [_piece(b, Role.INTERTITLE, why=why) for b in run[lead:]]
                section_credit = True
            elif contributed and not placed:
                # a bare name under a heading, no round-up open: the story's writer
                heads, name = run[:-1], run[-1]
                made = _short_run(heads, Kind.BYLINE, in_article, box_open, ads, False, single_phrase_titles)
                made.append(_piece(name, Role.BYLINE, why="a name under a heading: its writer"))
            elif photo_title := _photo_title_under_caption(blocks, kinds, i, end, after):
                # the rest of the run heads the next article: the photo story has no text to open
                made = _heading(run[:photo_title], PHOTO_TITLE_UNDER_CAPTION)
                if photo_title < len(run):
                    made += _short_run(run[photo_title:], after, False, box_open, ads, listing)
            else:
                under = _next_index(kinds, end)
                text_under = "" if under is None else blocks[under].text
                learned: tuple[bool, str | Reason] | None = None
                if (
                    in_article
                    and after is Kind.BODY
                    and block.script == "zh"
                    and not (listing or box_open)
                    and not cues.OPENING_BOX.match(text_under)
                ):
                    # the article boundary no exact rule settles: the boundary model weighs it,
                    # but where the run cannot be the next article's heading. PD Jan+Feb 2020,
                    # composed pages A: a run before the article's own text (a summary line
                    # under its byline), 10 such, all its own; a line whose number the text
                    # below goes on with (`…接待游客达2` / `0万人次…`), 10 such alone, none a heading
                    if not own_text:
                        learned = False, "inside an article with no text of its own yet: an intertitle"
                    elif end - i == 1 and cues.number_cut(block.text, text_under):
                        learned = False, "inside an article, a paragraph's head cut inside a number"
                    elif (
                        kinds[i - 1] is Kind.BODY
                        and MEETING_CLOSE.search(blocks[i - 1].text[-MEETING_TAIL:])
                        and not any(SENTENCE_MARK.search(b.text) for b in run)
                    ):
                        learned = (
                            True,
                            "after a meeting report's last line (…参加会见。): the next article's heading",
                        )
                    elif _pictures_only(kinds, opened, i) and not cues.CONTRIBUTOR.match(run[-1].text):
                        learned = (
                            True,
                            "after a photo story (a heading, a captioned picture): the next article's head",
                        )
                    elif (photo_story := _photo_story(blocks, kinds, i, end)) and not any(
                        SENTENCE_MARK.search(b.text)
                        and not (photo_story == CAPTION_UNDER_TEXT and TEXT_LEAD.match(b.text))
                        for b in run
                    ):
                        learned = True, photo_story
                    elif not headed:
                        learned = (
                            True,
                            "under text run on from another page: the first heading of the page's own",
                        )
                    elif kinds[i - 1] is Kind.BODY and STORIES_FOLLOW.search(
                        blocks[i - 1].text[-STORIES_TAIL:]
                    ):
                        learned = (
                            False,
                            "inside an article whose text announced the stories that follow: a section",
                        )
                    else:
                        threshold = (
                            DATED_BOUNDARY_P
                            if dispatch
                            else NEWS_LEAD_P
                            if _over_news_lead(blocks, opened, i, text_under)
                            else BOUNDARY_P
                        )
                        values = boundary_cues(
                            blocks,
                            kinds,
                            opened,
                            i,
                            end,
                            block_pairs,
                            own_text,
                            last_title,
                            single_phrase_titles,
                            _heading_cue(run) if len(run) >= 2 else _looks_like_headline(run[-1].text),
                            text_under,
                            threshold=threshold,
                        )
                        learned = boundary_verdict(values, threshold)
                titles = (
                    partial(_titles_below, blocks, kinds, end)
                    if len(run) >= 2 and after is Kind.BODY
                    else None
                )
                made = _short_run(
                    run,
                    after,
                    in_article,
                    box_open,
                    ads,
                    listing,
                    single_phrase_titles,
                    learned,
                    text_under,
                    titles,
                )
            if i and pieces and pieces[-1].spans == blocks[i - 1].spans:
                made = _kicker_above(pieces, made)
            pieces.extend(made)
            if any(p.starts_article for p in made):
                in_article, teaser_open, started, headed = True, False, True, True
                opened, own_text = i, False
                last_text_role = Role.HEADLINE
                titled = two_phrase_titles = briefs = round_up = False
                last_title = ""
                credited_sections = credited
                contributors = contributed and len(run) >= 3
                head = next(p for p in made if p.starts_article)
                column = _roundup_label(head.text)
            elif made and made[-1].role is Role.INTERTITLE:
                last_text_role = Role.INTERTITLE
            for p in made:
                if p.role is Role.INTERTITLE:
                    titled, last_title = True, p.text
                    two_phrase_titles = two_phrase_titles or TWO_PHRASES.search(p.text) is not None
            brief_closed = False
            item_source = ""
            i = end
            continue
        role = _ROLE_OF[kind]
        starts = False
        if block.group in ads and kind in (Kind.BODY, Kind.INDENTED_TITLE) and "。" not in block.text:
            role = Role.AD
        opening = not in_article and not started
        if opening and kind is Kind.BODY and block.script == "latin" and cues.LATIN_FURNITURE.search(text):
            role = Role.FURNITURE
        if kind is Kind.TEASER_HEAD:
            teaser_open = True
        elif kind is Kind.CLOSING_CREDIT and briefs and last_text_role is Role.BODY:
            # in a column of briefs each item closes on its writer's name, kept where it stands
            role, in_article = Role.INTERTITLE, False
            pieces.append(_piece(block, role, why="a brief's writer, closing its item in the column"))
            brief_closed = cues.CLOSING_NAMES.fullmatch(text) is not None
            last_text_role = role
            i += 1
            continue
        elif kind is Kind.CLOSING_CREDIT:
            # `（本报记者 张三 报道）` after the text closes the story; under a heading it is its byline
            in_article = last_text_role not in (Role.BODY, Role.INTERTITLE) and in_article
        elif kind is Kind.DATELINE:
            # a dateline paragraph with no heading above it opens a new story only where the one
            # before has ended; inside an open one it follows its summary lines or opens the next
            # item of a round-up (`据新华社北京2月1日电` under `王毅分别与…外长通电话`)
            wire = block.script == "latin"  # an English page runs dispatches on with no heading
            headless = last_text_role not in (Role.HEADLINE, Role.BYLINE, None) and (wire or not in_article)
            starts = headless or teaser_open
            in_article, teaser_open = True, False
        elif kind is Kind.NOTE:
            # `（作者为…）`: the article's last words; what follows starts anew. An editor's note
            # (`——编 者`) introduces the text under it: in People's Daily (Jan and Feb 2020) the
            # heading after one was the same article's section 20 times and a new article twice
            in_article = in_article and cues.EDITOR_SIGNATURE.match(text) is not None
            round_up = round_up or in_article
        elif kind in (Kind.BOX, Kind.NAME_LINE):
            in_article, teaser_open = True, False
        elif kind is Kind.BYLINE:
            teaser_open = False
            if section_credit or (in_article and own_text and block.script == "zh"):
                # a section's credit stays in the text, where it was printed: a credit line
                # after the article's own text is its section's. PD Jan, Feb 2020: 123 articles
                # print a credit line among their paragraphs, none first (a section's title or
                # text comes before), 54 of them more than one (a round-up). Composed pages A:
                # byline 0.925 -> 0.928, 0.896 -> 0.900, seg_f1 0.971 -> 0.973, 0.959 -> 0.960
                role, section_credit = Role.INTERTITLE, False
                pieces.append(_piece(block, role, why="the credit line under a round-up's section"))
                last_text_role = role
                i += 1
                continue
        elif (kind in (Kind.BODY, Kind.HEAD_CUT) and role is Role.BODY) or (
            kind is Kind.INDENTED_TITLE and role is Role.INTERTITLE
        ):
            in_article, teaser_open = True, False
        section_credit = section_credit and kind in _PASS_OVER
        if kind not in _PASS_OVER:
            brief_closed = kind is Kind.CLOSING_CREDIT and cues.CLOSING_NAMES.fullmatch(text) is not None
            item_source = _item_source(text) if column and kind is Kind.NOTE else ""
        if kind in _OWN_TEXT and (starts or not own_text):
            dated = kind is Kind.DATELINE
            # a credit line over the dateline: a provincial paper's report, not a dispatch
            dispatch = dated and (starts or last_text_role is not Role.BYLINE)
        if role in (Role.BODY, Role.BYLINE, Role.HEADLINE, Role.INTERTITLE):
            last_text_role = role
        why = _WHY[kind] if role is _ROLE_OF[kind] else "a short line among an advertisement's"
        if starts:
            why += ", with no heading above it: a new article"
            credited_sections = briefs = contributors = round_up = column = False
            opened = i
        own_text = own_text or kind in _OWN_TEXT
        pieces.append(_piece(block, role, starts_article=starts, why=why))
        started = started or starts
        i += 1
    return _last_brief_credit(blank_line_articles(latin_sections(pieces)))


def _colon_kicker(blocks: Sequence[Block], kinds: list[Kind], index: int) -> bool:
    """A line ending in a colon or a lead-in dash with no article open, right over a short line,
    is the kicker of the heading that line begins (`深圳公安三英烈：` / `烈火英雄 守卫平安（…英烈谱）`;
    `将6艘载人飞船…顺利送入太空；护航11名中国航天员…——`, however long, commas and all), not text.

    People's Daily (Jan and Feb 2020, composed pages A), such lines where no article is open
    (the page's top, or after a closing note): 17 kickers (12 with a colon, 5 with a dash), 2 a
    round-up's speaker (`全国人大代表陈爱珠:`). Inside an article such a line over a short one is
    the next article's kicker about as often as a speaker's line (25 and 30), and is left to the
    text.
    """
    block = blocks[index]
    return (
        index + 1 < len(kinds)
        and kinds[index + 1] is Kind.SHORT
        and len(block.lines) == 1
        and block.script == "zh"
        and (COLON_KICKER.match(block.text) is not None or block.text.endswith("——"))
    )


#: the first phrase of a kicker run into its headline's line is at least this long
RUN_IN_LEAD_MIN = 6


def _run_in_heading(block: Block) -> bool:
    """A line with no article open that sets a kicker, commas and all, and its headline apart by
    a space, the last phrase a title's (no sentence mark, no longer than a headline):
    `北京市税务局拓展“非接触式”办税，网上纳税申报率达99.94% 办税不见面 服务不打折`. Read as
    text for its length or its commas, it took the heading into the first paragraph.

    People's Daily, Jan and Feb 2020 (composed A): of the lines judged text with no article open,
    one line each, no full stop, 8 had such a space and all 8 were heading lines, 6 of them of
    this shape; among every line judged text, 8 of this shape were heading, 6 not (3 decks, a
    law's note in brackets, two page credits `本期统筹：…`), all inside an article or after one.
    Heading 0.9164 -> 0.9169 (Jan), 0.8851 -> 0.8875 (Feb)."""
    text = block.text.strip()
    if len(block.lines) != 1 or block.script != "zh" or "。" in text or _never_heading(text):
        return False
    phrases = PHRASE_GAP.split(text)
    return (
        len(phrases) >= 2
        and len(phrases[0]) >= RUN_IN_LEAD_MIN
        and len(phrases[-1]) <= HEADING_MAX
        and not SENTENCE_MARK.search(phrases[-1])
    )


#: why a block judged on its own text has its role, for its classify Decision
_WHY = {
    Kind.FURNITURE: "page matter: a running head, a page credit, an ornament",
    Kind.TEASER_HEAD: "a teaser box's label (导读)",
    Kind.BYLINE: "a credit line's form (本报记者 …)",
    Kind.CLOSING_CREDIT: "a credit in brackets (（本报记者…）)",
    Kind.CREDIT: "a photo credit's form (… 摄)",
    Kind.CAPTION: "a caption: a credit at its end, a 图为 at its start or a credit below it",
    Kind.JUMP: "a jump line (下转第…版)",
    Kind.AD: "an advertisement's words",
    Kind.DATELINE: "opens with a dateline (新华社…电)",
    Kind.NOTE: "a closing note, signature or label (（作者为…）, ——编 者, 图片说明：): the text's last words",
    Kind.BOX: "a box label (核心阅读): the text's first line",
    Kind.NAME_LINE: "a round-up's name line (李长乐 …主任)",
    Kind.HEAD_CUT: "a paragraph's head cut off by a break: indented, its text going on unindented below",
    Kind.INDENTED_TITLE: "a short line indented as the page's paragraphs are: the text's, never a heading",
    Kind.BODY: "text: punctuated, or longer than a heading",
    Kind.SHORT: "a short line",
}
_ROLE_OF = {
    Kind.FURNITURE: Role.FURNITURE,
    Kind.TEASER_HEAD: Role.TEASER,
    Kind.BYLINE: Role.BYLINE,
    Kind.CLOSING_CREDIT: Role.BYLINE,
    Kind.CREDIT: Role.CREDIT,
    Kind.CAPTION: Role.CAPTION,
    Kind.JUMP: Role.JUMP,
    Kind.AD: Role.AD,
    Kind.DATELINE: Role.BODY,
    Kind.NOTE: Role.BODY,
    Kind.BOX: Role.INTERTITLE,
    Kind.NAME_LINE: Role.INTERTITLE,
    Kind.HEAD_CUT: Role.BODY,
    Kind.INDENTED_TITLE: Role.INTERTITLE,
    Kind.BODY: Role.BODY,
}


def _piece(block: Block, role: Role, starts_article: bool = False, why: str | Reason = "") -> Piece:
    # by position, in Piece's order (role, text, spans, starts_article, continues, credit, group,
    # script, why): by keyword the calls cost a split about 0.7 M instructions more
    return Piece(
        role,
        block.text,
        block.spans,
        starts_article,
        not block.indented,
        None,
        block.group,
        block.script,
        why,
    )


def _next_index(kinds: list[Kind], start: int) -> int | None:
    """The first block from `start` on that is not passed over (a caption, a credit, a header)."""
    return next((n for n in range(start, len(kinds)) if kinds[n] not in _PASS_OVER), None)


def _title_past_pictures(blocks: Sequence[Block], kinds: list[Kind], start: int) -> bool:
    """Past the pictures from `start`, a title over a credit line or a contributor's name: a
    section of a feature, whose lead-in the pictures cut off (`广州某零售企业员工周新霞——`,
    a picture, `我的腰包更鼓了`, a picture, `本报记者 罗珊珊`), not a photo story's headline over
    its picture. PD Jan and Feb 2020, composed pages A (four draws and the months' own pages):
    5 such lead-ins inside an article (3 Jan, 2 Feb), each read as a headline, none a heading in
    the gold, and no heading over a picture is read otherwise."""
    title = _next_index(kinds, start)
    if title is None or kinds[title] is not Kind.SHORT:
        return False
    last = title
    for index in range(title, len(kinds)):
        if kinds[index] is Kind.SHORT:
            last = index
        elif kinds[index] not in _PASS_OVER:
            return kinds[index] is Kind.BYLINE or cues.CONTRIBUTOR.match(blocks[last].text) is not None
    return False


def _next_kind(kinds: list[Kind], start: int) -> Kind | None:
    index = _next_index(kinds, start)
    return None if index is None else kinds[index]


def _pictures_only(kinds: Sequence[Kind], opened: int, at: int) -> bool:
    """The open article has printed nothing under its heading but captioned pictures: a photo
    story (`图片报道` / `打乒乓 动起来`, then a caption), which the run at `at` follows. PD Jan and
    Feb 2020, composed pages A (four draws and the two months' own pages): 16 such runs, 15 the
    next article's heading (8 Jan, 7 Feb: `直言`, `提案提要` under a photo story), which the
    boundary model had read as intertitles; the other a contributor's line (`（墨西哥）…`)."""
    pictured = False
    for index in range(at - 1, opened - 1, -1):  # back only as far as the article's last paragraph
        if kinds[index] is Kind.CAPTION:
            pictured = True
        elif kinds[index] in _OWN_TEXT:
            return False
    return pictured


#: how a report of a meeting, a visit or talks closes, on who attended
#: (`…王毅、何立峰参加会见。` / `…陪同考察。` / `会议还研究了其他事项。`). PD Jan, Feb 2020, composed
#: pages A: a run with no sentence mark after it was the next article's heading 19 times (8 Jan,
#: 11 Feb), an intertitle never; the boundary model missed 2 (Feb)
MEETING_CLOSE = patterns.compile(
    r"(?:参加|出席|列席|陪同)(?:上述)?(?:活动|会见|会谈|会议|仪式|茶话会|考察)?。$|其他事项。$"
)
#: how much of the paragraph's end is searched for that close (characters)
MEETING_TAIL = 12
#: a feature's lead closing on the stories of the people its sections follow
#: (`…讲述他们配合治疗、摆脱恐惧、战胜病毒的故事。` / `来，听听他们怎么说。`). PD Feb 2020, composed
#: pages A: 8 runs of short lines under such a close, all the feature's first section, 6 of
#: them read as the next article's heading by the boundary model (none in Jan)
STORIES_FOLLOW = patterns.compile(r"(?:他们|她们)[^。！？]{0,20}(?:故事|心声|怎么说)[^。！？]{0,8}[。！!]$")
#: how much of the paragraph's end is searched for that close (characters)
STORIES_TAIL = 40


#: an author's note closing a contributor's piece: （作者为…） / （作者单位：…）
AUTHOR_NOTE = cues.lazy(r"^[（(]作者")


#: a photo story prints its text in one paragraph (a break may cut it): `喜上枝头` / `１月１日,一名
#: 工人在重庆` / `市北碚区正码头广场` / `火红的灯笼…秦廷富摄`; at most this many characters (the
#: longest such text on the seed-61 pages of both months: 144)
PHOTO_TEXT_MAX = 200
#: where a photo story's caption stands (`_photo_story`), and the reason each gives its heading
CAPTION_UNDER_TEXT = "over a few lines and a picture's caption: a photo story's headline"
CAPTION_OVER_RUN = "under a caption, over one short text: a photo story's headline"


def _photo_story(blocks: Sequence[Block], kinds: Sequence[Kind], start: int, end: int) -> str | None:
    """Does the run blocks[start:end] head a photo story: one short text under it (the block at
    `end`, PHOTO_TEXT_MAX), and the picture's caption either under that text or straight over
    the run? Which of the two (CAPTION_UNDER_TEXT, CAPTION_OVER_RUN), or None.

    Caption under the text (`雪落有人知`, `夜幕下的白衣天使`). PD Jan, Feb 2020, composed pages A,
    seeds 61 and 62 of each month: every one of the 118 lines it gave a heading is a gold
    heading's, and 11 headlines the boundary model had read as intertitles head their stories,
    none lost. Up to three blocks of text found 2 more, but on the months' own pages read 2
    intertitles of features as headlines, a caption dropped into the cut of the paragraph under
    them (`提升安全意识` / a deck / `…公共卫生与我们的` / `图①：…`). The caller leaves to the model a
    run with a comma, unless on the text's first line (`生日当天治愈出院` / `2月18日，武汉华中科大
    同济医院中法新`), as the one intertitle so placed on seed 61 (`以美育人，传承中华文化基因`).

    Caption over the run, the text then ending where a heading or the page follows: a picture
    set over its headline, as OCR reads it top to bottom (`美滋滋`, `守护煤运通道`). On A's pages
    with each caption moved over its story's heading (`tools/pd_variants.py`, "captions over
    heading"), the boundary model read 3 such headlines as intertitles, merging the photo story
    into the one above (Jan 2, Feb 1): all 3 now head their stories. A's pages as composed: no
    change once the caller leaves any run with a sentence mark to the model (Feb's one run so
    read, `“希望长大后，你们就是他们”`, is an intertitle over a caption cut into the text). B's
    pages, checking only: heading 0.925 -> 0.928 (Jan), 0.902 -> 0.903 (Feb), nothing worse."""
    if end >= len(blocks) or kinds[end] is not Kind.BODY or len(blocks[end].text) > PHOTO_TEXT_MAX:
        return None
    after = kinds[end + 1] if end + 1 < len(kinds) else None
    if after is Kind.CAPTION:
        return CAPTION_UNDER_TEXT
    if start and kinds[start - 1] in (Kind.CAPTION, Kind.CREDIT) and after not in (Kind.BODY, Kind.CREDIT):
        return CAPTION_OVER_RUN
    return None


def _over_news_lead(blocks: Sequence[Block], opened: int, start: int, text_under: str) -> bool:
    """Is the run at `start` over text that opens as a news report does with no dateline
    (`boundary.NEWS_LEAD`), in an article that has printed enough to be no round-up's lead, and
    opening on no dash (a deck, a speaker's name)?"""
    return (
        NEWS_LEAD.match(text_under) is not None
        and sum(len(b.text) for b in blocks[opened:start]) >= NEWS_LEAD_AFTER
        and not blocks[start].text.startswith(DECK_LEAD)
    )


#: the label a photo story may print as its headline: 图片报道 / 图片报道（应收尽收 刻不容缓）
PHOTO_LABEL = patterns.compile(r"^图片(?:报道|新闻)")
#: why a run under a caption heads a photo story (`_photo_title_under_caption`)
PHOTO_TITLE_UNDER_CAPTION = "under a caption, no text under it: a photo story's headline"


def _photo_title_under_caption(
    blocks: Sequence[Block], kinds: Sequence[Kind], start: int, end: int, after: Kind | None
) -> int:
    """How many lines of the run blocks[start:end], straight under a caption, are a photo
    story's headline, its picture printed over it (0: none). A paper may set a picture and its
    caption over the picture's title; OCR reads them in that order, and the title has no text
    under it: the whole run when only page matter follows it (the page's foot), else its first
    line when that line shares the caption's words (a title names what its picture shows) and
    neither the rest of the run nor the text under the run does (a kicker under its own story's
    picture shares the caption's words with its story's text, and the story above's caption
    shares none with the next story's kicker).

    A line that leads into the next (`河南栾川县…干部王延辉——`, KICKER_LINE) is a kicker, and the
    caption shares CAPTION_SHARES or more with a title, as `articles` asks of a caption given to
    the story below. A photo story's label (`图片报道`, PHOTO_LABEL) shares no words and needs none.

    PD Jan and Feb 2020, composed pages A with each photo story's caption moved over its title
    (`tools/pd_variants.py`, "photo caption over head", composer B's habit; 74 and 83 photo
    stories): 66 and 70 titles read so, every one a photo story's (35 and 42 at the page's foot,
    14 and 18 labels, 17 and 8 by their words, 2 more in Feb), where the next story's kicker or an
    intertitle of the story above had been read; with the caption given to it
    (`articles._heading_alone`) heading 0.897 -> 0.949 and 0.878 -> 0.923, caption_f1 0.735 ->
    0.944 and 0.721 -> 0.917. A's pages as composed, with captions over the heading and with
    captions after the text: one run read so (Feb, a headline over its deck under its own
    story's caption, the caption sharing 0.035 with the text; a story read wrong before too);
    without the lead-in and the floor, 4 more (a kicker `…——`; two headlines sharing 0.022 and
    0.03 with a caption by chance, one of them on A's Jan as composed)."""
    if not start or kinds[start - 1] is not Kind.CAPTION or blocks[start].script != "zh":
        return 0
    if after is None:
        return min(end - start, 3)
    if end - start < 2:
        return 0
    if PHOTO_LABEL.match(blocks[start].text):
        return 1
    if KICKER_LINE.search(blocks[start].text):
        return 0  # a lead-in to the line under it (`河南栾川县…干部王延辉——`)
    caption = cues.content_pairs(blocks[start - 1].text)
    title = cues.content_pairs(PHRASE_GAP.sub("", blocks[start].text))
    if cues.cosine(caption, title) < cues.CAPTION_SHARES:
        return 0
    rest = cues.content_pairs("".join(PHRASE_GAP.sub("", b.text) for b in blocks[start + 1 : end]))
    if cues.cosine(caption, rest):
        return 0
    below = ""
    for block in blocks[end:]:
        if len(below) >= cues.CAPTION_REACH:
            break
        below += block.text
    return (
        1
        if cues.cosine(caption, cues.content_pairs(below[: cues.CAPTION_REACH])) < cues.CAPTION_SHARES
        else 0
    )


def _after_author_note(blocks: Sequence[Block], kinds: list[Kind], start: int) -> bool:
    """The text above blocks[start] closed on an author's note (`（作者为全国政协委员…）`). A title
    over a contributor's name just after one is the round-up's next piece: People's Daily (Jan,
    Feb 2020, composed pages A), 44 times, and a new article never (a new article after such a
    note, 147 times, never opened so)."""
    above = next((n for n in range(start - 1, -1, -1) if kinds[n] not in _PASS_OVER), None)
    return (
        above is not None and kinds[above] is Kind.NOTE and AUTHOR_NOTE.match(blocks[above].text) is not None
    )


def _brief_below(blocks: Sequence[Block], kinds: list[Kind], start: int) -> bool:
    """The text from `start` on opens on a dateline with no place or date (`本报电`): a brief.
    In People's Daily (Jan and Feb 2020), a heading over such a brief, after a brief closed on its
    writer's bare name, was the next item of the same column 30 times and a new article never."""
    below = _next_index(kinds, start)
    if below is None or kinds[below] is not Kind.DATELINE:
        return False
    return cues.BRIEF_DATELINE.match(blocks[below].text) is not None


#: the wire service or paper a closing note names as its source: （据新华社伦敦电 记者…） / （本报柏林电）
WIRE_SOURCE = cues.lazy(r"^[（(]据?(新华社|本报|中新社)")
#: a reader's letter signed with a place and a name: 辽宁调兵山市 李丽贤
READER_SIGNATURE = cues.lazy(r"^\p{Han}{2,10}[省市县区州旗镇乡村][ \u3000]+\p{Han}")


def _item_source(text: str) -> str:
    """Who a closing note says an item came from, as a column's items close: its wire source
    (`新华社`), `读者` for a reader's signature, or "" for any other note."""
    found = WIRE_SOURCE.match(text)
    if found:
        return str(found.group(1))
    return "读者" if READER_SIGNATURE.match(text) else ""


def _item_below(blocks: Sequence[Block], kinds: list[Kind], start: int, source: str) -> bool:
    """The text from `start` on closes on a note naming `source`, with no heading, credit or
    dateline before it: the shape of the item above it in a labelled column (`微阅读`).

    A column's label opens it, its items each close on their source (a reader's letter on its
    signature), and the column ends where a story closes otherwise. People's Daily (Jan, Feb
    2020, composed pages A): in a column so labelled, a title after an item's note over text
    closing on the same source was the column's next item 28 times (9 readers' letters) and a
    new article once, titled with its column's tag (`河洲绿地 非法采砂（曝光）`), which the caller
    leaves to start an article; on any wire source (新华社 after 本报) 21 times and 8 a new
    article (the page's next story, from the paper's own correspondent). Found 0.951 -> 0.954,
    0.928 -> 0.932.
    """
    for n in range(start, len(kinds)):
        if kinds[n] is Kind.NOTE:
            return _item_source(blocks[n].text) == source
        if kinds[n] not in _PASS_OVER and kinds[n] not in (Kind.BODY, Kind.HEAD_CUT):
            return False
    return False


#: a news story's headline set alone on its line is seldom shorter than this; a feature's section
#: title over its writer's credit seldom longer (`北 京`, `打破常规找气田`, `不怕苦` / `温暖归乡路`)
NEWS_HEADLINE_MIN = 13


def _news_headline(run: Sequence[Block]) -> bool:
    """A heading of one line as long as a news story's, not set as a section's title: not a
    speaker's (`…村民孟礼全讲述`), a place's (`天津：集中隔离 阻断传播链`) or a quotation
    (`“中国市场蕴藏着丰富的机会”`). Over a credit line and text with no dateline, such a line is
    the next story's headline on a paper that prints its bylines under its headlines and its
    news undated (Zhejiang Daily: `更深层次更广领域更高水平建设平安浙江` / `《浙江日报》记者 …`),
    where a People's Daily page sets its features' sections so. On the composed pages of Jan and
    Feb 2020, none of the 167 runs read as sections on A is such a line, and one of 178 on B."""
    if len(run) != 1:
        return False
    text = run[0].text
    return (
        len(text) >= NEWS_HEADLINE_MIN
        and not text.endswith("讲述")
        and not any(mark in text[:10] for mark in "：:")
        and text[0] not in "“\"「'‘"
    )


def _text_under_credit(blocks: Sequence[Block], kinds: list[Kind], start: int) -> bool:
    """The credit line from `start` on has text under it that no dateline opens: how a feature's
    or a round-up's section is set (`本报记者 张三` / `“开饭啦！”…`). A news story's credit sits
    over its dateline (`本报讯`), or inside it (`本报北京1月5日电（记者…）`), or names a team
    (`本报记者刘硕阳、范佳元、孙龙飞…`).

    In People's Daily (Jan and Feb 2020, composed as pages), a heading with such a credit inside
    an article that itself opened so was the round-up's next section 127 times and a new article
    never. A credit naming SECTION_NAMES_MAX or more was a story's 3 times (on B, which prints
    bylines under headlines) and a section's never: a section has one writer or two.
    """
    credit = _next_index(kinds, start)
    if credit is None or kinds[credit] is not Kind.BYLINE:
        return False
    if sum(map(blocks[credit].text.count, "、，,")) >= SECTION_NAMES_MAX - 1:
        return False
    return _next_kind(kinds, credit + 1) not in (Kind.DATELINE, Kind.CLOSING_CREDIT, None)


#: a credit line naming this many reporters is a news story's, not a feature section's
SECTION_NAMES_MAX = 3


def _section_heading(blocks: Sequence[Block], kinds: list[Kind], start: int, end: int) -> bool:
    """The heading stack blocks[start:end], over a credit line with text under it, inside an
    article that has printed its own text and opened on no dateline, is a section of it (a
    feature's `春联见证乡村之变` / `本报记者 …` / text) unless a line of it ends in a column's tag,
    a lead-in (…——) sits below its top line, or the text above closed on its writers' credit
    (`…（本报记者 王五 报道）`): then its top line is the next article's headline
    (`实干带来好日子（新春走基层）` / `天津港实现“秒通关”`). People's Daily (Jan, Feb 2020,
    composed pages A), inside articles that did not open so themselves: of such stacks with none
    of these cues, 120 were a section (45 an article's first) and 1 a new article (under `反馈`,
    a column's label); with one, 7 were new articles and 1 a section (under a dateline). Seg
    0.978 -> 0.979, 0.965 -> 0.968, heading 0.879 -> 0.882, 0.840 -> 0.847, byline 0.935 ->
    0.940, 0.908 -> 0.917.
    """
    run = list(blocks[start:end])
    if run[0].script != "zh":
        return False  # an English page's next story has its credit under its headline (`By …`)
    if _section_lead(run) or any(cues.COLUMN_TAG.search(b.text) for b in run):
        return False
    above = next((n for n in range(start - 1, -1, -1) if kinds[n] not in _PASS_OVER), None)
    return above is None or cues.CLOSING_CREDIT.search(blocks[above].text[-CLOSING_CREDIT_MAX:]) is None


def _section_lead(run: list[Block]) -> int:
    """Where a round-up's first section starts in the heading stack over its credit line: a
    lead-in ending in a dash below the top line (`各地多措并举保障春耕` / `山东寿光蔬菜基地——` /
    `大棚里的新希望`), with at most a title under it; 0 if none. A kicker's dash is on the top
    line. In People's Daily (Jan and Feb 2020) a stack so set over a credit line with text under
    it was a headline over its first section 8 times and a kicker, headline and deck never.
    """
    for n in range(1, len(run)):
        if run[n].text.endswith("——") and len(run) - n <= 2:
            return n
    return 0


#: an advertisement says at least this many things only an advertisement says
AD_WORDS_MIN = 2


def _ad_groups(blocks: Sequence[Block], kinds: list[Kind]) -> set[int]:
    """Groups of short lines that say at least two things only an advertisement says
    (`中小企业免费法律咨询平台`, `本报订阅热线` / `0571-85310000`). One is a heading's word as
    often: People's Daily (Jan, Feb 2020) prints one in 22 heading stacks (`开通心理支持热线`,
    `开行免费专列`, `扫码管理`, `全国统一`), none with two; read as an ad, the heading was lost
    (composed A, two asked for: heading 0.9206 -> 0.9229 (Jan), 0.8898 -> 0.8958 (Feb), found
    0.9689 -> 0.9703, 0.9497 -> 0.9534)."""
    short_lines: dict[int, bool] = {}
    for block, kind in zip(blocks, kinds, strict=True):
        text = block.text
        fits = kind in (Kind.SHORT, Kind.BODY) and len(text) <= 40 and not text.endswith("。")
        short_lines[block.group] = short_lines.get(block.group, True) and fits
    words: Counter[int] = Counter()
    for block in blocks:
        if short_lines[block.group]:
            words[block.group] += len(cues.AD.findall(block.text))
    return {group for group, count in words.items() if count >= AD_WORDS_MIN}


def _short_run(
    run: list[Block],
    after: Kind | None,
    in_article: bool,
    teaser_open: bool,
    ads: set[int],
    listing: bool = False,
    two_phrases: bool = False,
    learned: tuple[bool, str | Reason] | None = None,
    text_under: str = "",
    later_titles: Callable[[], tuple[str, ...]] | None = None,
) -> list[Piece]:
    """Settle a run of short unpunctuated blocks by what follows it.

    `text_under`: the text of the block under the run; `later_titles`: gives the lone short lines
    among the text below it (`_titles_below`), looked for only when a stack's last line is weighed.
    `listing`: the paragraph before ends with a colon, so short lines after it are its list.
    `two_phrases`: the open article has intertitles and all are single phrases; an article's
    intertitles are set alike, so two phrases set apart are then a headline's cue.
    `learned`: inside an article with text below, whether the run starts the next article by the
    boundary model (or an exact rule before it), and why (`boundary_verdict`).
    """
    if run[0].script == "latin":
        return _latin_run(run, after, in_article)
    tables = [_table_row(b.text) for b in run]
    rows = next((n for n, table in enumerate(reversed(tables)) if not table), len(run))
    if rows and after is Kind.BODY:
        # a table opening the text (`杭州 多云 12～20℃`): the lines above head it, and its rows
        # stay lines of their own (as a list's items do), never joined as a broken paragraph
        head, table = run[: len(run) - rows], run[len(run) - rows :]
        above = _short_run(head, after, in_article, teaser_open, ads, listing) if head else []
        return above + [_piece(b, Role.INTERTITLE, why="a table's row") for b in table]
    label = next((n for n, b in enumerate(run) if _roundup_label(b.text)), None)
    if label is not None and not teaser_open:
        # a round-up's label heads it alone; its items' titles are the article's own lines, and
        # lines over it close the text above (`◆…` / `资料来源：…`, then `建 议`)
        above = _short_run(run[:label], None, in_article, teaser_open, ads) if label else []
        titles_below = [
            _piece(b, Role.INTERTITLE, why="an item's title in a round-up") for b in run[label + 1 :]
        ]
        return above + _heading(run[label : label + 1], "a round-up's label (资讯速递)") + titles_below
    if not in_article and after is Kind.BODY:
        # a summary box's items (`●气溶胶不是主要传播途径…`) open the text under the heading
        items = next((n for n, b in enumerate(reversed(run)) if not INTERTITLE_LEAD.match(b.text)), len(run))
        if 0 < items < len(run):
            above = _short_run(run[: len(run) - items], after, in_article, teaser_open, ads, listing)
            box = run[len(run) - items :]
            return above + [_piece(b, Role.INTERTITLE, why="a summary box's item (●…)") for b in box]
    heading_count = 0
    why: str | Reason = "inside an article with no heading's cue: an intertitle"
    if after is Kind.CAPTION:
        heading_count, why = 1, "over a captioned picture"
    elif after in (Kind.BYLINE, Kind.DATELINE) or (after is Kind.CLOSING_CREDIT and not in_article):
        heading_count = _stack_size(run) if teaser_open else min(3, len(run))
        why = f"a {after.name.lower().replace('_', ' ')} follows"
    elif after is Kind.BODY:
        if not in_article:
            heading_count = _stack_size(run) if teaser_open else min(3, len(run))
            why = "text follows, no article open" + (" (after a teaser box)" if teaser_open else "")
        elif listing:
            heading_count, why = 0, "the paragraph above ends with a colon: its list"
        elif cues.OPENING_BOX.match(text_under):
            heading_count = min(3, len(run))
            why = "inside an article, over the box that opens an article's text (核心阅读)"
        elif learned is not None:
            heading_count, why = (min(3, len(run)) if learned[0] else 0), learned[1]
        elif len(run) >= 2 and not INTERTITLE_LEAD.match(run[0].text) and _heading_cue(run, two_phrases):
            heading_count, why = min(3, len(run)), "inside an article, with a heading's cue"
        elif len(run) == 1 and _looks_like_headline(run[0].text, two_phrases):
            heading_count, why = 1, "inside an article, with a headline's cue (a column tag, letter-spacing)"
    # an advertisement printed just above a heading is not part of it, nor is a table's row
    not_ads = next((n for n, b in enumerate(reversed(run)) if b.group in ads or tables[-1 - n]), len(run))
    heading_count = min(heading_count, not_ads)
    while heading_count >= 2 and _never_heading(run[len(run) - heading_count].text):
        heading_count -= 1  # `图片说明：` over `国际回声`: the line closes the text above
    below_deck = _below_last_deck(run)
    if below_deck and heading_count > below_deck and not in_article:
        # a dash deck ends a heading: what follows it opens the text
        # (`——写在决胜脱贫攻坚战开年之际` / `从改革开放之后的扶贫开发到…，是披荆斩`)
        keep = len(run) - below_deck
        made = _short_run(run[:keep], after, in_article, teaser_open, ads, listing)
        first_line = "under a dash deck: the text's first line"
        return made + [_piece(b, Role.BODY, why=first_line) for b in run[keep:]]
    if heading_count >= 2 and run[len(run) - heading_count].text[-1:] in CLOSING_MARKS:
        heading_count -= 1  # `祝大家新年快乐！` closes the text above; no kicker ends so
    # with a byline or dateline next, the lines are all heading; over text, the last may be its start
    below = (
        _text_below_heading(run[len(run) - heading_count :], text_under, later_titles)
        if heading_count >= 2 and after is Kind.BODY
        else 0
    )
    if not below and heading_count == 3 and cues.COLUMN_TAG.search(run[len(run) - 3].text):
        # a headline ending in its column's tag has no kicker over it and at most one deck
        # under it (PD Jan, Feb 2020: 0 kickers with a tag, 0 of 1,573 tagged headlines with two
        # decks): its third line is the text's first. Fields 0.866 -> 0.869, 0.846 -> 0.847 (A)
        below = 1
    if not below and heading_count >= 2 and TEXT_LEAD.match(run[-1].text):
        below = 1  # `妈妈 你最棒` / `2月21日，重庆市璧山区人民医院，…的8岁大女儿和`: the text's first line
    if below:
        keep = len(run) - below
        made = _short_run(run[:keep], after, in_article, teaser_open, ads, listing, two_phrases, learned)
        first_line = "a sentence under a heading: the text's first line"
        return made + [_piece(b, Role.BODY, why=first_line) for b in run[keep:]]
    leading, heading = run[: len(run) - heading_count], run[len(run) - heading_count :]
    pieces = []
    reason: str | Reason
    for block in leading:
        if block.group in ads:
            role, reason = Role.AD, "a short line among an advertisement's"
        elif teaser_open:
            role, reason = Role.TEASER, "an item of the teaser box above"
        elif in_article:
            # a short line with a comma inside is a paragraph cut by a break, not an intertitle
            cut_paragraph = SENTENCE_MARK.search(block.text) and not INTERTITLE_LEAD.match(block.text)
            role = Role.BODY if cut_paragraph else Role.INTERTITLE
            reason = "a short line with a comma: a paragraph cut by a break" if cut_paragraph else why
        else:
            role, reason = Role.FURNITURE, "a short line outside any article"
        pieces.append(_piece(block, role, why=reason))
    pieces.extend(_heading(heading, why))
    return pieces


#: a round-up's label is a word or two, letter-spaced at most: `资 讯 速 递`
ROUNDUP_LABEL_MAX = 12


def _roundup_label(text: str) -> bool:
    return len(text) <= ROUNDUP_LABEL_MAX and cues.ROUNDUP_LABEL.match(PHRASE_GAP.sub("", text)) is not None


#: how the text's first line may open or end under a heading, where no deck does: a label in
#: lenticular brackets (`【人物】…`), a lead-in to the next line (`黄旭华——`), a question or an
#: exclamation (`“您亲自送？”`). People's Daily (Jan, Feb 2020): 44 first paragraphs read as
#: one short line under a headline with no deck do so, against no deck and 6 of 1,396 headlines
#: under a kicker (`开“火”车的你，真棒！`)
TEXT_OPENING = patterns.compile(r"^【|——$|[！？!?][”’\"]?$")


#: a decree's number, and the decree it numbers, printed over the text of a law or regulation
#: it enacts: PD Jan+Feb 2020 print 4 such numbers, each the text's second paragraph under its
#: decree (`中华人民共和国国务院令` / `第724号`), and no heading line of the form
DECREE_NUMBER = patterns.compile(r"^第[0-9０-９一二三四五六七八九十百千零〇]+号$")
DECREE = patterns.compile(r"^\p{Han}{2,20}令$")


def _text_below_heading(
    stack: list[Block], text_under: str = "", later_titles: Callable[[], tuple[str, ...]] | None = None
) -> int:
    """How many of the stack's last lines are the text's (2 for a decree and its number), 1 if
    the last line is the text's first line rather than a deck: a sentence with a
    comma or an exclamation (`为基层减负，在繁文缛节上做“减法”，…`), a word or two (`序曲`), a
    salutation (`同志们：`), under a headline with its column's tag or as a third line. People's
    Daily sets 33 of its 569 decks with a comma and no dash, and a short first paragraph with a
    comma under 83 headlines (Jan, Feb 2020)."""
    last, above = stack[-1].text, stack[-2].text
    if len(stack) == 3 and DECREE_NUMBER.match(last) and DECREE.match(above):
        return 2  # `中华人民共和国国务院令` / `第724号` under a law's title open its text:
        # heading A 0.9229 -> 0.9239 (Jan), 0.8958 -> 0.8962 (Feb)
    if SUBHEADLINE_LEAD.match(last) or cues.COLUMN_TAG.search(last) or BRACKETED_NOTE.match(last):
        return 0
    if cues.OPENING_BOX.match(text_under):
        return 0  # the text opens with its box (`核心阅读`): what is over the box is heading
    if text_under and _cut_from_text(last, text_under):
        return 1
    if (
        later_titles is not None
        and not SENTENCE_MARK.search(last)
        and _set_as_titles_below(last, later_titles())
    ):
        return 1
    if TEXT_OPENING.search(last) or cues.CUT_OPENING.match(text_under):
        # the text below going on mid-sentence (`我国消费市场的潜力仍然很` / `大，新需求…`) was cut
        # off the last line by a break: PD Jan+Feb (composed A), of the short lines under a
        # heading line with such text below, 28 were text and 3 decks (notes in brackets, kept by
        # the deck's cues above), 1 a headline (with its column's tag, kept as well)
        return 1
    sentence = "，" in last or "," in last or last[-1:] in CLOSING_MARKS
    if cues.COLUMN_TAG.search(above) and not cues.COLUMN_TAG.search(last):
        # under a headline ending in its column's tag, a line that is no dash deck or bracketed
        # note is the text's: PD Jan+Feb 2020, of 1,573 such headlines 31 have another deck, 266
        # a first paragraph that is one short line with no sentence mark (`追梦人：韩飞`, `序曲`).
        # Composed A: heading 0.9174 -> 0.9206 (Jan), 0.8884 -> 0.8898 (Feb)
        return 1
    place = len(stack) == 3 or cues.COLUMN_TAG.search(above)
    return 1 if place and (sentence or len(last) <= 2 or NAME_KICKER.match(last)) else 0


#: a heading line that is one whole quotation: `“我们一定会胜利！”`
WHOLE_QUOTATION = patterns.compile(r'^[“"][^“”"]*[”"]$')


def _cut_from_text(line: str, below: str) -> bool:
    """A heading stack's last line is the text's first, which a column break cut from the rest
    below it (`乡村民俗年味浓` / `浙江省湖州市德清县莫干山镇近日举` / `行民俗文化节，…`): the text
    below goes on from it as the seam model reads a paragraph's halves (`repair.heading_goes_on`),
    and the line is not one a break cannot have cut, a whole quotation or two phrases set apart.

    People's Daily, Jan and Feb 2020 (composed A): of the last lines of two- and three-line
    stacks over text that the rules before kept as heading, the seam reading went on into 28, 25
    of them the text's first line and 3 heading lines (`“用上了自己国家的油，我们非常自豪”`,
    `探索新型电商金融机制 支持农村产业振兴`, one with no such mark); of the stacks' last lines
    that are a whole quotation or hold two phrases apart, 282 were heading and 56 text, none of
    those cut from the text below. Heading 0.912 -> 0.915 (Jan), 0.879 -> 0.883 (Feb)."""
    if WHOLE_QUOTATION.match(line) or TWO_PHRASES.search(line):
        return False
    from .repair import heading_goes_on  # repair imports this module

    return heading_goes_on(line, below)


#: how far below a heading stack its article's intertitles are looked for
TITLES_REACH = 3000


def _titles_below(blocks: Sequence[Block], kinds: list[Kind], start: int) -> tuple[str, ...]:
    """The lone short lines among the text from `start`, as far as TITLES_REACH characters, a
    byline or dateline, or a stack of two short lines or more (the next article's heading):
    the intertitles of the article a heading stack over `start` opens, as far as can be told
    before the article is read."""
    titles: list[str] = []
    seen = 0
    for n in range(start, len(blocks)):
        kind = kinds[n]
        if kind in (Kind.BYLINE, Kind.DATELINE) or seen > TITLES_REACH:
            break
        if kind is Kind.SHORT:
            if n + 1 < len(kinds) and kinds[n + 1] is Kind.SHORT:
                break
            titles.append(blocks[n].text)
        seen += len(blocks[n].text)
    return tuple(titles)


def _set_as_titles_below(line: str, titles: tuple[str, ...]) -> bool:
    """A heading stack's last line set as two or more of the article's later intertitles are: as
    long within a character, and of one form (one phrase or two set apart, a whole quotation, a
    lead-in ending in a dash, a column's tag), none holding a sentence's mark
    (`一` over `二` and `三`, `埃及《今日新闻》` over `泰国公共电视台` and `南非《索韦托人报》`): the
    article's first intertitle, not a deck or a headline under a series' title.

    People's Daily, Jan and Feb 2020 (composed A): of the stacks' last lines kept as heading so
    far, 10 read so, all the text's first intertitle. With one alike title enough, or any form,
    34 and 25 heading lines (the next story's headline alike, a deck as long as a title).
    Heading 0.9155 -> 0.9164 (Jan), 0.8838 -> 0.8851 (Feb)."""
    form = _title_form(line)
    alike = sum(
        abs(len(t) - len(line)) <= 1 and not SENTENCE_MARK.search(t) and _title_form(t) == form
        for t in titles
    )
    return alike >= 2


def _title_form(text: str) -> tuple[bool, bool, bool, bool]:
    """How a short line is set: two phrases apart, a whole quotation, a lead-in's dash, a tag."""
    return (
        TWO_PHRASES.search(text) is not None,
        WHOLE_QUOTATION.match(text) is not None,
        text.endswith("——"),
        cues.COLUMN_TAG.search(text) is not None,
    )


def _below_last_deck(run: list[Block]) -> int:
    """How many lines of the run come after its last dash deck (0 with no deck in it)."""
    for n, block in enumerate(reversed(run)):
        if SUBHEADLINE_LEAD.match(block.text):
            return n
    return 0


#: a table's cell is short (`杭州`, `12～20℃`); a heading's phrase runs longer
TABLE_CELL_MAX = 8


def _table_row(text: str) -> bool:
    """A row of a table set as a line (`杭州 多云 12～20℃`): three short cells or more, figures
    among them. A heading of three phrases or a kicker run into its headline's line holds longer
    phrases, and its figures may be a series number (`…生态扶贫故事③`): in People's Daily (Jan,
    Feb 2020, composed pages A) 19 heading lines and 2 lines of text were read as table rows by
    their cells and figures alone; by short cells, 1 of text and no heading."""
    cells = text.split()
    return (
        len(cells) >= 3
        and max(len(cell) for cell in cells) <= TABLE_CELL_MAX
        and any(ch.isdecimal() for ch in text)
        and not LETTER_SPACED.match(text)
    )


def _latin_run(run: list[Block], after: Kind | None, in_article: bool) -> list[Piece]:
    """Decks of an old English-language headline: the first (in capitals) is the headline, the
    rest are subheadlines in order. Without capitals on top, short title-case lines inside an
    article are its intertitles."""
    if after is Kind.AD:  # `BILLY WHISKERS.` over the text of an ad that ends `-Advt.`
        return [_piece(b, Role.AD, why="Latin: over an ad's text (-Advt.)") for b in run]
    starts = next((n for n, b in enumerate(run) if is_capitals(b.text) and not _masthead(b.text)), None)
    if starts is None and after in (Kind.DATELINE, Kind.BYLINE):
        starts = 0  # a byline or dateline follows only a headline, whatever its case
    if starts is None or after not in (Kind.BODY, Kind.DATELINE, Kind.BYLINE):
        role = Role.INTERTITLE if in_article else Role.FURNITURE
        return [_piece(b, role, why="Latin: short lines with no capitals heading") for b in run]
    above = "Latin: above the capitals heading"
    pieces = [_piece(b, Role.INTERTITLE if in_article else Role.FURNITURE, why=above) for b in run[:starts]]
    heading = run[starts:]
    why = "Latin: a capitals line over text, or any line over a byline or dateline"
    pieces.append(_piece(heading[0], Role.HEADLINE, starts_article=True, why=why))
    pieces += [_piece(b, Role.SUBHEADLINE, why="Latin: a deck under the headline") for b in heading[1:]]
    return pieces


def _masthead(text: str) -> bool:
    """Volume and number as OCR leaves them (`VOIV O1 LXIII----N 0 20.620.`): more digits and
    marks than letters, which no headline is."""
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and letters < 0.5 * len(text.replace(" ", ""))


def _looks_like_headline(text: str, two_phrases: bool = False) -> bool:
    """What sets a lone headline apart from an intertitle inside the article before it.

    A headline is letter-spaced (`平 安 浙 江`), carries its column's tag (`（人民时评）`) or has a
    kicker run in. Two phrases set apart (`彪炳史册 雄健豪迈`) are a cue only where the article's
    intertitles so far were single phrases (`two_phrases`). In People's Daily (Jan and Feb 2020)
    559 such lines inside articles were intertitles and 212 were headlines; after single-phrase
    intertitles, 67 and 77.
    """
    if two_phrases and TWO_PHRASES.search(text):
        return True
    return bool(_kicker_split(text) or LETTER_SPACED.match(text) or cues.COLUMN_TAG.search(text))


def _heading_cue(run: list[Block], two_phrases: bool = False) -> bool:
    """Inside an article, two or three short lines are a new heading only with a cue a heading
    has and intertitles lack: a column's tag (`（人民时评）`), a kicker's lead-in, a deck's dash.
    A round-up's name lines (`湖南省十八洞村` / `第一书记` / `孙中元`) and a question with its
    answer as intertitles have none, nor a section's short lead-in (`世界银行——`, see
    SECTION_LEAD_MAX)."""
    top = run[-min(3, len(run))]
    lead_in = KICKER_LINE.search(top.text) and not (
        top.text.endswith("——") and len(top.text) <= SECTION_LEAD_MAX
    )
    return bool(
        lead_in
        or any(SUBHEADLINE_LEAD.match(b.text) or _looks_like_headline(b.text, two_phrases) for b in run[-3:])
    )


def _stack_size(run: list[Block]) -> int:
    """After a teaser box, how many of the short lines before the text are the next heading.

    Teaser items look like headlines, so only a cue settles it: the box's items end with the
    page they point to (`…（第2版）`), a kicker ends with a verb of saying (`…大会上强调`), a deck
    opens with a dash; without a cue the heading is one line.
    """
    items = [n for n, b in enumerate(run) if cues.TEASER_ITEM.search(b.text)]
    if items and len(run) - 1 - items[-1] in (1, 2, 3):
        return len(run) - 1 - items[-1]  # the heading is what follows the box's last item
    for size in range(min(3, len(run)), 1, -1):
        top = run[len(run) - size]
        if KICKER_LINE.search(top.text) or (size == 2 and SUBHEADLINE_LEAD.match(run[-1].text)):
            return size
    return 1 if run else 0


#: a deck that reports who else took part: `李克强讲话 王沪宁出席 韩正主持`
ATTENDANCE = patterns.compile(r"(?:出席|主持|讲话|参加|会见)(?:[ \u3000]|$)")
#: a display headline of two phrases, each ending in a quotation, spaced or closed up
TWO_QUOTED_PHRASES = patterns.compile(r'^[^“”"\s]{2,}[“"][^“”"]+[”"]\s*[^“”"\s]{2,}[“"][^“”"]+[”"]$')
#: a note in brackets filling the line: a speech's date (`（2020年1月8日）`), with its place
#: (`（二〇二〇年一月十八日  内比都）`), or the meeting that passed a text
#: (`（2020年1月15日…全体会议通过）`)
BRACKETED_NOTE = patterns.compile(r"^[（(][^（）()]+[）)]$")
#: a deck only: a bracketed note, a summary of several decisions (`确定…；部署…`)
DECK_ONLY = patterns.compile(rf"{BRACKETED_NOTE.pattern}|[；;]")


def _kicker_over_headline(first: str, second: str) -> bool:
    """Two heading lines: a kicker over the headline, or the headline over a deck.

    People's Daily prints kicker + headline about 2.6 times as often as headline + deck (Jan and
    Feb 2020, Feb 2019: 1,352 and 525 in the first two months), so the cues that say "deck" are
    asked first: a dash opening it (65% of decks), a speech's date, who attended; a column's tag
    on the first line and not the second; a display headline of two quoted phrases
    (`警营文化“润物细无声” 民警“不用扬鞭自奋蹄”`: 0 kickers and 2 headlines in those months);
    a note in brackets filling the line or a semicolon (DECK_ONLY: 22 more decks, no headline).
    """
    if SUBHEADLINE_LEAD.match(second) or DECK_ONLY.search(second) or ATTENDANCE.search(second):
        return False
    if cues.COLUMN_TAG.search(first) and not cues.COLUMN_TAG.search(second):
        return False
    return not TWO_QUOTED_PHRASES.match(first)


def _run_in_kicker(text: str) -> int:
    """Where a kicker run into its headline's line ends, 0 for none: the line's phrases set
    apart by spaces, and the kicker the first phrase, or the first few where they are as long as
    each other (`精准治污 科学治污 依法治污 促进生态环境质量持续好转`).

    A headline of two phrases alike (`流程压缩 办理提效`) has no kicker; the kicker is the longer
    part (`河北邢台优化不动产登记政务服务 流程压缩 办理提效`). Measured on People's Daily (Jan and
    Feb 2020), each kicker set on its headline's line against each headline holding a space: of
    the kickers, 1,269 split right here, 20 at the wrong space (a kicker of two unequal phrases)
    and 107 not at all; 81 of 918 headlines are split wrongly (`以色列举办国际旅游展
    中国市场潜力受重视`). On the composed pages of those months (composer A): 193 kickers split
    right (74 by KICKER_SPLIT before), 22 headlines split wrongly (4 before).
    """
    tag = cues.COLUMN_TAG.search(text)
    body = text[: tag.start()] if tag else text
    cuts: list[int] = [gap.start() for gap in PHRASE_GAP.finditer(body.rstrip())]
    if not cuts:
        return 0
    phrases = [len(phrase) for phrase in PHRASE_GAP.split(body.rstrip())]
    if sum(size == 1 for size in phrases) * 2 >= len(phrases):
        # letter-spaced (`福 州 : 家 校 共 建`), unless a kicker set plain leads a headline set
        # letter-spaced: `浙江安吉县实现垃圾分类处理全覆盖 这 里 的 垃 圾 变 " 宝 贝 "`
        spaced_after = phrases[0] >= RUN_IN_KICKER_MIN and max(phrases[1:]) == 1
        return cuts[0] if spaced_after and len(phrases) > LETTER_SPACED_MIN else 0
    alike = 1
    while alike < len(phrases) and phrases[alike] == phrases[0]:
        alike += 1
    if alike == len(phrases) or sum(phrases[:alike]) < RUN_IN_KICKER_MIN:
        return 0
    if len(phrases) == 2 and not (
        phrases[0] >= phrases[1] + RUN_IN_KICKER_LONGER or phrases[0] >= RUN_IN_KICKER_LONG
    ):
        return 0
    return cuts[alike - 1]


def _stack_reason(size: int, why: str | Reason) -> str:
    return f"a heading stack of {size}: {why}"


def _heading(run: list[Block], why: str | Reason = "") -> list[Piece]:
    """Kicker, headline and subheadline from a heading stack of one to three blocks; `why` says
    what made the stack a heading."""
    if not run:
        return []
    roles: list[tuple[Role, str, tuple[Span, ...]]] = []
    first = run[0]
    split = _kicker_split(first.text) if len(first.lines) == 1 else None
    if split is None and len(first.lines) == 1 and len(first.text) > HEADING_MAX:
        # a line too long for one headline: the kicker is set on it before a space
        split = LONG_KICKER_SPLIT.match(first.text)
    # a kicker run in with no lead-in word, over nothing or a deck (over a second line, the
    # first is more often a kicker of its own, spaces and all)
    alone = len(run) == 1 or len(run) == 2 and not _kicker_over_headline(first.text, run[1].text)
    run_in = _run_in_kicker(first.text) if split is None and len(first.lines) == 1 and alone else 0
    if split or run_in:
        start = first.lines[0].start
        kicker_end = split.end("kicker") if split else run_in
        gap = None if split else PHRASE_GAP.match(first.text, run_in)
        rest_start = split.start("rest") if split else gap.end() if gap else run_in
        kicker, rest = first.text[:kicker_end], first.text[rest_start:]
        roles.append((Role.KICKER, kicker, (Span(start, start + kicker_end),)))
        roles.append((Role.HEADLINE, rest, (Span(start + rest_start, start + len(first.text)),)))
        roles += [(Role.SUBHEADLINE, b.text, b.spans) for b in run[1:]]
    elif len(run) == 1:
        roles.append((Role.HEADLINE, first.text, first.spans))
    elif len(run) == 2:
        kicker_first = _kicker_over_headline(first.text, run[1].text)
        top, second = (
            (Role.KICKER, Role.HEADLINE)
            if kicker_first
            else (
                Role.HEADLINE,
                Role.SUBHEADLINE,
            )
        )
        roles += [(top, first.text, first.spans), (second, run[1].text, run[1].spans)]
    else:
        roles.append((Role.KICKER, first.text, first.spans))
        roles.append((Role.HEADLINE, run[1].text, run[1].spans))
        roles += [(Role.SUBHEADLINE, b.text, b.spans) for b in run[2:]]
    return [
        Piece(
            role=role,
            text=text,
            spans=spans,
            starts_article=index == 0,
            group=run[0].group,
            script=run[0].script,
            why=Reason(_stack_reason, len(roles), why),
        )
        for index, (role, text, spans) in enumerate(roles)
    ]


#: what may follow an article's last words: pictures and page matter printed after its text
_AFTER_TEXT = frozenset({Role.CAPTION, Role.CREDIT, Role.FURNITURE, Role.JUMP, Role.AD, Role.TEASER})


def _last_brief_credit(pieces: list[Piece]) -> list[Piece]:
    """In a column of briefs (`财经短波`), each item closes on its writer's name in brackets
    (`（曲哲涵）` … `（张 涛）`): the one closing the column is the article's byline, the others
    stay its paragraphs where they were printed (GOLD.md: a closing credit is the byline, the
    article's last words). The loop in `classify` reads the first item's credit as the byline
    before it knows a column of briefs follows. People's Daily (Jan, Feb 2020, composed pages
    A): of 24 articles whose byline was another writer's name, 23 were such columns.
    """
    if not any(
        p.role is Role.INTERTITLE and p.text[-1:] in "）)" and _bracketed_credit(p.text) for p in pieces
    ):
        return pieces  # no column of briefs on the page: most pages, so asked once and first
    out = list(pieces)
    starts = [n for n, piece in enumerate(out) if piece.starts_article] + [len(out)]
    for start, end in zip(starts, starts[1:], strict=False):
        credits = [
            n
            for n in range(start, end)
            if out[n].role in (Role.BYLINE, Role.INTERTITLE) and _bracketed_credit(out[n].text)
        ]
        bylines = [n for n in range(start, end) if out[n].role is Role.BYLINE]
        in_column = any(out[n].role is Role.INTERTITLE for n in credits)
        if len(credits) < 2 or not in_column or any(n not in credits for n in bylines):
            continue
        last = next((n for n in range(end - 1, start - 1, -1) if out[n].role not in _AFTER_TEXT), None)
        for n in credits:
            if n == last:
                out[n] = out[n].with_(role=Role.BYLINE, why="the credit closing a column of briefs")
            else:
                out[n] = out[n].with_(role=Role.INTERTITLE, why="a brief's writer, closing its item")
    return out


def _bracketed_credit(text: str) -> bool:
    return cues.CLOSING_CREDIT.fullmatch(text) is not None or cues.CLOSING_NAMES.fullmatch(text) is not None
