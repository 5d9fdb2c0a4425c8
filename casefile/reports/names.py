"""Names in free text: initials, accent- and case-free folding, and finding every form of a
set of people's names in a text (``NameMatcher``). The redaction (``casefile.reports.redact``,
which re-exports these) and the report catalogue's topic matching use them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

# Particles that are part of a name but, alone, are ordinary words.
_PARTICLES = frozenset(
    "de del la las los da das do dos di du van von der den y e el al bin ben ibn".split()  # noqa: SIM905
)


def initials(name: str) -> str:
    """``"Rosa Elena Quispe Mamani"`` → ``"R. E. Q. M."``; hyphenated parts count separately."""
    parts = [p for p in re.split(r"[\s\-_]+", name or "") if p]
    letters = []
    for part in parts:
        first = next((c for c in part if c.isalnum()), "")
        if first:
            letters.append(first.upper() + ".")
    return " ".join(letters)


def fold(text: str) -> tuple[str, list[int] | None]:
    """Accent-free, case-folded ``text`` and, per folded char, its index in ``text``.

    The index map lets a match found in the folded text be replaced in the original; ``None``
    means the identity map (plain ASCII, the common case, skips the per-char loop).
    """
    if text.isascii():
        return text.lower(), None
    chars: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                chars.append(folded)
                index.append(i)
    return "".join(chars), index


TEXT_WORD = re.compile(r"[^\W_]+")
# What may stand between two parts of one name in a text: "Rosa Quispe", "Quispe, Rosa", "rosa_quispe".
NAME_GAP = re.compile(r"[\s\-_.,'’]+")


def runs(
    folded: str, gap: re.Pattern[str], longest: int, starts: set[str]
) -> Iterator[tuple[int, list[tuple[int, int]], tuple[str, ...]]]:
    """For each word of ``folded`` that may begin a phrase (its folded form is in ``starts``):
    its index, and the spans and words of up to ``longest`` words from it that only ``gap``
    separates (a phrase can only be made of those)."""
    if starts.isdisjoint(TEXT_WORD.findall(folded)):
        return  # the common case for most texts: no word begins any phrase (findall runs in C)
    words = [m.span() for m in TEXT_WORD.finditer(folded)]
    for i, (a, b) in enumerate(words):
        if folded[a:b] not in starts:
            continue  # most words begin no name: one set lookup and on
        run = 1
        while run < longest and i + run < len(words):
            if not gap.fullmatch(folded, words[i + run - 1][1], words[i + run][0]):
                break
            run += 1
        spans = words[i : i + run]
        yield i, spans, tuple(folded[x:y] for x, y in spans)


class NameMatcher:
    """Finds the names of a set of people in free text and replaces each with its initials.

    Works word by word against sets, not with one regular expression of every name: a vault of
    20 000 people gives some 100 000 name forms, which an alternation tries one by one at every
    character, while a set lookup per word costs the same for ten names or for all of them.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._phrases: set[tuple[str, ...]] = set()
        self._singles: set[str] = set()
        longest = 1
        for name in names:
            tokens = TEXT_WORD.findall(fold(name or "")[0])
            if not tokens:
                continue
            self._phrases.add(tuple(tokens))
            longest = max(longest, len(tokens))
            parts = [t for t in tokens if t not in _PARTICLES]
            for i, first in enumerate(parts):
                for last in parts[i + 1 :]:
                    self._phrases.add((first, last))
                    self._phrases.add((last, first))
            self._singles.update(t for t in parts if len(t) >= 3)
        self._longest = longest
        self._starts = {p[0] for p in self._phrases} | self._singles

    def __bool__(self) -> bool:
        return bool(self._phrases)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where names are in ``text`` (indices into ``text``), longest form first, left to right."""
        if not self._phrases or not text:
            return []
        folded, index = fold(text)
        found: list[tuple[int, int]] = []
        skip_to = 0
        for i, run, tokens in runs(folded, NAME_GAP, self._longest, self._starts):
            if i < skip_to:
                continue
            # The longest run of words, joined only by name separators, that is a name form.
            matched = next((n for n in range(len(tokens), 1, -1) if tokens[:n] in self._phrases), 0)
            start, end = run[0][0], run[max(matched, 1) - 1][1]
            if index is not None:
                start, end = index[start], index[end - 1] + 1
            if not matched and tokens[0] in self._singles and text[start : start + 1].isupper():
                matched = 1  # a lower-case single word ("will", "rosa" as a colour) is not a name
            elif not matched and tokens[0] not in self._singles and tokens[:1] in self._phrases:
                matched = 1  # a one-word name too short to be a name part alone ("Li")
            if matched:
                found.append((start, end))
                skip_to = i + matched
        return found

    def replace(self, text: str, on_match: Callable[[str], None] | None = None) -> str:
        spans = self.spans(text)
        if not spans:
            return text
        pieces: list[str] = []
        last = 0
        for start, end in spans:
            found = text[start:end]
            if on_match is not None:
                on_match(found)
            pieces.append(text[last:start])
            short = initials(found)
            # "…looking for Tomás Cruz." must not become "…looking for T. C.."
            if short.endswith(".") and text[end : end + 1] == ".":
                short = short[:-1]
            pieces.append(short)
            last = end
        pieces.append(text[last:])
        return "".join(pieces)
