"""Compose column pages as an OCR engine gives them, with boxes, and the gold an editor would
extract from them (../shared/eval/GOLD.md conventions), for papercut's layout stage.

    python tools/compose_columns.py OUT --pages 60                      # our own articles
    python tools/compose_columns.py OUT --pages 60 --corpus corpus/pd/2020-01.jsonl
    python tools/compose_columns.py OUT --format alto                   # ALTO v4 instead

Each page sets a few articles side by side and one under another in 2-4 columns: kicker,
headline (often on two or three lines) and deck in large type across the article's columns,
the text in columns of 10-18 characters with paragraphs indented two characters, a running
head on top of some pages. Every line is written with its box, in the order an engine lists
them: top to bottom across the whole page, so the columns are interleaved line by line. On
some PaddleOCR pages the engine's habit of running two lines that share a baseline into one
box across the gutter is copied too. Output: OUT/NAME.json (PaddleOCR: 3.x `save_to_json`, 2.x
lists or `{"ocr_results": ...}`) or OUT/NAME.xml (ALTO), beside OUT/NAME.gold.json.

The built-in articles are our own text. Articles from a corpus (`tools/pd_corpus.py` output,
JSON lines of kicker/headline/subheadline/paragraphs) are not ours: keep such pages out of git.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

#: a dateline opening a paragraph: 新华社北京1月18日电 / 本报讯 / 本报北京1月5日电
DATELINE = re.compile(
    r"^(?:据?(?:本报|新华社|中新社|人民日报|人民网|经济日报|光明日报)"
    r"[\u4e00-\u9fff、·]{0,24}?(?:\d{1,2}月)?\d{1,2}日?电|(?:本报|\S{2,8}报)讯)"
)
BRACKET_NAMES = re.compile(r"^[（(]([^（）()]{2,60})[）)][\s\u00a0\u3000]*")
CLOSING_BYLINE = re.compile(
    r"^（(?:本报记者[^（）]{2,40}|[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*)）$"
)
PHOTO = re.compile(r"(?:摄|供图|新华社发)(?:（[^（）]{0,12}）)?$")
SPACES = re.compile(r"[\s\u00a0\u3000]+")

#: our own articles, written for these pages
OWN = [
    {
        "kicker": "老旧小区改造提速",
        "headline": "加装电梯让老人出行不再难",
        "subheadline": None,
        "paragraphs": [
            "本报讯 （记者林晓）今年以来，城东街道共为二十三个老旧小区加装电梯八十一部，三千多户居民告别了爬楼的日子。",
            "家住五楼的王阿姨今年七十六岁，腿脚不便，过去下一趟楼要歇好几回。电梯开通那天，她特意下楼走了一圈。",
            "街道负责人介绍，加装电梯最难的是协调低层住户的意见。工作人员挨家挨户上门，把设计图纸和费用分摊方案讲清楚，最终取得了全体住户的同意。",
            "下一步，街道将继续推进适老化改造，在楼道加装扶手，在小区增设休息座椅。",
        ],
    },
    {
        "kicker": None,
        "headline": "山区学校用上了新图书馆",
        "subheadline": "三千册新书送到孩子们手中",
        "paragraphs": [
            "新学期开学第一天，青溪镇中心小学的孩子们走进了崭新的图书馆。明亮的阅览室里，三千多册新书整齐地摆在书架上。",
            "这座图书馆由县教育部门和社会爱心人士共同出资建设，配备了电子借阅系统，学生刷卡就能借书。",
            "五年级学生小芳说，以前学校只有一个小书柜，很多书都翻旧了。现在每周都能借到新书，她最喜欢的是科普读物。",
            "校长告诉记者，学校将开设阅读课，每天安排半小时让学生自由阅读，还将组织读书分享会。",
            "（本报记者 陈远）",
        ],
    },
    {
        "kicker": "春耕时节走田间",
        "headline": "智能农机开进千亩良田",
        "subheadline": None,
        "paragraphs": [
            "眼下正值春耕，在河湾村的千亩良田里，几台无人驾驶插秧机来回穿梭，一行行秧苗整齐地插进水田。",
            "合作社负责人算了一笔账：过去插一亩秧要两个人忙大半天，现在一台机器一天能插四十多亩，人工成本降了一半以上。",
            "县农业农村局今年安排专项资金，对购买智能农机的合作社和种粮大户给予补贴，并组织技术人员下田指导。",
            "目前，全县春播进度已过六成，预计本月底前全面完成。",
        ],
    },
    {
        "kicker": None,
        "headline": "城市绿道串起十二座公园",
        "subheadline": "全长四十六公里 年底全线贯通",
        "paragraphs": [
            "本报讯 城市绿道二期工程日前开工。建成后，绿道将串起沿线十二座公园和四个湿地，全长四十六公里。",
            "绿道沿河而建，设有步行道、骑行道和观景平台，每隔两公里设置一处驿站，提供饮水、休息和自行车租赁服务。",
            "市园林部门表示，工程施工将尽量保留原有树木，新栽植的苗木以本地树种为主。",
        ],
    },
    {
        "kicker": "守护一方平安",
        "headline": "社区网格员的一天",
        "subheadline": None,
        "paragraphs": [
            "早上七点半，网格员李红已经走在巡查的路上。她负责的网格有六栋楼、四百多户居民，哪家有独居老人，哪家有困难学生，她心里都有一本账。",
            "上午，她帮一位老人预约了上门体检；中午，她调解了一起楼上楼下的漏水纠纷；下午，她又挨家挨户提醒居民注意用电安全。",
            "“网格虽小，连着千家万户。”李红说，把小事办好，居民心里就踏实。",
            "据了解，全区共有网格员一千二百多名，今年以来协助解决群众反映的问题四千余件。",
            "（本报记者 周明 通讯员 吴静）",
        ],
    },
    {
        "kicker": None,
        "headline": "夜市经济点亮老街",
        "subheadline": None,
        "paragraphs": [
            "华灯初上，古城老街热闹起来。小吃摊、手工艺品摊前挤满了游客，街头艺人的表演引来阵阵掌声。",
            "今年五月，老街夜市重新开放，统一规划了二百个摊位，优先安排本地特色小吃和非遗手工艺品。",
            "市场监管部门在夜市设立了服务站，公布投诉电话，确保食品安全和明码标价。",
            "开市以来，夜市日均客流量超过两万人次，带动周边餐饮、住宿营业额明显增长。",
        ],
    },
    {
        "kicker": "科技创新在身边",
        "headline": "一家小企业的专利之路",
        "subheadline": "十年间拿下四十项发明专利",
        "paragraphs": [
            "在高新区一栋不起眼的厂房里，一家只有六十名员工的企业，十年间拿下了四十项发明专利。",
            "企业创始人原是一名技术工人。他发现生产线上的一个零件容易磨损，便带着几名同事反复试验，改进后的零件寿命提高了三倍。",
            "尝到甜头后，企业每年拿出销售收入的百分之八投入研发，还与两所高校共建了实验室。",
            "如今，企业的产品已经出口到二十多个国家和地区。",
        ],
    },
    {
        "kicker": None,
        "headline": "博物馆里过周末",
        "subheadline": None,
        "paragraphs": [
            "周末的市博物馆人气很旺。家长带着孩子在展厅里观看青铜器，讲解员的讲述让一件件文物“活”了起来。",
            "今年博物馆推出了二十多场社教活动，包括拓印体验、文物修复课堂和夜游博物馆，吸引了大批青少年参加。",
            "馆长表示，博物馆将继续延长开放时间，让更多市民走进博物馆，了解本地的历史文化。",
        ],
    },
    {
        "kicker": "一线见闻",
        "headline": "高速公路上的护路人",
        "subheadline": None,
        "paragraphs": [
            "凌晨四点，养护工人老张和同事们已经开始清扫路面。他们要在车流高峰到来之前，完成十公里路段的巡查和清扫。",
            "老张在这条高速公路上干了十八年，见证了路面从两车道拓宽到六车道。他说，路修好了，养好更重要。",
            "去年冬天的一场大雪，老张和同事们连续奋战三十多个小时，撒盐除冰，保障了道路畅通。",
            "（本报记者 刘洋）",
        ],
    },
    {
        "kicker": None,
        "headline": "小小菜篮子 连着大民生",
        "subheadline": "蔬菜基地直供社区门店",
        "paragraphs": [
            "本报讯 （记者赵宁）早上六点，一车车新鲜蔬菜从城郊基地出发，两个小时后就摆上了社区门店的货架。",
            "今年以来，全市新建社区直供门店一百二十家，蔬菜从田间到餐桌的环节减少了两个，价格比农贸市场低一到两成。",
            "市商务部门表示，将继续扩大直供门店覆盖面，并建立蔬菜价格监测机制，保障市场供应稳定。",
        ],
    },
]


@dataclass
class Article:
    kicker: str | None
    headline: str
    subheadline: str | None
    byline: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)  # as gold
    printed: list[str] = field(default_factory=list)  # as the page prints them

    def gold(self) -> dict[str, object]:
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "byline": self.byline,
            "dateline": self.dateline,
            "paragraphs": self.paragraphs,
            "captions": [],
        }


def tidy(text: str | None) -> str | None:
    text = SPACES.sub(" ", text or "").strip()
    return text or None


def article_of(record: dict[str, object]) -> Article | None:
    """A corpus record as GOLD.md wants it extracted, or None for one these pages skip:
    pictures and round-ups, whose captions and inner datelines are questions for `classify`,
    not for the layout these pages test."""
    paragraphs = [t for t in (tidy(str(p)) for p in record.get("paragraphs") or []) if t]  # type: ignore[union-attr]
    headline = tidy(record.get("headline"))  # type: ignore[arg-type]
    if not headline or not paragraphs or any(PHOTO.search(p) and len(p) < 40 for p in paragraphs):
        return None
    if any(DATELINE.match(p) for p in paragraphs[1:]):
        return None  # a round-up of dispatches (速览): how it splits is no question of layout
    art = Article(tidy(record.get("kicker")), headline, tidy(record.get("subheadline")))  # type: ignore[arg-type]
    printed = list(paragraphs)
    if CLOSING_BYLINE.match(paragraphs[-1]):
        art.byline = paragraphs.pop()[1:-1].strip()
    first = paragraphs[0] if paragraphs else ""
    found = DATELINE.match(first)
    if found:
        rest = first[found.end() :].lstrip(" ")
        if rest.startswith(("（", "(")) or first[found.end() : found.end() + 1] == " ":
            art.dateline = found.group()
            names = BRACKET_NAMES.match(rest)
            if names and not art.byline:
                art.byline = names.group(1).strip()
                rest = rest[names.end() :]
            paragraphs[0] = rest.strip()
    art.paragraphs = [p for p in paragraphs if p]
    art.printed = printed
    return art if art.paragraphs else None


# -- setting type ------------------------------------------------------------------------------


@dataclass
class Line:
    text: str
    x: float
    y: float
    size: float  # the letters' height and width, in pixels
    width: float


def ems(text: str) -> float:
    """How wide a text is set, in ems: ideographs and full-width marks one, Latin letters,
    digits and spaces half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def wrap(text: str, per_line: int, indent: int) -> list[tuple[str, int]]:
    """A paragraph cut into lines `per_line` ems wide, the first indented; a line never starts
    with a closing mark (it stays at the end of the line before, as printers do)."""
    out: list[tuple[str, int]] = []
    rest = text
    room: float = per_line - indent
    lead = indent
    while rest:
        take, width = 0, 0.0
        while take < len(rest) and width + ems(rest[take]) <= room:
            width += ems(rest[take])
            take += 1
        if take < len(rest) and rest[take] in "，。、；：？！”’）》":
            take += 1
        out.append((rest[:take], lead))
        rest = rest[take:]
        room, lead = per_line, 0
    return out


