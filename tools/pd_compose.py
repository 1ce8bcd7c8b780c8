"""Set real People's Daily articles as OCR'd pages, with the gold an editor would extract.

    python tools/pd_compose.py corpus/pd/2019-02.jsonl corpus/pages/A/2019-02 --composer A
    python tools/pd_compose.py corpus/pd/2019-02.jsonl corpus/pages/B/2019-02 --composer B

The articles of one printed page (their file names give date and page) are set together, a few
at a time, so running heads, teaser boxes, photo credits and round-ups appear as the paper
printed them. Gold follows ../shared/eval/GOLD.md: a closing credit in brackets is the byline,
an author's note stays the last paragraph, a dateline is lifted off the first paragraph that
opens with one, names in brackets after it are the byline, a photo's text and credit are a
caption.

Two composers with different habits, so that no artefact of one can be learned:
- A (tuning): blank lines between blocks, one paragraph a line or hard-wrapped columns with
  indents, captions dropped into a paragraph's cut, teaser box and running head on top.
- B (checking only, never tuned on): no blank lines inside an article's text in wrapped
  layouts (indents alone mark paragraphs), other widths, captions between paragraphs or
  before the heading, teaser boxes at the foot, footers, bylines printed under the headline.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SPACES = re.compile(r"[\s\u00a0\u3000]+")
#: a dateline opening a paragraph: 新华社北京1月18日电 / 本报讯 / 本报北京1月5日电 / 据新华社电
DATELINE = re.compile(
    r"^(?:据?(?:本报|新华社|中新社|人民日报|人民网|央视网|新华网|经济日报|光明日报)"
    r"[\u4e00-\u9fff、·]{0,24}?(?:(?:\d{1,2}月)?\d{1,2}日)?电|(?:本报|\S{2,8}报)讯)"
)
DATELINE_TAIL = re.compile(r"[\s\u00a0\u3000]+")
BRACKET_NAMES = re.compile(r"^[（(]([^（）()]{2,60})[）)][\s\u00a0\u3000]*")
#: a closing credit that is the byline: （本报记者张洋、王明峰） / （陈 玲） / （本报记者 徐锦庚整理）
CLOSING_BYLINE = re.compile(
    r"^（(?:(?:综合)?本报(?:驻\S{1,6})?记者[^（）]{2,300}|[\u4e00-\u9fff](?:[ \u00a0]*[\u4e00-\u9fff]){1,3}"
    r"(?:[ \u00a0、]+[\u4e00-\u9fff](?:[ \u00a0]*[\u4e00-\u9fff]){1,3})*)(?<![电讯])）$"
)
#: a photo credit printed on its own line under the picture's text
PHOTO_CREDIT = re.compile(
    r"^(?:(?:本报记者|新华社记者|新华社发|人民日报记者)?[\u4e00-\u9fff \u00a0]{0,16}"
    r"(?:摄|摄影报道|新华社发|供图)(?:（(?:人民视觉|影像中国|新华社发)）)?)$"
)
NAME_POOL = ["张丹峰", "蔡华伟", "沈亦伶", "汪哲平", "郭祥", "黄超", "李泽", "王珏", "宋嵩", "刘静文"]
HALF = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}


@dataclass
class Gold:
    kicker: str | None
    headline: str
    subheadline: str | None
    byline: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    dateline_printed: str | None = None  # the first dateline paragraph's head as printed
    dateline_index: int = -1
    closing: str | None = None  # a closing credit printed as the last line

    def as_json(self) -> dict[str, object]:
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "byline": self.byline,
            "dateline": self.dateline,
            "paragraphs": self.paragraphs,
            "captions": [{"text": t, "credit": c} for t, c in self.captions],
        }


def tidy(text: str | None) -> str | None:
    text = SPACES.sub(" ", text or "").strip()
    return text or None


#: a page's credits, printed under the last article but belonging to the page: furniture
PAGE_CREDIT = re.compile(r"^(?:本版)?(?:版式设计|制图|图片来源|责编|美编|图片编辑|统筹)[:：]")
#: a half-width mark the source itself sets between Chinese characters: `总攻(应收尽收 刻不容缓)`
HALF_IN_CHINESE = re.compile(
    r"(?<=[\u4e00-\u9fff）”》])[(,:;?!]|[),:;?!](?=[\u4e00-\u9fff（“《])|(?<=[\u4e00-\u9fff])\)"
)


def standard(text: str | None) -> str | None:
    """The source's own slips fixed as GB/T 15834 wants: a half-width mark in Chinese text."""
    text = tidy(text)
    if text is None:
        return None
    text = HALF_IN_CHINESE.sub(
        lambda m: {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}[m.group()],
        text,
    )
    return paired_brackets(text)


