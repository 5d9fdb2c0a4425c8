"""What a record type is, the field types it is built from, and the registry every layer reads.

A record type is one module in ``casefile.domain.record_types`` that calls :func:`register` with
a :class:`RecordType`: its names, id prefix, write order, fields (each with its JSON Schema, its
date check and what it refers to), the columns lists sort and filter on, its search text and its
title facts. The interchange schema (``casefile.schema``), validation (``domain.validate``), the
vault's writer and lists (``casefile.queries``), references and import/export all read it, so a
new record type is one module here (plus its table: a numbered migration, or ``ddl`` for a type
added by a test or a plug-in).

:func:`temporary` gives a scratch copy of the registry (a toy type in a test) and puts the real
one back afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

Record = dict[str, Any]
# (field path for messages, target list name, id)
Ref = tuple[str, str, str]

# Limits that keep hostile files from ballooning the vault while leaving room for real accounts.
SHORT_TEXT = 500
MEDIUM_TEXT = 5_000
LONG_TEXT = 200_000
MAX_LIST = 10_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}$"


@dataclass(frozen=True)
class Field:
    """One top-level field of a record.

    ``check`` is the domain check validation applies beyond the schema: ``"date"`` (a calendar
    date, stored as ``YYYY-MM-DD``) or ``"when"`` (a date, or a date-time with an offset). ``target``
    is the record list a ``ref`` / ``refs`` field points at; ``computed`` fields are written by an
    export and dropped on import.
    """

    schema: dict[str, Any]
    required: bool = False
    check: str = ""
    target: str = ""
    computed: bool = False
    column: bool = False  # a single reference kept in a table column of the same name
    # An enum field's values by key: the lower-case name of its tuple in ``domain/enums.py``
    # (``custody_status``, ``foia_agency``), which also names its label table in the catalogue.
    enum: str = ""


# ---------------------------------------------------------------- schema fragments


def text_schema(max_length: int = SHORT_TEXT) -> dict[str, Any]:
    return {"type": ["string", "null"], "maxLength": max_length}


def enum_schema(values: tuple[str, ...]) -> dict[str, Any]:
    return {"enum": [*values, None]}


def bool_schema() -> dict[str, Any]:
    return {"type": ["boolean", "null"]}


def bool_or_unknown_schema() -> dict[str, Any]:
    return {"enum": [True, False, "unknown", None]}


def ref_schema() -> dict[str, Any]:
    return {"type": ["string", "null"], "pattern": ID_PATTERN}


def refs_schema() -> dict[str, Any]:
    return {"type": ["array", "null"], "items": {"type": "string", "pattern": ID_PATTERN}, "maxItems": MAX_LIST}


def date_schema() -> dict[str, Any]:
    # Format is checked by casefile.domain.validate with a message a person can act on.
    return {"type": ["string", "null"], "maxLength": 40}


def obj_schema(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": list(required), "properties": properties}


def optional_obj_schema(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": ["object", "null"], "additionalProperties": False, "properties": properties}


def list_schema(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": ["array", "null"], "items": item, "maxItems": MAX_LIST}


def record_list_schema(item: dict[str, Any]) -> dict[str, Any]:
    """A top-level record list of an interchange file: no count limit.

    A real FOIA release holds more than 10,962 I-213s in one list (issue 15), so a count would
    refuse good data; what keeps a hostile file in check is its size in bytes
    (``services.interchange.MAX_FILE_BYTES``) and its nesting (``jsonlimits.MAX_DEPTH``), and each
    record's own text and list limits.
    """
    return {"type": ["array", "null"], "items": item}


def int_schema(minimum: int, maximum: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ["integer", "null"], "minimum": minimum}
    if maximum is not None:
        out["maximum"] = maximum
    return out


def computed_deadlines_schema() -> dict[str, Any]:
    # Written by an export (every clock the record implies, with its rule), ignored on import.
    item = {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "maxLength": 40},
            "due": date_schema(),
            "done": bool_schema(),
            "citation": text_schema(),
            "rule": text_schema(MEDIUM_TEXT),
            "notes": {"type": ["array", "null"], "items": text_schema(MEDIUM_TEXT), "maxItems": 20},
            "label": text_schema(40),
        },
    }
    return {"type": ["array", "null"], "items": item, "maxItems": 50}


# ---------------------------------------------------------------- fields


def text(max_length: int = SHORT_TEXT) -> Field:
    return Field(text_schema(max_length))


def required_text(max_length: int = SHORT_TEXT) -> Field:
    return Field({"type": "string", "minLength": 1, "maxLength": max_length}, required=True)


def enum_key(values: tuple[str, ...]) -> str:
    """The key of a tuple of ``domain/enums.py`` (``enums.SETTING`` -> ``setting``); '' if not one."""
    from casefile.domain import enums

    return next((name.lower() for name, v in vars(enums).items() if name.isupper() and v is values), "")


def enum(values: tuple[str, ...]) -> Field:
    return Field(enum_schema(values), enum=enum_key(values))


def required_enum(values: tuple[str, ...]) -> Field:
    return Field({"enum": list(values)}, required=True, enum=enum_key(values))


def boolean() -> Field:
    return Field(bool_schema())


def date() -> Field:
    return Field(date_schema(), check="date")


def required_date() -> Field:
    return Field({"type": "string", "maxLength": 40}, required=True, check="date")


def required_when() -> Field:
    """A date, or a date-time with its offset (a time may be unknown: domain.md)."""
    return Field({"type": "string", "maxLength": 40}, required=True, check="when")


def ref(target: str, *, column: bool = True) -> Field:
    """An optional reference to one ``target`` record, kept in a column of the same name."""
    return Field(ref_schema(), target=target, column=column)


def refs(target: str) -> Field:
    """A list of references (kept in a side table when lists must find them: see Child)."""
    return Field(refs_schema(), target=target)


def integer(minimum: int, maximum: int | None = None) -> Field:
    return Field(int_schema(minimum, maximum))


def shaped(schema: dict[str, Any]) -> Field:
    """A field whose schema says it all (a nested object or list)."""
    return Field(schema)


def computed(schema: dict[str, Any]) -> Field:
    return Field(schema, computed=True)


def computed_deadlines() -> Field:
    return computed(computed_deadlines_schema())


# ---------------------------------------------------------------- record types


def standard_table(table: str, columns: dict[str, str]) -> tuple[str, ...]:
    """``ddl`` for a record table laid out like the built-in ones: row id, id, ``columns``
    (name -> SQL type and default), the record as JSON, timestamps and the trash mark."""
    body = ", ".join(f"{name} {sql}" for name, sql in columns.items())
    return (
        f"CREATE TABLE {table} (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, {body}, data TEXT NOT NULL, "
        "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted_at TEXT)",
    )


FactType = Literal["text", "date", "datetime", "a_number", "enum"]


@dataclass(frozen=True)
class Fact:
    """One value that names a record. ``enum`` names the label table of a machine value
    (``setting``, ``foia_agency``, ``deadline_kind``) when ``type`` is ``"enum"``; how a date or
    a machine value reads is for whoever shows it (``casefile.read.display``)."""

    value: str
    type: FactType = "text"
    enum: str = ""


# (parts read in order as its title, facts that tell it apart: a person's A-number)
TitleFacts = tuple[tuple[Fact, ...], tuple[Fact, ...]]


def text_fact(value: Any) -> tuple[Fact, ...]:
    """A text part, or none for an empty value."""
    return (Fact(str(value)),) if value not in (None, "") else ()


@dataclass(frozen=True)
class Child:
    """Rows a record keeps in a side table (rebuilt on every write of the record).

    ``rows(record)`` gives tuples for ``columns``; the record's row id goes in ``rid_column``.
    """

    table: str
    rid_column: str
    columns: tuple[str, ...]
    rows: Callable[[Record], list[tuple[Any, ...]]]
    or_ignore: bool = False

    def insert_sql(self) -> str:
        verb = "INSERT OR IGNORE" if self.or_ignore else "INSERT"
        names = (self.rid_column, *self.columns)
        return f"{verb} INTO {self.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


@dataclass(frozen=True)
class Referrer:
    """A reference this type keeps in a side table, for the purge check of its ``target`` type.

    ``sql`` selects the ids of this type's records pointing at one ``target`` id (one ``?``).
    References held in a column named like their field are found without one.
    """

    target: str
    sql: str


@dataclass(frozen=True)
class RecordType:
    list_name: str  # the interchange format's top-level list (people)
    type_name: str  # search results, the audit log and history (person)
    noun: str  # how the core's English messages name one (FOIA request)
    id_prefix: str  # new ids: prefix-<10 hex digits>
    code: int  # search rowid = rid * SEARCH_SLOTS + code (one per type)
    write_order: int  # a type only refers to types written before it
    list_order: int  # where its list comes in an interchange file, an export and the schema
    fields: dict[str, Field]
    columns: Callable[[Record], dict[str, Any]]  # values copied into the table's columns
    sorts: dict[str, str]  # list sort name -> column
    filters: dict[str, str]  # filter name -> column
    default_sort: str
    search_title: Callable[[Record], str] | None = None
    search_body: Callable[[Record], str] | None = None
    list_columns: tuple[str, ...] = ()
    # How the record is named, as structured facts (None: as search names it).
    title_facts: Callable[[Record], TitleFacts] | None = None
    table: str = ""
    # Domain checks the field types cannot express; returns the normalised record.
    normalize: Callable[[Record, str], Record] | None = None
    # References inside nested objects (top-level ref fields are found from ``fields``).
    nested_references: Callable[[Record], Iterator[Ref]] | None = None
    children: tuple[Child, ...] = ()
    # Columns computed from the whole record when it is stored (a FOIA request's clocks).
    derived_columns: Callable[[Record, str], dict[str, Any]] | None = None
    # Columns read back for an export or a report and given to ``decorate``, which adds the
    # computed fields a reader sees (decorate(record, {column: value}, today)).
    export_columns: tuple[str, ...] = ()
    decorate: Callable[[Record, dict[str, Any], Any], None] | None = None
    keeps_created_at: bool = False  # an imported created_at is kept (a note's time of writing)
    referrers: tuple[Referrer, ...] = ()  # references kept in side tables (see Referrer)
    # CREATE statements for a type whose table no numbered migration makes (tests, plug-ins).
    ddl: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.table:
            object.__setattr__(self, "table", self.list_name)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(name for name, f in self.fields.items() if f.required)

    def references(self, record: Record) -> Iterator[Ref]:
        """Every id this record refers to, with the field that holds it (for messages)."""
        for name, f in self.fields.items():
            if not f.target:
                continue
            value = record.get(name)
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item:
                        yield f"{name}[{i}]", f.target, str(item)
            elif value:
                yield name, f.target, str(value)
        if self.nested_references is not None:
            yield from self.nested_references(record)


# A search row's rowid is rid * SEARCH_SLOTS + the type's code (casefile.queries.search).
# Migration 9 widened it from 8, when the eight codes were all taken: 64 leaves room for the
# record types the next issues add (officers, vehicles, custody...) without another rewrite.
SEARCH_SLOTS = 64


def search_rowid(rid: int, code: int) -> int:
    return rid * SEARCH_SLOTS + code


_TYPES: dict[str, RecordType] = {}
_BY_TYPE: dict[str, RecordType] = {}
_BY_CODE: dict[int, RecordType] = {}
_generation = [0]  # bumped on every change, so caches built from the registry know to rebuild


def register(record_type: RecordType) -> RecordType:
    """Add a record type; the registry keeps them in ``list_order``."""
    rt = record_type
    if rt.list_name in _TYPES or rt.type_name in _BY_TYPE:
        raise ValueError(f"record type {rt.list_name!r} / {rt.type_name!r} is registered twice")
    if not 0 <= rt.code < SEARCH_SLOTS or rt.code in _BY_CODE:
        # Past SEARCH_SLOTS, the search table's rowids must be rewritten by a migration (see 9).
        raise ValueError(
            f"record type {rt.list_name!r}: search code {rt.code} is out of 0..{SEARCH_SLOTS - 1} or taken"
        )
    ordered = sorted([*_TYPES.values(), rt], key=lambda x: x.list_order)
    _TYPES.clear()
    _TYPES.update((x.list_name, x) for x in ordered)
    _BY_TYPE[rt.type_name] = rt
    _BY_CODE[rt.code] = rt
    _generation[0] += 1
    return rt


def generation() -> int:
    return _generation[0]


def types_by_list() -> dict[str, RecordType]:
    """The live registry by list name (the same dict object for as long as the process runs)."""
    return _TYPES


def types_by_type() -> dict[str, RecordType]:
    return _BY_TYPE


def types_by_code() -> dict[int, RecordType]:
    return _BY_CODE


def list_names() -> tuple[str, ...]:
    """The top-level lists in interchange order."""
    return tuple(_TYPES)


def write_order() -> tuple[str, ...]:
    return tuple(sorted(_TYPES, key=lambda name: _TYPES[name].write_order))


def get(name: str) -> RecordType:
    """A record type by list name (``people``) or type name (``person``); KeyError if unknown."""
    found = _TYPES.get(name) or _BY_TYPE.get(name)
    if found is None:
        raise KeyError(name)
    return found


@contextlib.contextmanager
def temporary() -> Iterator[Callable[[RecordType], RecordType]]:
    """A scratch registry: ``with temporary() as add: add(TOY)``; the real one comes back after.

    The dicts are changed in place (every module holding them sees the toy type) and restored.
    """
    types, by_type, by_code = dict(_TYPES), dict(_BY_TYPE), dict(_BY_CODE)
    try:
        yield register
    finally:
        _TYPES.clear()
        _TYPES.update(types)
        _BY_TYPE.clear()
        _BY_TYPE.update(by_type)
        _BY_CODE.clear()
        _BY_CODE.update(by_code)
        _generation[0] += 1
