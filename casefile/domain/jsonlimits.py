"""JSON from outside held whole in memory (backup manifests, markers): parsed with bounded nesting.

Interchange files are not read whole: ``casefile.services.interchange_stream`` streams them and
applies :data:`MAX_DEPTH` event by event, with bounds on bytes per record and per file.

Python's parser recurses once per level, so ``[[[[…`` a hundred thousand deep raises
RecursionError, and a document just under the interpreter's limit can still exhaust it later in
code that walks it (schema validation, redaction). Interchange documents nest five levels deep
and manifests three, so anything deeper than :data:`MAX_DEPTH` is refused as malformed.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 32


class TooDeep(ValueError):
    """The JSON nests deeper than allowed (a ``ValueError``, like a syntax error)."""


def loads_bounded(text: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads(text)``, refusing documents nested deeper than ``max_depth`` levels."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep(f"the JSON nests more than {max_depth} levels deep") from None
    if _deeper_than(value, max_depth):
        raise TooDeep(f"the JSON nests more than {max_depth} levels deep")
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    # Iterative, so checking a deep value cannot itself run out of stack.
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, (dict, list)):
            continue
        children = list(item.values()) if isinstance(item, dict) else item
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