def paired_brackets(text: str) -> str:
    """A bracket whose partner is full-width is full-width too, whatever stands beside it:
    `勇士！(记者手记）` -> `勇士！（记者手记）`, `（青春派⑧)` -> `（青春派⑧）`."""
    chars = list(text)
    opened: list[int] = []
    for at, char in enumerate(text):
        if char in "(（":
            opened.append(at)
        elif char in ")）" and opened:
            start = opened.pop()
            if "（" in (text[start], char) or "）" in (text[start], char):
                chars[start], chars[at] = "（", "）"
    return "".join(chars)


def gold_of(record: dict[str, object]) -> tuple[Gold, list[str]]:
    """An article of the corpus as GOLD.md wants it extracted, and the page credits under it."""
    paragraphs = [t for t in (standard(p) for p in record["paragraphs"]) if t]  # type: ignore[union-attr]
    credits = [p for p in paragraphs if PAGE_CREDIT.match(p)]
    paragraphs = [p for p in paragraphs if not PAGE_CREDIT.match(p)]
    art = Gold(
        standard(record["kicker"]), standard(record["headline"]) or "", standard(record["subheadline"])
    )  # type: ignore[arg-type]
    while paragraphs and CLOSING_BYLINE.match(paragraphs[-1]):
        art.closing = paragraphs.pop()
        art.byline = art.closing[1:-1]
        break
    # a picture: its text, then a credit line of its own
    kept: list[str] = []
    for text in paragraphs:
        if PHOTO_CREDIT.match(text) and len(text) <= 30 and kept and len(kept[-1]) <= 150:
            art.captions.append((kept.pop(), text))
        else:
            kept.append(text)
    paragraphs = kept
    for index, text in enumerate(paragraphs[:6]):
        found = DATELINE.match(text)
        tail = DATELINE_TAIL.match(text, found.end()) if found else None
        if not found or (tail is None and not text[found.end() :].startswith(("（", "("))):
            continue
        art.dateline = found.group()
        rest = text[found.end() :].lstrip(" ")
        names = BRACKET_NAMES.match(rest)
        if names and not art.byline:
            art.byline = names.group(1).strip()
            rest = rest[names.end() :]
        art.dateline_index = index
        art.dateline_printed = text[: len(text) - len(rest)].rstrip(" ")
        paragraphs[index] = rest.strip()
        break
    art.paragraphs = [p for p in paragraphs if p]
    return art, credits


# -- damage ---------------------------------------------------------------------------------


def half_marks(text: str, rng: random.Random, share: float) -> str:
    """OCR reads many full-width marks as their half-width twins, quotes straight."""
    out = []
    for ch in text:
        if ch in HALF and rng.random() < share:
            out.append(HALF[ch])
        elif ch in "“”" and rng.random() < share:
            out.append('"')
        elif ch in "‘’" and rng.random() < share:
            out.append("'")
        else:
            out.append(ch)
    joined = "".join(out)
    if rng.random() < share:
        joined = joined.replace("……", "...")
    return joined


def wide_digits(text: str) -> str:
    return text.translate({0x30 + i: 0xFF10 + i for i in range(10)})


def letter_spaced(text: str) -> str:
    return " ".join(text.replace(" ", "\u3000"))


@dataclass
class Habits:
    layout: str  # "lines" or "wrapped"
    width: int
    indent: str
    blank_between_paragraphs: bool
    half_share: float
    wide_digits: bool
    spaced_heads: float  # share of short headlines letter-spaced
    kicker_same_line: float
    teaser: bool
    teaser_at_foot: bool
    running_head: bool
    footer: bool
    caption_in_cut: float
    caption_before_heading: float
    column_breaks: float
    byline_under_head: float
    closing_run_in: float


def habits_for(composer: str, rng: random.Random) -> Habits:
    if composer == "A":
        layout = rng.choice(["lines", "wrapped", "wrapped"])
        return Habits(
            layout=layout,
            width=rng.choice([12, 14, 16, 18, 20, 24]),
            indent="\u3000\u3000" if rng.random() < 0.8 else "",
            blank_between_paragraphs=True,
            half_share=rng.choice([0.0, 0.5, 0.9, 1.0]),
            wide_digits=rng.random() < 0.3,
            spaced_heads=rng.choice([0.0, 0.3]),
            kicker_same_line=rng.choice([0.0, 0.3]),
            teaser=rng.random() < 0.4,
            teaser_at_foot=False,
            running_head=rng.random() < 0.7,
            footer=False,
            caption_in_cut=0.7,
            caption_before_heading=0.0,
            column_breaks=rng.choice([0.1, 0.3]),
            byline_under_head=0.0,
            closing_run_in=0.0,
        )
    layout = rng.choice(["lines", "wrapped"])
    return Habits(
        layout=layout,
        width=rng.choice([10, 11, 13, 15, 22, 28, 34]),
        indent=rng.choice(["\u3000\u3000", "  ", "\u3000"]),
        blank_between_paragraphs=layout == "lines" or rng.random() < 0.3,
        half_share=rng.choice([0.2, 0.7, 1.0]),
        wide_digits=rng.random() < 0.5,
        spaced_heads=rng.choice([0.0, 0.5]),
        kicker_same_line=rng.choice([0.0, 0.5]),
        teaser=rng.random() < 0.4,
        teaser_at_foot=rng.random() < 0.5,
        running_head=rng.random() < 0.4,
        footer=rng.random() < 0.6,
        caption_in_cut=0.3,
        caption_before_heading=0.3,
        column_breaks=rng.choice([0.05, 0.2, 0.4]),
        byline_under_head=0.5,
        closing_run_in=0.3,
    )