def set_heading(text: str, size: float, width: float) -> list[tuple[str, float]]:
    """A heading across `width`: one line, or two or three balanced lines if it is longer."""
    per = max(int(width // size), 4)
    count = -(-len(text) // per)
    if count <= 1:
        return [(text, size * ems(text))]
    cut = -(-len(text) // count)
    parts = [text[i : i + cut].strip() for i in range(0, len(text), cut)]
    return [(p, size * ems(p)) for p in parts if p]


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    gold: list[dict[str, object]] = field(default_factory=list)
    other: list[dict[str, str]] = field(default_factory=list)
    width: float = 0
    height: float = 0


def compose(articles: list[Article], rng: random.Random) -> Page:
    em = rng.choice([20, 22, 24, 26, 28])
    per_line = rng.choice([10, 11, 12, 13, 14, 15, 16, 18])
    gutter = em * rng.choice([1.0, 1.2, 1.5, 2.0])
    pitch = em * rng.choice([1.25, 1.35, 1.5, 1.6])
    columns = rng.choice([2, 3, 3, 4, 4])
    col_width = per_line * em
    margin = 2 * em
    page = Page(width=2 * margin + columns * col_width + (columns - 1) * gutter)
    y = margin
    if rng.random() < 0.5:
        head = rng.choice(["新城日报", "江南晚报", "山海时报"])
        date = f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期{rng.choice('一二三四五六日')}"
        page.lines.append(Line(head, margin, y, em, em * ems(head)))
        page.lines.append(Line(date, page.width - margin - em * ems(date), y, em, em * ems(date)))
        page.other += [{"kind": "furniture", "text": head}, {"kind": "furniture", "text": date}]
        y += pitch + 1.5 * em
    queue = list(articles)
    while queue:
        # a row: articles side by side, each across some columns
        spans: list[int] = []
        left = columns
        while queue and left:
            span = min(left, rng.choice([1, 2, 2, 3]) if left > 1 else 1)
            if len(queue) == 1 + len(spans):
                span = left
            spans.append(span)
            left -= span
        if left:
            spans[-1] += left
        bottom = y
        column = 0
        for span in spans:
            art = queue.pop(0)
            x = margin + column * (col_width + gutter)
            width = span * col_width + (span - 1) * gutter
            end = set_article(page, art, x, y, width, span, col_width, gutter, em, pitch, per_line, rng)
            bottom = max(bottom, end)
            page.gold.append(art.gold())
            column += span
        y = bottom + em * rng.choice([1.6, 2.0, 2.5])
    page.height = y + margin
    return page


def set_article(
    page: Page,
    art: Article,
    x: float,
    y: float,
    width: float,
    span: int,
    col_width: float,
    gutter: float,
    em: float,
    pitch: float,
    per_line: int,
    rng: random.Random,
) -> float:
    """Set one article from (x, y); return where it ends."""
    head = em * rng.choice([2.0, 2.3, 2.6])
    if rng.random() < 0.25:
        head = em * rng.choice([2.8, 3.2])  # a display headline, set on two or three lines
    head = min(head, width / 4)  # a headline is never set wider than its columns
    # decks and kickers from a size up from the text (a quarter) to three quarters of the headline
    deck = max(1.25 * em, head * rng.choice([0.45, 0.55, 0.65, 0.75]))
    for text, size in ((art.kicker, deck), (art.headline, head), (art.subheadline, deck)):
        if not text:
            continue
        for part, w in set_heading(text, size, width):
            page.lines.append(Line(part, x + (width - w) / 2, y, size, w))
            y += size * 1.2
        y += em * 0.2
    y += em * rng.choice([0.5, 0.8, 1.0])
    body: list[tuple[str, int]] = []
    for text in art.printed:
        body += wrap(text, per_line, 2)
    per_column = -(-len(body) // span)
    for index, (text, lead) in enumerate(body):
        col, row = divmod(index, per_column)
        lx = x + col * (col_width + gutter) + lead * em
        # a closing mark kept at the end of a full line is set half wide, hanging in the margin
        wide = min(ems(text) + lead, per_line + 0.5) - lead
        page.lines.append(Line(text, lx, y + row * pitch, em, em * wide))
    return y + per_column * pitch


# -- engines' output ---------------------------------------------------------------------------


def engine_order(lines: list[Line], em: float) -> list[Line]:
    """Top to bottom across the page, as engines list lines; on one baseline left to right."""
    return sorted(lines, key=lambda line: (round(line.y / (em / 2)), line.x))


def merged(lines: list[Line], rng: random.Random) -> list[Line]:
    """PaddleOCR's habit: two body lines on one baseline with a narrow gutter between them come
    out as one box (headings, set apart by more white space, are left alone here)."""
    body = min(line.size for line in lines)
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and abs(last.y - line.y) < 1
            and last.size == line.size == body
            and 0 < line.x - (last.x + last.width) <= 2.2 * line.size
            and rng.random() < 0.8
        ):
            out[-1] = Line(last.text + line.text, last.x, last.y, last.size, line.x + line.width - last.x)
            continue
        out.append(line)
    return out


def paddle(lines: list[Line], style: str, rng: random.Random, width: float, height: float) -> object:
    polys = []
    for line in lines:
        jitter = [rng.uniform(-1.5, 1.5) for _ in range(4)]
        x0, y0 = round(line.x + jitter[0]), round(line.y + jitter[1])
        x1, y1 = round(line.x + line.width + jitter[2]), round(line.y + line.size + jitter[3])
        polys.append([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
    texts = [line.text for line in lines]
    if style == "v3":
        return {
            "input_path": "page.png",
            "page_index": None,
            "rec_texts": texts,
            "rec_scores": [round(rng.uniform(0.9, 1.0), 4) for _ in texts],
            "rec_polys": polys,
            "rec_boxes": [[p[0][0], p[0][1], p[2][0], p[2][1]] for p in polys],
        }
    if style == "v2":
        return [
            [[poly, [text, round(rng.uniform(0.9, 1.0), 4)]] for poly, text in zip(polys, texts, strict=True)]
        ]
    return {
        "ocr_results": [{"text": t, "box": p} for t, p in zip(texts, polys, strict=True)],
        "dimensions": {"height": round(height), "width": round(width)},
    }


def alto(lines: list[Line], em: float, width: float, height: float) -> str:
    """ALTO v4: a TextBlock a line in the engine's order, type sizes as TextStyles (points)."""
    sizes = sorted({line.size for line in lines})
    styles = "".join(
        f'<TextStyle ID="FS{i}" FONTFAMILY="SimSun" FONTSIZE="{size * 0.75:g}"/>'
        for i, size in enumerate(sizes)
    )
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
        "<Description><MeasurementUnit>pixel</MeasurementUnit></Description>"
        f"<Styles>{styles}</Styles>"
        f'<Layout><Page ID="P1" WIDTH="{round(width)}" HEIGHT="{round(height)}" PHYSICAL_IMG_NR="1">'
        f'<PrintSpace HPOS="0" VPOS="0" WIDTH="{round(width)}" HEIGHT="{round(height)}">'
    ]
    for number, line in enumerate(lines):
        style = f"FS{sizes.index(line.size)}"
        x, y, w, h = round(line.x), round(line.y), round(line.width), round(line.size)
        words = []
        step = line.width / max(ems(line.text), 0.5)
        for start in range(0, len(line.text), 4):  # Chinese engines give short runs, no SP
            chunk = line.text[start : start + 4]
            words.append(
                f'<String CONTENT={quoteattr(chunk)} HPOS="{round(line.x + ems(line.text[:start]) * step)}" '
                f'VPOS="{y}" WIDTH="{round(ems(chunk) * step)}" HEIGHT="{h}"/>'
            )
        out.append(
            f'<TextBlock ID="B{number}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}" STYLEREFS="{style}">'
            f'<TextLine ID="L{number}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}">{"".join(words)}'
            "</TextLine></TextBlock>"
        )
    out.append("</PrintSpace></Page></Layout></alto>\n")
    return "".join(out)


def load(corpus: str | None) -> list[Article]:
    records = OWN
    if corpus:
        with open(corpus, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
    out = []
    for record in records:
        art = article_of(record)
        if art is not None and sum(len(p) for p in art.printed) <= 900 and len(art.printed) <= 10:
            out.append(art)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--corpus", help="JSON lines of articles (kicker, headline, subheadline, paragraphs)")
    ap.add_argument("--format", choices=["paddleocr", "alto"], default="paddleocr")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--prefix", default="columns")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = load(args.corpus)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number in range(args.pages):
        chosen = rng.sample(pool, rng.randint(2, 5))
        page = compose(chosen, rng)
        em = min(line.size for line in page.lines)
        lines = engine_order(page.lines, em)
        name = f"{args.prefix}-{number:03d}"
        if args.format == "alto":
            (out / f"{name}.xml").write_text(alto(lines, em, page.width, page.height), encoding="utf-8")
        else:
            if rng.random() < 0.35:
                lines = merged(lines, rng)
            style = rng.choice(["v3", "v2", "results"])
            data = paddle(lines, style, rng, page.width, page.height)
            (out / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        gold = {"articles": page.gold, "other": page.other}
        (out / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
