"""Compiled patterns, kept from one run to the next.

`regex` compiles a pattern in Python, and papercut's patterns (the Chinese credit and byline
patterns above all) cost about 60 ms to compile, more than the rest of a one-page run. A
compiled `regex` pattern pickles as the code the compiler made (its `copyreg` reduction), and is
rebuilt from that code without compiling again (under 1 ms for all of them), so the first run
keeps that code in a cache file and later runs load it. The file holds plain data (`marshal`:
strings, numbers, lists), never anything that runs; it is named for the `regex` and Python
versions that made it, a pattern whose text changed is simply compiled again, and a cache that
cannot be read or written is passed over.

The few patterns run with the standard library's `re` (a plain character class, which `re`
scans faster than `regex`) are kept the same way: `re` too compiles in Python (about 8 M
instructions for papercut's six, at every start), and `_sre` builds a pattern from the code
`re`'s compiler made. That code is `re`'s own, so the file is also named for its `_sre.MAGIC`.

    PAPERCUT_CACHE_DIR=/some/dir   where the file goes (default: $XDG_CACHE_HOME/papercut,
                                   else ~/.cache/papercut)
    PAPERCUT_CACHE_DIR=            (empty) no cache: compile every time

Every pattern also matches the page in traditional characters: each simplified character a
pattern is written with stands for its traditional forms too (`报` for `報`, `记者` for `記者`), so
one set of rules reads a 1950 or a Hong Kong page as it reads a page of today, and what a pattern
finds is the text as printed.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: no stubs
import atexit
import contextlib
import copyreg
import marshal
import os
import re
import sys
import zlib
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

import regex

Key = tuple[str, int]

#: each simplified character papercut's rules are written with, and its traditional forms (from
#: OpenCC's s2t, s2hk and s2tw; tests/test_patterns.py checks the table against them)
TRADITIONAL_FORMS = (
    "万萬 与與 专專 丛叢 东東 严嚴 临臨 为為爲 举舉 么麼 乐樂 乔喬 习習 乡鄉 "
    "书書 于於 仪儀 们們 价價 众眾衆 优優 会會 传傳 体體 余餘 党黨 兰蘭 "
    "关關 兹茲 内內 写寫 农農 冯馮 划劃 刘劉 创創 制製 剧劇 动動 区區 医醫 "
    "华華 单單 卖賣 卢盧 卫衛衞 厂廠 厅廳 历歷曆 县縣 参參 发發 台臺 叶葉 "
    "号號 吁籲 吕呂 吗嗎 吴吳 员員 咨諮 园園 国國 图圖 场場 坛壇 声聲 "
    "处處 娄婁 孙孫 学學 宁寧 宝寶 实實 宫宮 对對 导導 层層 岗崗 岳嶽 "
    "巩鞏 师師 布佈 干幹 广廣 庄莊 应應 庞龐 开開 张張 强強 当當 录錄 态態 "
    "总總 户戶 执執 扫掃 护護 报報 据據 摄攝 数數 时時 术術 机機 条條 来來 "
    "杨楊 标標 栏欄 栾欒 检檢 欢歡 欧歐 毕畢 汤湯 济濟 涂塗 温溫 游遊 "
    "满滿 点點 热熱 独獨 现現 电電 画畫 监監 码碼 确確 礼禮 秘祕 窦竇 "
    "笔筆 系係繫 筹籌 简簡 紧緊 约約 纪紀 线線 练練 组組 绍紹 经經 结結 统統 续續 "
    "维維 综綜 缆纜 编編 缪繆 网網 罗羅 聂聶 职職 联聯 脑腦 艺藝 节節 "
    "芦蘆 苏蘇 范範 荣榮 获獲 蒋蔣 蓝藍 装裝 见見 观觀 视視 觉覺 计計 订訂 "
    "议議 讯訊 记記 讲講 许許 论論 设設 访訪 评評 译譯 诗詩 话話 询詢 "
    "语語 说說説 诸諸 读讀 调調 谈談 谢謝 谭譚 贝貝 负負 财財 责責 购購 "
    "贴貼 费費 贺賀 贾賈 资資 赵趙 车車 转轉 载載 辑輯 辞辭 边邊 运運 "
    "进進 连連 迟遲 选選 递遞 邓鄧 邬鄔 邮郵 邹鄒 郑鄭 采採 钟鍾 钱錢 "
    "链鏈 销銷 锋鋒 锦錦 镇鎮 长長 闫閆 问問 间間 闵閔 闻聞 阅閱閲 队隊 "
    "阳陽 际際 陆陸 陈陳 难難 韦韋 韩韓 页頁 项項 顾顧 领領 题題 颜顏 "
    "饶饒 馆館 马馬 驻駐 骆駱 鲁魯 鲍鮑 麦麥 黄黃 齐齊 龙龍 龚龔 "
)
TRADITIONAL = {pair[0]: pair[1:] for pair in TRADITIONAL_FORMS.split()}

_compiled: dict[Key, regex.Pattern[str]] | None = None
#: a `re` pattern's text -> what `_sre.compile` builds it from (flags, code, groups, their names)
_plain: dict[str, tuple[Any, ...]] = {}
_changed = False
#: a compiled pattern -> (how `regex` rebuilds it, its code): what pickling one uses
_reduce: Any = copyreg.dispatch_table[regex.Pattern]


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - the regex name
    """`regex.compile`, served from the cache when the same pattern was compiled before."""
    global _changed
    compiled = _loaded()
    key = (pattern, int(flags))  # a RegexFlag is an int that marshal cannot write
    found = compiled.get(key)
    if found is None:
        found = compiled[key] = regex.compile(either_script(pattern), flags)
        _changed = True
    return found


def compile_plain(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)` (no flags), served from the cache as `compile` is. The text is
    taken as written: a `re` pattern is not widened to traditional characters."""
    global _changed
    _loaded()
    made = _plain.get(pattern)
    try:
        if made is None:
            parsed = _parser.parse(pattern, 0)
            names = [None] * parsed.state.groups
            for name, index in parsed.state.groupdict.items():
                names[index] = name
            made = (
                parsed.state.flags,
                [int(op) for op in _compiler._code(parsed, 0)],  # its opcodes are int subclasses
                parsed.state.groups - 1,
                parsed.state.groupdict,
                tuple(names),
            )
            _plain[pattern] = made
            _changed = True
        return _sre.compile(pattern, *made)  # type: ignore[no-any-return]
    except Exception:  # `re`'s insides are no API: a Python that changed them compiles as usual
        return re.compile(pattern)