def cut_point(text: str, rng: random.Random, after_stop: bool) -> int | None:
    """Where a column break cuts a paragraph: mid-sentence, or (only where indents show the
    paragraph goes on) right after a full stop."""
    if len(text) < 30:
        return None
    if after_stop:
        stops = [m.end() for m in re.finditer("。", text) if 10 < m.end() < len(text) - 10]
        if stops:
            return rng.choice(stops)
    for _ in range(20):
        at = rng.randrange(10, len(text) - 10)
        if text[at - 1] not in "，。；：、“”（）！？《》…—" and text[at] not in "，。；：、“”（）！？《》…—":
            return at
    return None


def compose(
    records: list[dict[str, object]], composer: str, rng: random.Random, teasers: list[str]
) -> tuple[str, dict[str, object]]:
    """One page: its text as OCR gives it and its gold."""
    habits = habits_for(composer, rng)
    damage_share = habits.half_share

    def damage(text: str) -> str:
        text = half_marks(text, rng, damage_share)
        return wide_digits(text) if habits.wide_digits else text

    def wrap(text: str, indent: bool) -> list[str]:
        if habits.layout == "lines":
            return [text]
        body = (habits.indent if indent else "") + text
        lines, first = [], True
        while body:
            take = habits.width + (len(habits.indent) if first and indent else 0)
            lines.append(body[:take])
            body = body[take:]
            first = False
        return lines

    blocks: list[list[str]] = []  # each a list of lines; blocks are set apart by blank lines
    other: list[dict[str, str]] = []
    arts, page_credits = [], []
    for record in records:
        art, credits = gold_of(record)
        page_credits += credits
        if art.paragraphs or art.captions:  # a banner with nothing under it is no article
            arts.append(art)
    date, page = str(records[0]["date"]), int(records[0]["page"])  # type: ignore[call-overload]
    if habits.running_head:
        month, day = int(date[4:6]), int(date[6:])
        head = rng.choice(
            [
                f"{month}月{day}日  星期{rng.choice('一二三四五六日')}  {page:02d}",
                f"人民日报  {date[:4]}年{month}月{day}日",
                f"{page:02d}  要闻",
                f"{rng.choice(['要闻', '综合', '国际', '经济', '社会', '评论'])}  {page}",
            ]
        )
        blocks.append([head])
        other.append({"kind": "furniture", "text": head})
    teaser_block: list[str] = []
    if habits.teaser and teasers:
        label = rng.choice(["导读", "本版导读", "今日导读", "导 读"])
        items = rng.sample(teasers, min(len(teasers), rng.randint(2, 4)))
        marks = rng.choice([("（", "）"), ("(", ")")])
        teaser_block = [label] + [f"{t}{marks[0]}第{rng.randint(2, 20)}版{marks[1]}" for t in items]
        other.append({"kind": "teaser", "text": "\n".join(teaser_block)})
        if not habits.teaser_at_foot:
            blocks.append(teaser_block)
    for art in arts:
        pending_captions = list(art.captions)
        if pending_captions and rng.random() < habits.caption_before_heading:
            text, credit = pending_captions.pop(0)
            blocks.append([damage(text) + (" " + credit if credit else "")])
        head_lines: list[str] = []
        headline = damage(art.headline)
        if len(art.headline) <= 12 and rng.random() < habits.spaced_heads:
            headline = letter_spaced(headline)
        if art.kicker and rng.random() < habits.kicker_same_line:
            head_lines.append(damage(art.kicker) + " " + headline)
        else:
            if art.kicker:
                head_lines.append(damage(art.kicker))
            head_lines.append(headline)
        if art.subheadline:
            head_lines.append(damage(art.subheadline))
        if composer == "B" and rng.random() < 0.5:
            blocks.append(head_lines)  # a heading set as one block
        else:
            blocks.extend([line] for line in head_lines)
        closing = art.closing
        if closing and art.byline and rng.random() < habits.byline_under_head and not art.dateline:
            blocks.append([art.byline])  # the credit printed as a byline under the heading
            closing = None
        text_blocks: list[list[str]] = []
        for index, text in enumerate(art.paragraphs):
            if index == art.dateline_index and art.dateline_printed:
                text = art.dateline_printed + rng.choice([" ", "  ", "\u3000"]) + text
            text = damage(text)
            last = index == len(art.paragraphs) - 1
            if last and closing and rng.random() < habits.closing_run_in:
                text += damage(closing)
                closing = None
            breaking = rng.random() < habits.column_breaks
            captioning = pending_captions and rng.random() < habits.caption_in_cut
            at = (
                cut_point(text, rng, after_stop=habits.layout == "wrapped" and bool(habits.indent))
                if breaking or captioning
                else None
            )
            if at is None:
                if captioning and pending_captions and rng.random() < 0.5:
                    cap, credit = pending_captions.pop(0)
                    text_blocks.append([damage(cap) + (" " + credit if credit else "")])
                text_blocks.append(wrap(text, indent=True))
                continue
            text_blocks.append(wrap(text[:at], indent=True))
            if captioning and pending_captions:
                cap, credit = pending_captions.pop(0)
                if credit and rng.random() < 0.3:
                    text_blocks.append([damage(cap), credit])
                else:
                    text_blocks.append([damage(cap) + (" " + credit if credit else "")])
            text_blocks.append(wrap(text[at:], indent=False))
        for cap, credit in pending_captions:
            text_blocks.append([damage(cap) + (" " + credit if credit else "")])
        if closing:
            text_blocks.append([damage(closing)])
        if habits.blank_between_paragraphs:
            blocks.extend(text_blocks)
        else:
            # indents alone mark the paragraphs; captions and cuts still stand apart
            merged: list[str] = []
            for lines in text_blocks:
                if merged and lines and lines[0].startswith(habits.indent) and habits.indent:
                    merged.extend(lines)
                else:
                    if merged:
                        blocks.append(merged)
                    merged = list(lines)
            if merged:
                blocks.append(merged)
    for credit in page_credits:
        blocks.append([damage(credit)])
        other.append({"kind": "furniture", "text": credit})
    if habits.footer:
        names = " ".join(rng.sample(NAME_POOL, 2))
        foot = rng.choice([f"本版责编：{names}", f"版式设计：{rng.choice(NAME_POOL)}", f"责编：{names}"])
        blocks.append([foot])
        other.append({"kind": "furniture", "text": foot})
    if teaser_block and habits.teaser_at_foot:
        blocks.append(teaser_block)
    text = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    return text, {"articles": [a.as_json() for a in arts], "other": other}


