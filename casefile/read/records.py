"""Records as the app reads them: one record, a page of a list, a count, names of linked records.

Every function takes the unlocked :class:`~casefile.vault.db.Vault` and a kind's list or type
name (``"people"`` or ``"person"``); the connection stays inside the core (each thread gets its
own from the vault). Lists are keyset-paged (:mod:`casefile.queries.paging`): ``after`` is the
``next_after`` of the page before, so a page costs the same at row 100 000 as at row 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from casefile.queries import lookup, paging
from casefile.queries import records as record_queries
from casefile.queries.kinds import KINDS, Record
from casefile.queries.kinds import kind as kind_named
from casefile.queries.paging import Page
from casefile.read.display import Title, title

if TYPE_CHECKING:
    from casefile.vault.db import Vault

META_FIELDS = record_queries.META_FIELDS  # stamped by the vault, never edited in a form

__all__ = ["META_FIELDS", "Page"]


def is_kind(name: str) -> bool:
    """Whether ``name`` is a record kind's list or type name (a section may list something else)."""
    try:
        kind_named(name)
    except KeyError:
        return False
    return True


def list_name(name: str) -> str:
    """The list name (``people``) of a kind given by either name (``person``)."""
    return kind_named(name).list_name


def list_names() -> tuple[str, ...]:
    return tuple(KINDS)


def default_sort(kind_name: str) -> str:
    return kind_named(kind_name).default_sort


def get(vault: Vault, kind_name: str, record_id: str, *, include_deleted: bool = False) -> Record | None:
    """One record with its ``created_at``/``updated_at``/``updated_by``; None when it is not there
    (or is in the trash, unless ``include_deleted``)."""
    return record_queries.get(vault.connection(), kind_named(kind_name), record_id, include_deleted=include_deleted)


def get_many(vault: Vault, kind_name: str, ids: Iterable[str]) -> dict[str, Record]:
    """``{id: record}`` for the live records among ``ids``, read in batches."""
    return lookup.get_many(vault.connection(), kind_named(kind_name), ids)


def titles(vault: Vault, kind_name: str, ids: Iterable[str]) -> dict[str, Title]:
    """``{id: Title}`` for the live records among ``ids``, read in batches (names in lists)."""
    return {i: title(kind_name, r) for i, r in get_many(vault, kind_name, ids).items()}


def page(
    vault: Vault,
    kind_name: str,
    *,
    filters: dict[str, Any] | None = None,
    sort: str = "",
    descending: bool = False,
    after: tuple[Any, int] | None = None,
    limit: int = 100,
    text: str = "",
    include_data: bool = False,
) -> Page:
    """One page of a kind's list: rows of its list columns (``record`` too with ``include_data``),
    sorted by the kind's ``sort`` name, narrowed by whitelisted ``filters`` and by full-text
    ``text``. Unknown sort or filter names raise :class:`~casefile.errors.CasefileError`."""
    request = paging.PageRequest(
        sort=sort,
        descending=descending,
        after=after,
        limit=limit,
        filters=dict(filters or {}),
        text=text,
        include_data=include_data,
    )
    return paging.page(vault.connection(), kind_named(kind_name), request)


def count(vault: Vault, kind_name: str, filters: dict[str, Any] | None = None, text: str = "") -> int:
    """How many live records the same filters and text would list."""
    return paging.count(vault.connection(), kind_named(kind_name), filters, text)


def collateral_page(
    vault: Vault, *, after: tuple[str, int, int] | None = None, limit: int = 100, descending: bool = True
) -> tuple[list[dict[str, Any]], tuple[str, int, int] | None]:
    """A page of collateral arrests (one row per person), by date; and the key of the next page."""
    return paging.collateral_arrests(vault.connection(), after=after, limit=limit, descending=descending)


def collateral_count(vault: Vault) -> int:
    return paging.count_collateral_arrests(vault.connection())


def people_names(vault: Vault, ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """``{id: (full_name, is_client)}`` for the live people among ``ids``."""
    return record_queries.people_names(vault.connection(), list(ids))