def _loaded() -> dict[Key, regex.Pattern[str]]:
    """The cache, read on first use (and written at exit if this run compiled anything)."""
    global _compiled
    if _compiled is None:
        _compiled = _load()
        atexit.register(save)
    return _compiled


def either_script(pattern: str) -> str:
    """The pattern with each simplified character also matching its traditional forms.

    >>> either_script(r"本报讯|[报网]$")
    '本[报報][讯訊]|[报報网網]$'
    """
    out: list[str] = []
    in_set = escaped = False
    set_start = 0
    for index, char in enumerate(pattern):
        forms = TRADITIONAL.get(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif forms:
            out.append(char + forms if in_set else f"[{char}{forms}]")
            continue
        elif char == "[" and not in_set:
            in_set, set_start = True, index
        elif char == "]" and in_set and pattern[set_start + 1 : index] not in ("", "^"):
            in_set = False
        out.append(char)
    return "".join(out)


def data_rows(name: str) -> list[list[str]]:
    """The rows of a data file shipped in the package (`seams.txt`, `data/en-pairs.tsv`), its
    fields split at tabs, blank lines and `#` comments left out."""
    return [row.split("\t") for row in data_text(name).splitlines() if row and not row.startswith("#")]


def data_text(name: str) -> str:
    """A data file shipped in the package, whole. Read by path: importing pathlib or
    importlib.resources would cost a one-page run more than the file does."""
    path = os.path.join(os.path.dirname(__file__), *name.split("/"))
    with open(path, encoding="utf-8") as file:
        return file.read()


def cache_file() -> str | None:
    configured = os.environ.get("PAPERCUT_CACHE_DIR")
    if configured == "":
        return None
    if configured is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        configured = os.path.join(base, "papercut")
    # the compiled code also depends on the table of traditional forms
    forms = zlib.crc32(TRADITIONAL_FORMS.encode())
    version = (
        f"regex{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}-sre{_sre.MAGIC}-{forms:08x}"
    )
    return os.path.join(configured, f"patterns-{version}.marshal")


def _load() -> dict[Key, regex.Pattern[str]]:
    path = cache_file()
    if path is None:
        return {}
    try:
        status = os.stat(path)
        # only a file no one else can have written: its code becomes the patterns' code
        if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
            return {}
        with open(path, "rb") as stream:
            # read whole, then unmarshalled: `marshal.load` on the file reads it an object at a
            # time, a method call each (9 M instructions for the file, against 1.2 M so)
            data, plain = marshal.loads(stream.read())
        rebuild = _reduce(regex.compile(""))[0]
        compiled = {key: rebuild(*code) for key, code in data.items()}
        _plain.update(plain)
        return compiled
    except Exception:  # missing, unreadable, truncated, from another version: compile instead
        return {}


def save() -> None:
    """Write the cache if this run compiled anything new (at exit, or when a caller asks)."""
    global _changed
    path = cache_file()
    if not _changed or _compiled is None or path is None:
        return
    import tempfile  # only when writing, once in the life of a cache

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".patterns.", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            marshal.dump(({key: _reduce(found)[1] for key, found in _compiled.items()}, _plain), stream)
        os.replace(temp, path)
        _changed = False
    except (OSError, ValueError):  # a read-only home, a full disk: the next run compiles
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp)


def forget() -> None:
    """Drop what this process loaded or compiled (for tests)."""
    global _compiled, _changed
    _compiled, _changed = None, False
    _plain.clear()
