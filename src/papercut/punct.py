"""Punctuation and width in Chinese text, per GB/T 15834-2011; pure `str -> str`.

OCR engines read Chinese punctuation as its half-width twin (`,` for `，`), full-width digits
and letters where the type was wide (`２０１８`), and ellipses and dashes as runs of dots and
hyphens. Each fix below applies only where the mark touches Chinese text, so Latin runs
(`G20`, `http://zjrb.cn`, `1,000`, `10:30`) are left as printed.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from . import patterns

#: a character that makes its neighbourhood Chinese text (the inside of a character class)
CJK_CHARS = r"\p{Han}\u3000-\u303f\uff01-\uff60“”‘’…—·《》"
CJK = patterns.compile(rf"[{CJK_CHARS}]")

#: ２０１８ / ＡＢＣ -> 2018 / ABC: letters and digits are always half-width (GB/T 15834 §4)
_WIDE_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
#: 岗位... / 岗位。。。 / 岗位… -> 岗位……; at the end of Chinese text too (`转出ICU...`)
ELLIPSIS = patterns.compile(
    rf"(?:(?<=[{CJK_CHARS}])(?:\.{{3,}}|。{{3,}}|…+|．{{3,}}|·{{3,}})"
    rf"|(?:\.{{3,}}|。{{3,}}|…+|．{{3,}}|·{{3,}})(?=[{CJK_CHARS}]|$))"
)
#: 会议召开. / 会议召开.” -> 会议召开。: a full stop read as its half-width twin, where a sentence
#: ends (never inside a word: `3.5` / `www.zjol.com.cn` / a name dot between ideographs)
FULL_STOP = patterns.compile(r"""(?<=\p{Han})\.(?=[\s"'”’」』）)]|$)""")
#: 会议--现场 / 会议――现场 / 说：—“好” -> 会议——现场 / 说：——“好”; a lone `—` between words is
#: the connector GB/T 15834 prints as one (`重庆—贵阳—百色`, `5月17日—18日`) and stays, unless
#: it touches a mark or a quote, which a connector never does
DASH = patterns.compile(
    r"(?:(?<=[\p{Han}“”，。：])(?:-{2,}|－{2,}|―{1,2}|—{3,})"
    r"|(?:-{2,}|－{2,}|―{1,2}|—{3,})(?=[\p{Han}“‘])"
    r"|(?<=[“”，。：])—(?!—)|(?<!—)—(?=[“‘]))"
)
#: 加油・宝贝 / 阿卜杜拉•阿齐兹 -> 加油·宝贝
NAME_DOT = patterns.compile(r"(?<=\p{Han})[•・‧∙．](?=\p{Han})")
#: the cheap questions: stdlib `re` scans for a character class several times faster
WIDE_ALNUM = patterns.compile_plain(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
#: what another round could still change once a round has run: a run of three dashes too, which
#: becomes two once a quote beside it is made curly (`"———` -> `“———` -> `“——`). A lone dash is
#: matched first and its neighbour looked at after (`—(?<!——)`, not `(?<!—)—`): with every branch
#: opening on a character, `re` skips to the next candidate instead of trying every position
#: (1.0 M instructions a split)
STILL_HALF = patterns.compile_plain(r"[,;:?!()\"'.…•・‧∙．\-－―]|—(?<!——)(?!—)|———")
_FULL_MARK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_FULL = str.maketrans(_FULL_MARK)
#: a run of half-width marks with the spaces around it: ` , ` / `?!`
HALF_RUN = patterns.compile_plain(r"[ \t]*(?P<marks>[,;:?!]+)[ \t]*")
_FULL_PAREN = {"(": "（", ")": "）"}
#: one mark alone (no space or other mark beside it, so it is a whole `HALF_RUN`) with Chinese
#: text on either side: what `_half_marks` would turn, found in one pass a mark. The number rule
#: there (`1,000`) has nothing to say here: wide digits are made narrow before this runs
LONE_MARKS = tuple(
    (
        mark,
        patterns.compile(
            rf"(?<=[{CJK_CHARS}]){re.escape(mark)}(?![ \t,;:?!])"
            rf"|(?<![ \t,;:?!]){re.escape(mark)}(?=[{CJK_CHARS}])"
        ),
    )
    for mark in ",;:?!"
)
#: the characters the bracket and quote rules act on; the rules visit only these, not every character
PAREN = patterns.compile(r"[()（）]")
QUOTE = patterns.compile(r"[\"'“”‘’]")


#: marks set for vertical text (`︒` `﹁` `︵`), as OCR of a vertically printed page may give
#: them, and their horizontal forms: one character for one, so offsets stay as they are
VERTICAL = {
    **dict(zip(map(ord, "︐︑︒︓︔︕︖︗︘︙︱︲"), "，、。：；！？〖〗…—–", strict=True)),
    **dict(
        zip(
            map(ord, "︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈"),
            "（）｛｝〔〕【】《》〈〉「」『』［］",
            strict=True,
        )
    ),
}
VERTICAL_MARK = patterns.compile_plain(r"[\ufe10-\ufe19\ufe30-\ufe48]")  # stdlib: a plain class, scanned fast


def horizontal(text: str) -> tuple[str, int]:
    """Vertical presentation forms of Chinese marks as the horizontal marks they stand for.

    >>> horizontal("会议︐﹁平安﹂︒")
    ('会议，「平安」。', 4)
    """
    if not VERTICAL_MARK.search(text):
        return text, 0
    flat = text.translate(VERTICAL)
    return flat, sum(a != b for a, b in zip(text, flat, strict=True))


def normalize(text: str) -> str:
    """Apply every rule; idempotent.

    >>> normalize('会上,车俊说:"好!"各市、县(市、区)...２０１８年')
    '会上，车俊说：“好！”各市、县（市、区）……2018年'
    """
    return normalize_counted(text)[0]


def normalize_counted(text: str) -> tuple[str, int]:
    """The normalised text and how many marks were changed.

    A mark made full-width makes its neighbours Chinese context too (`:(—` -> `：（—`), so the
    rules run again until nothing changes; real text settles in one or two rounds.
    """
    total = 0
    for _ in range(8):
        text, changed = _one_round(text)
        total += changed
        if not changed or not STILL_HALF.search(text):
            break
    return text, total


def _one_round(text: str) -> tuple[str, int]:
    """One pass of every rule. Each rule first asks a cheap question (is there anything it
    could change?), because most paragraphs need only one or two of them."""
    changed = 0
    if WIDE_ALNUM.search(text):
        wide = text.translate(_WIDE_ALNUM)
        changed += sum(a != b for a, b in zip(text, wide, strict=True))
        text = wide
    if not CJK.search(text):
        return text, changed
    # half-width marks first: once full-width they make their neighbours Chinese text too
    # each rule runs only if what it acts on is there; `in` asks that faster than a pattern
    # would, and costs nothing to compile at start-up
    if "," in text or ";" in text or ":" in text or "?" in text or "!" in text:
        text, n = _half_marks(text)
        changed += n
    if "..." in text or "。。。" in text or "…" in text or "．．．" in text or "···" in text:
        text, n = _ellipses(text)
        changed += n
    if "." in text:
        text, n = FULL_STOP.subn("。", text)
        changed += n
    if "-" in text or "－" in text or "―" in text or "—" in text:
        text, n = DASH.subn("——", text)
        changed += n
    if "•" in text or "・" in text or "‧" in text or "∙" in text or "．" in text:
        text, n = NAME_DOT.subn("·", text)
        changed += n
    if "(" in text or ")" in text:
        text, n = _parens(text)
        changed += n
    if '"' in text or "'" in text:
        text, n = _quotes(text)
        changed += n
    return text, changed


def _half_marks(text: str) -> tuple[str, int]:
    """`强调,各地` -> `强调，各地`: each run of half-width marks touching Chinese text, with the
    spaces around it, becomes full-width. Most marks stand alone beside Chinese text, and one
    pattern a mark turns those in C; the rest come from a plain character search and are judged
    by their neighbours here, which costs a fraction of a lookaround pattern."""
    changed = 0
    for mark, lone in LONE_MARKS:
        if mark in text:
            text, n = lone.subn(_FULL_MARK[mark], text)
            changed += n
    if "," not in text and ";" not in text and ":" not in text and "?" not in text and "!" not in text:
        # all were lone marks, as in most paragraphs: `HALF_RUN`, whose spaces come first, is
        # tried at every character of the text (3 M instructions a split, asked of every one)
        return text, changed
    out: list[str] = []
    last = 0
    for match in HALF_RUN.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not (_is_cjk(before) or _is_cjk(after) or before in "%％" and _after_chinese(text, start - 1)):
            continue
        marks = match["marks"]
        if marks in (",", ":") and before.isdigit() and after.isdigit() and before.isascii():
            continue  # 1,000 / 10:30 are numbers, not Chinese punctuation
        out.append(text[last:start])
        out.append(marks.translate(_FULL))
        last = end
        changed += 1
    if not out:
        return text, changed
    out.append(text[last:])
    return "".join(out), changed


def _after_chinese(text: str, end: int) -> bool:
    """Does the number ending at `text[end]` follow Chinese text? `增长28.5%,40岁以下…`: the
    comma is in a Chinese sentence, though both its neighbours are a number's."""
    at = end
    while at >= 0 and text[at] in NUMBER_CHARS:
        at -= 1
    return at >= 0 and _is_cjk(text[at])


#: what a number with its decimals and percent sign is made of
NUMBER_CHARS = frozenset("0123456789.%％")


def _ellipses(text: str) -> tuple[str, int]:
    """Every ellipsis as `……`, counting only those that were not: a page's `……` is already
    right, and counting it would keep `normalize_counted` going round after round."""
    wrong = 0

    def fix(match: regex.Match[str]) -> str:
        nonlocal wrong
        wrong += match.group() != "……"
        return "……"

    return ELLIPSIS.sub(fix, text), wrong


@cache
def _is_cjk(ch: str) -> bool:
    """One character's answer, remembered: a page has a few thousand distinct characters, and
    the rules ask about the neighbours of every mark."""
    return bool(ch) and CJK.match(ch) is not None


def _parens(text: str) -> tuple[str, int]:
    """Pair `(` with `)`: a pair holding or touching Chinese text becomes `（）`, and so does a
    half-width bracket paired with a full-width one (`(DNA）`); an unpaired one touching Chinese
    text on its inner side `（` or `）`; and a bracket touching one made full-width (`((聪))`,
    `(((聪`), as the next round would make it. Decided in one pass over the brackets, so any
    number of nested or running brackets settle at once, in linear time."""
    positions = [match.start() for match in PAREN.finditer(text)]
    # stretches between brackets holding Chinese text, counted up to each bracket: a pair holds
    # some when the count grows between its two (searching each inside was quadratic in nesting)
    held = [0]
    for before, at in zip(positions, positions[1:], strict=False):
        held.append(held[-1] + (CJK.search(text, before + 1, at) is not None))
    todo: list[tuple[int, ...]] = []  # brackets to make full-width, a pair together
    waiting: dict[int, list[tuple[int, ...]]] = {}  # a neighbour -> brackets that turn with it

    def turns_with(group: tuple[int, ...], *neighbours: int) -> None:
        if any(0 <= at < len(text) and _is_cjk(text[at]) for at in neighbours):
            todo.append(group)
        else:
            for at in neighbours:
                waiting.setdefault(at, []).append(group)

    stack: list[int] = []
    for number, i in enumerate(positions):
        if text[i] in "(（":
            stack.append(number)
        elif stack:
            first = stack.pop()
            start = positions[first]
            if held[number] > held[first] or text[start] == "（" or text[i] == "）":
                todo.append((start, i))
            else:
                turns_with((start, i), start - 1, i + 1)
        else:
            turns_with((i,), i - 1)
    for number in stack:
        turns_with((positions[number],), positions[number] + 1)
    convert: set[int] = set()
    while todo:
        for at in todo.pop():
            if at not in convert:
                convert.add(at)
                todo.extend(waiting.pop(at, ()))
    convert = {at for at in convert if text[at] in "()"}
    return _replace_at(text, {i: _FULL_PAREN[text[i]] for i in convert}), len(convert)


def _quotes(text: str) -> tuple[str, int]:
    """Straight quotes touching Chinese text become “” and ‘’, opening and closing in turn.

    Curly quotes already on the page count in the turn, so a page mixing both still pairs up.
    """
    double_open = single_open = False
    replace: dict[int, str] = {}
    positions = [match.start() for match in QUOTE.finditer(text)]
    touching = _runs_touching(text, positions)
    for i in positions:
        ch = text[i]
        if ch == "“":
            double_open = True
        elif ch == "”":
            double_open = False
        elif ch == "‘":
            single_open = True
        elif ch == "’":
            single_open = False
        else:
            if i not in touching:
                continue
            if ch == '"':
                replace[i] = "”" if double_open else "“"
                double_open = not double_open
            else:
                replace[i] = "’" if single_open else "‘"
                single_open = not single_open
    return _replace_at(text, replace), len(replace)


def _runs_touching(text: str, positions: list[int]) -> set[int]:
    """The quotes (at `positions`, in order) that touch Chinese text: a quote does when a
    neighbour is Chinese text, a curly quote among them; so in a run of quotes (`\"\"\"发`) all do
    when the run touches Chinese text at either end or holds a curly quote, as they would once
    each was made curly in turn. Decided for the whole run at once: a round a quote was not
    idempotent past eight."""
    touching: set[int] = set()
    start = 0
    while start < len(positions):
        end = start
        while end + 1 < len(positions) and _only_marks(text, positions[end] + 1, positions[end + 1]):
            end += 1
        first, last = positions[start], positions[end]
        run = text[first : last + 1]
        # brackets and marks inside or around the run go with it (`')',')持`): they turn once the
        # quotes beside them do, so deciding the quotes past them settles all in two rounds (a
        # round a pair, normalize was not idempotent past eight)
        while first and text[first - 1] in BETWEEN_QUOTES:
            first -= 1
        while last + 1 < len(text) and text[last + 1] in BETWEEN_QUOTES:
            last += 1
        # the text is Chinese, so a run opening or closing it touches Chinese text unless a Latin
        # word stands on its other side: `"2019年，…1万人。"` pairs up, `"ab" 会` stays as printed
        after = text[last + 1] if last + 1 < len(text) else ""
        before = text[first - 1] if first else ""
        if (
            (_is_cjk(before) or not before and not _latin_letter(after))
            or (_is_cjk(after) or not after and not _latin_letter(before))
            or any(ch in "“”‘’" for ch in run)
            or not _word_char(before)
            and _is_cjk(_beyond_word(text, last + 1, 1))
            or not _word_char(after)
            and _is_cjk(_beyond_word(text, first - 1, -1))
        ):
            touching.update(positions[start : end + 1])
        start = end + 1
    return touching


#: the marks a run of quotes reaches over: brackets and the marks `_half_marks` turns, each of
#: which turns full-width once a quote beside it turns curly
BETWEEN_QUOTES = frozenset("()（）,;:?!，；：？！")


def _only_marks(text: str, start: int, end: int) -> bool:
    """Nothing but such marks (or nothing) between `start` and `end`: two quotes of one run."""
    return all(text[at] in BETWEEN_QUOTES for at in range(start, end))


def _beyond_word(text: str, at: int, step: int) -> str:
    """The character past the letters and digits from `at` on (`step` 1 or -1): whether a quote at
    the edge of a word (`"LPR是…`, `…年"Model3`) touches the Chinese text the word stands in. On
    the People's Daily pages (Jan, Feb 2020 A) such quotes were left straight, and every quote
    after them in the paragraph paired the wrong way round, in 8 paragraphs. A quote closing the
    word is passed over too: `"e"键` is a quoted word in Chinese text, whose first quote opens."""
    while 0 <= at < len(text) and _word_char(text[at]):
        at += step
    while 0 <= at < len(text) and text[at] in "\"'":
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _word_char(char: str) -> bool:
    """A Latin letter or digit: a quote with one on each side is inside a word (`a"b`)."""
    return char.isascii() and char.isalnum()


def _latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _replace_at(text: str, replace: dict[int, str]) -> str:
    """`text` with the single characters at the given offsets replaced."""
    out: list[str] = []
    last = 0
    for i in sorted(replace):
        out.append(text[last:i])
        out.append(replace[i])
        last = i + 1
    out.append(text[last:])
    return "".join(out)


#: "--" between words, the typewriter's dash: `peace--at last` -> `peace—at last`
LATIN_DASH = r"(?<=[\w\"'.,])\s?--\s?(?=\w)|(?<=\s)--(?=\s)"
#: a quote opens after the start, white space or an opening bracket or dash
_OPENS_AFTER = frozenset(" \t\n([{—-“‘")


def latin_quotes(text: str) -> str:
    r"""Curly quotes and dashes for Latin text, only when a user asks (`--quotes`); words are
    never changed.

    >>> latin_quotes('He said "it is over"--at last, in the mayor\'s words.')
    'He said “it is over”—at last, in the mayor’s words.'
    """
    text = re.sub(LATIN_DASH, "—", text)  # re's own cache: compiled once, and only with --quotes
    if '"' not in text and "'" not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        if ch == '"':
            out.append("“" if before in _OPENS_AFTER else "”")
        elif ch == "'":
            out.append("‘" if before in _OPENS_AFTER else "’")
        else:
            out.append(ch)
    return "".join(out)
