"""Traditional/simplified conversion of the output text through OpenCC.

Applied to the text papercut outputs, after splitting: the rules are written for the script as
printed, and the spans still point into the original input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from .errors import UsageError

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
    """Convert every string inside a tree of frozen dataclasses, tuples and strings."""
    return _walk(value, convert)  # type: ignore[no-any-return]


def _walk(value: Any, convert: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, tuple):
        return tuple(_walk(v, convert) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ in ("Span", "Source", "Decision"):
            return value
        changes = {f.name: _walk(getattr(value, f.name), convert) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
