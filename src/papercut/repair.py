"""Mend what the page layout broke: paragraphs cut at a column or page break or by a caption,
credits printed on their own line, closing credits and jump lines run into a paragraph,
letter-spaced headings.

Every change is recorded as a Decision with the spans it touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import cues, patterns
from .blocks import is_capitals, without_specks
from .classify import CAPTION_MAX
from .hyphens import REACH, Vocabulary
from .model import HEADING_ROLES, Decision, Piece, Role, cut_spans, join_lines

#: a paragraph that ends in one of these is complete; anything else was cut mid-sentence
CLOSED = patterns.compile(r"(?:[。！？!?；;：:….）)」』】]|[。！？!?….][”’」』\"'])\s*$")
#: 平 安 浙 江 -> 平安浙江: single characters printed with a space between each
LETTER_SPACED = patterns.compile(r"^\p{Han}(?:[ \u00a0\u3000]+\p{Han}){2,}$")
SPACED_NAME = patterns.compile(r"(?<![\p{Han}])\p{Han}(?:[ \u00a0\u3000]\p{Han}){1,2}(?![\p{Han}])")
BYLINE_BULLETS = cues.BULLETS + " \u3000"
SPACES = patterns.compile(r"[ \t\u00a0\u3000]+")

_PASS_OVER = frozenset({Role.CAPTION, Role.CREDIT, Role.FURNITURE, Role.AD, Role.JUMP, Role.TEASER})


def repair(pieces: Sequence[Piece]) -> tuple[list[Piece], list[Decision]]:
    """Return the mended pieces, in page order, and what was done."""
    decisions: list[Decision] = []
    pieces = _split_tails(pieces, decisions)
    pieces = _attach_credits(pieces, decisions)
    pieces = _join_paragraphs(pieces, decisions)
    pieces = [_tidy_heading(p, decisions) for p in pieces]
    return pieces, decisions


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
            closing = cues.CLOSING_CREDIT.search(piece.text) if ends in ("）", ")") else None
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
            closing = cues.CLOSING_CREDIT.fullmatch(piece.text)
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


def _join_paragraphs(pieces: list[Piece], decisions: list[Decision]) -> list[Piece]:
    """Make whole the paragraphs a column break, page break or caption cut in two.

    On a page that marks paragraphs with an indent, a body block printed without one continues
    the paragraph before it. Elsewhere a paragraph that ends without closing punctuation
    (`…共同责` / `任。当前…`) is continued by the next body block. Captions, page furniture and
    ads printed between the halves are passed over and stay where they are in `other` or the
    article's captions.
    """
    bodies = [p for p in pieces if p.role is Role.BODY]
    indented_page = sum(not p.continues for p in bodies) >= 2
    vocabulary: Vocabulary | None = None  # the page's Latin words, for a word broken by a break
    out: list[Piece] = []
    open_at: int | None = None
    # the pieces each mended paragraph is made of, joined once it is whole: joining at every
    # seam copied the paragraph so far each time, quadratic on a page of a thousand short pieces
    parts: dict[int, list[Piece]] = {}
    tail = ""  # the last characters of the open paragraph as joined so far
    passed: list[Piece] = []  # what was printed between the open paragraph and this piece
    for piece in pieces:
        if piece.role in _PASS_OVER:
            out.append(piece)
            passed.append(piece)
            continue
        continuing = piece.role in (Role.BODY, Role.INTERTITLE) and not piece.starts_article
        if piece.role is Role.INTERTITLE and piece.script == "latin" and is_capitals(piece.text):
            continuing = False  # `POLAND! POLAND!` under a paragraph that ends in OCR noise
        if continuing and open_at is not None:
            before = out[open_at]
            if indented_page and piece.role is Role.BODY:
                joins = piece.continues
            else:
                end = without_specks(tail) if before.script == "latin" else tail
                joins = not CLOSED.search(end)
            if joins:
                if before.script == "latin":
                    # `gov-` / (column break) / `ernment`: the same decision as at a line end
                    if vocabulary is None:
                        vocabulary = Vocabulary([p.text for p in pieces if p.script == "latin"])
                    tail = vocabulary.join(tail, piece.text)[-REACH:]
                else:
                    tail = join_lines([tail, piece.text], before.script)[-REACH:]
                joined = parts.setdefault(open_at, [before])
                reason = "no indent" if indented_page else "no closing punctuation"
                seam = (joined[-1].spans[-1], piece.spans[0])
                joined.append(piece)
                decisions.append(Decision("repair", "join", seam, reason))
                for between in passed:
                    if between.role is Role.CAPTION:
                        decisions.append(
                            Decision("repair", "caption lifted", between.spans + seam, "out of the paragraph")
                        )
                passed = []
                continue
        out.append(piece)
        passed = []
        open_at = len(out) - 1 if piece.role is Role.BODY else None
        tail = piece.text[-REACH:]
    for at, joined in parts.items():
        texts = [p.text for p in joined]
        if vocabulary is not None and joined[0].script == "latin":
            text = vocabulary.join_all(texts)
        else:
            text = join_lines(texts, joined[0].script)
        out[at] = joined[0].with_(text=text, spans=tuple(span for p in joined for span in p.spans))
    return out


def _tidy_heading(piece: Piece, decisions: list[Decision]) -> Piece:
    """Close up letter-spaced headings and names; fold runs of spaces to one."""
    if piece.role not in HEADING_ROLES and piece.role is not Role.BYLINE:
        return piece
    text = piece.text
    if LETTER_SPACED.match(text):
        text = SPACES.sub("", text)
        decisions.append(Decision("repair", "close up", piece.spans, piece.text))
    elif piece.role is Role.BYLINE:
        text = SPACED_NAME.sub(lambda m: SPACES.sub("", m.group()), text)
        text = text.lstrip(BYLINE_BULLETS)  # `■本报记者 张三`: the bullet is layout, not credit
    text = SPACES.sub(" ", text).strip()
    return piece if text == piece.text else piece.with_(text=text)
