"""Traditional/simplified conversion of the output text through OpenCC.

Applied to the text papercut outputs, after splitting: the rules are written for the script as
printed, and the spans still point into the original input.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from .errors import UsageError
from .model import Decision, Source, Span

#: the configurations the opencc package ships (`s2t`, `t2s`, `s2tw`, `tw2s`, `s2hk`, ...)
CONFIGS = (
    "hk2s",
    "hk2sp",
    "hk2t",
    "jp2t",
    "s2hk",
    "s2hkp",
    "s2t",
    "s2tw",
    "s2twp",
    "t2hk",
    "t2jp",
    "t2s",
    "t2tw",
    "tw2s",
    "tw2sp",
    "tw2t",
)

T = TypeVar("T")


@cache
def converter(config: str) -> Callable[[str], str]:
    """The conversion function for an OpenCC config name such as `t2s`.

    >>> converter("t2s")("國家發展")
    '国家发展'
    """
    name = config.removesuffix(".json")
    if name not in CONFIGS:
        raise UsageError(f"unknown OpenCC config {config!r}; valid: {', '.join(CONFIGS)}")
    import opencc  # only users who convert pay for loading the dictionaries

    convert: Callable[[str], str] = opencc.OpenCC(f"{name}.json").convert
    return convert


def convert_tree(value: T, convert: Callable[[str], str]) -> T:
    """Convert every string inside a tree of the model's named tuples, tuples and strings."""
    return _walk(value, convert)  # type: ignore[no-any-return]


def _walk(value: Any, convert: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, (Span, Source, Decision)):
        return value  # offsets, the file's facts, what the stages did: not the page's text
    if isinstance(value, tuple):
        walked = [_walk(v, convert) for v in value]
        return type(value)(*walked) if hasattr(value, "_fields") else tuple(walked)
    return value
