"""papercut: OCR'd newspaper pages in, clean structured articles out.

>>> import papercut
>>> page = papercut.split("平安浙江\\n\\n本报讯 会上,车俊强调。")
>>> papercut.page_dict(page)["articles"][0]["paragraphs"]
['会上，车俊强调。']
"""

from __future__ import annotations

from .errors import InputError, PapercutError, UsageError
from .model import Article, Caption, OtherItem, Page, Source, Span
from .output import SCHEMA_VERSION, page_dict, to_json
from .pipeline import split
from .punct import normalize
from .read import decode, read_path

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Caption",
    "InputError",
    "OtherItem",
    "Page",
    "PapercutError",
    "SCHEMA_VERSION",
    "Source",
    "Span",
    "UsageError",
    "__version__",
    "decode",
    "normalize",
    "page_dict",
    "read_path",
    "split",
    "to_json",
]
