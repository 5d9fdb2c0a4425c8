"""A letter as plain blocks, so one composition renders to both DOCX and PDF with the same words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """One piece of a letter.

    ``kind``: ``title``, ``heading``, ``para``, ``strong`` (a bold paragraph), ``note`` (small type),
    ``lines`` (an address block: ``items`` one per line), ``bullets``, ``numbered``, ``fields``
    (``rows`` of label and value), ``table`` (``rows``, the first one the header), ``sign`` (a line to
    sign on, ``items`` printed under it) or ``page`` (a page break).
    """

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Letter:
    """A whole letter: its title (file metadata), its language and its blocks in order."""

    title: str
    lang: str = "en"
    blocks: list[Block] = field(default_factory=list)

    def add(
        self,
        kind: str,
        text: str = "",
        *,
        items: Sequence[str] = (),
        rows: Sequence[Sequence[str]] = (),
    ) -> None:
        self.blocks.append(Block(kind, text, tuple(items), tuple(tuple(r) for r in rows)))

    def text(self) -> str:
        """Every word of the letter, for tests and search."""
        out = []
        for b in self.blocks:
            out += [b.text, *b.items, *(cell for row in b.rows for cell in row)]
        return "\n".join(x for x in out if x)