def pages(
    records: list[dict[str, object]], composer: str, seed: int
) -> list[tuple[str, str, dict[str, object]]]:
    """Every printed page cut into composed pages of one to five of its articles, in order."""
    rng = random.Random(f"{composer}-{seed}")
    by_page: dict[tuple[str, int], list[dict[str, object]]] = defaultdict(list)
    heads_of_day: dict[str, list[str]] = defaultdict(list)
    for record in records:
        by_page[(str(record["date"]), int(record["page"]))].append(record)  # type: ignore[call-overload]
        heads_of_day[str(record["date"])].append(tidy(record["headline"]) or "")  # type: ignore[arg-type]
    out = []
    for (date, page), group in sorted(by_page.items()):
        group.sort(key=lambda r: int(r["number"]))  # type: ignore[call-overload]
        start = 0
        while start < len(group):
            size = rng.choice([1, 2, 2, 3, 3, 4, 5])
            chunk = group[start : start + size]
            others = [
                h for h in heads_of_day[date] if len(h) <= 24 and h not in {str(r["headline"]) for r in chunk}
            ]
            text, gold = compose(chunk, composer, rng, others if start == 0 else [])
            out.append((f"{date}-{page:02d}-{start + 1:02d}", text, gold))
            start += size
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("articles", type=Path, help="a month of the corpus (corpus/pd/YYYY-MM.jsonl)")
    parser.add_argument("out", type=Path, help="folder for NAME.txt + NAME.gold.json")
    parser.add_argument("--composer", choices=["A", "B"], default="A")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.articles.read_text("utf-8").splitlines()]
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in [*args.out.glob("*.txt"), *args.out.glob("*.gold.json")]:
        stale.unlink()  # pages of an earlier run may have other names
    made = pages(records, args.composer, args.seed)
    if args.limit:
        made = made[: args.limit]
    for name, text, gold in made:
        (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
        (args.out / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    count = sum(len(g["articles"]) for _, _, g in made)  # type: ignore[arg-type]
    print(f"{args.out}: {len(made)} pages, {count} articles")


if __name__ == "__main__":
    main()
