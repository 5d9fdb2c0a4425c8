"""A document's capture facts, duration and thumbnail, kept in the vault (issue 16).

Photos, videos and audio recordings say when, with what and sometimes where they were made;
the Documents list shows a thumbnail (a photo's, or a video's poster frame) and how long a
recording runs. Those are kept in ``document_media`` (migration 11), inside the encrypted
database: the thumbnail is a small JPEG that only ever exists in memory and in SQLCipher's
encrypted pages, never in a file of its own, and the stored original is never rewritten.

* At import (:func:`describe_source`, called by ``documents.add_document``) the facts are read
  from the file's headers (photos: EXIF; video/audio: :mod:`casefile.services.av_capture`) and a
  photo's thumbnail is made in memory with Pillow. A video's poster frame needs a decoder, which
  the core does not have: its row says ``poster = 'video'`` until the app grabs a frame with
  QtMultimedia and hands it to :func:`store_poster`.
* Documents added before this existed, or imported from an interchange file, are described later
  from their encrypted files (:func:`prepare_pending`, through the decrypting reader, in memory).

A row names the SHA-256 of the file it describes; a document whose file was replaced (an
interchange import) no longer matches and is described again.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.errors import NotFound, ValidationError
from casefile.services import av_capture, capture
from casefile.vault.blob_reader import BlobReader
from casefile.vault.db import Vault

THUMB_EDGE = 160  # px, the longer side: a list row's picture, and enough to tell clips apart
THUMB_MAX_BYTES = 256 * 1024  # a 160 px JPEG is 3-15 KB; anything far larger is not a thumbnail
PHOTO_MAX_BYTES = 64 << 20  # decoding a larger image for a thumbnail is not worth its memory
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True)
class Described:
    facts: dict[str, Any] = field(default_factory=dict)
    thumbnail: bytes | None = field(default=None, repr=False)
    poster: str = "none"  # 'video': a frame to grab in the app; 'done'; 'none'


def describe(read_at: Callable[[int, int], bytes], size: int, media_type: str) -> Described:
    """The facts (and a photo's thumbnail) of a file of ``size`` bytes read through ``read_at``.

    Headers come from outside (any phone, any tool, or someone's crafted file): whatever a reader
    trips on, the document is still added, without facts, and the slip is logged without case
    data. A damaged vault file (:class:`DocumentDamaged`) is not such a slip and is raised."""
    from casefile.errors import DocumentDamaged
    from casefile.logs import log_unexpected

    try:
        return _describe(read_at, size, str(media_type or ""))
    except DocumentDamaged:
        raise
    except Exception as exc:  # evidence is kept even when its headers cannot be read
        log_unexpected(exc, "media facts")
        return Described()


def _describe(read_at: Callable[[int, int], bytes], size: int, media_type: str) -> Described:
    if media_type.startswith("image/"):
        head = read_at(0, capture.HEAD_BYTES)
        facts = capture.photo_capture(head).as_facts()
        whole = head if size <= len(head) else (read_at(0, size) if size <= PHOTO_MAX_BYTES else b"")
        thumb = photo_thumbnail(whole) if whole else None
        return Described(facts, thumb, "done" if thumb else "none")
    if av_capture.is_av(media_type):
        facts = av_capture.av_facts(read_at, size, media_type)
        return Described(facts, None, "video" if media_type.startswith("video/") else "none")
    return Described()


def describe_source(path: Path, media_type: str) -> Described:
    """:func:`describe` over a file about to be imported (the user's own, not yet encrypted)."""
    with open(path, "rb") as fh:
        size = fh.seek(0, io.SEEK_END)

        def read_at(offset: int, length: int) -> bytes:
            fh.seek(offset)
            return fh.read(length)

        return describe(read_at, size, media_type)


def photo_thumbnail(data: bytes) -> bytes | None:
    """A JPEG at most :data:`THUMB_EDGE` px on its longer side, turned as the photo's EXIF says,
    with no metadata of its own (Pillow writes none unless asked); None if Pillow cannot read it."""
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (THUMB_EDGE * 2, THUMB_EDGE * 2))  # JPEG: decode at a reduced scale
            small = ImageOps.exif_transpose(image) or image
            small.thumbnail((THUMB_EDGE, THUMB_EDGE))
            out = io.BytesIO()
            small.convert("RGB").save(out, "JPEG", quality=80)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    return out.getvalue()


def record(tx: Any, document_id: str, sha256: str, described: Described) -> None:
    """Keep ``described`` for the document (inside the caller's transaction)."""
    facts = described.facts
    tx.execute(
        "INSERT OR REPLACE INTO document_media (document_rid, sha256, facts, duration_ms, thumbnail, poster) "
        "SELECT rid, ?, ?, ?, ?, ? FROM documents WHERE id = ?",
        (
            sha256,
            json.dumps(facts, sort_keys=True),
            facts.get("duration_ms"),
            described.thumbnail,
            described.poster,
            document_id,
        ),
    )


@dataclass(frozen=True)
class MediaRow:
    facts: dict[str, Any]
    duration_ms: int | None
    thumbnail: bytes | None = field(repr=False)
    poster: str


def rows_for(vault: Vault, document_ids: list[str]) -> dict[str, MediaRow]:
    """What is kept for each of ``document_ids`` (a page of the list: one query), current ones only."""
    found: dict[str, MediaRow] = {}
    conn = vault.connection()
    for start in range(0, len(document_ids), 500):
        batch = document_ids[start : start + 500]
        marks = ", ".join("?" * len(batch))
        for doc_id, facts, duration, thumb, poster in conn.execute(
            "SELECT d.id, m.facts, m.duration_ms, m.thumbnail, m.poster FROM documents d "
            "JOIN document_media m ON m.document_rid = d.rid AND m.sha256 = d.sha256 "
            f"WHERE d.id IN ({marks})",
            batch,
        ):
            found[doc_id] = MediaRow(_loads(facts), duration, thumb, poster)
    return found


def facts_of(vault: Vault, document_id: str) -> dict[str, Any]:
    """A document's capture facts, described now from its encrypted file if not yet kept."""
    row = rows_for(vault, [document_id]).get(document_id)
    if row is None:
        prepare(vault, document_id)
        row = rows_for(vault, [document_id]).get(document_id)
    return row.facts if row else {}


def prepare(vault: Vault, document_id: str) -> None:
    """Describe one stored document from its encrypted file (decrypted chunk by chunk in memory)."""
    found = (
        vault.connection()
        .execute("SELECT blob_name, blob_key, sha256, media_type FROM documents WHERE id = ?", (document_id,))
        .fetchone()
    )
    if found is None:
        return
    name, key, sha, media_type = found
    # The GCM tags vouch for every chunk read; the whole file's hash is the viewer's and Verify's job.
    with BlobReader(vault.blobs_dir, name, key) as reader:
        described = describe(reader.read, reader.size, media_type)
    with vault.transaction() as tx:
        record(tx, document_id, sha, described)


PENDING_BATCH = 100  # documents described per pass: a pass is one worker job, others run between
_MARK = "media_described_rid"  # every document up to this rid has been looked at
_SINCE = "media_described_at"  # files replaced (retired_blobs) since this time are looked at again
_MEDIA = "(d.media_type LIKE 'image/%' OR d.media_type LIKE 'video/%' OR d.media_type LIKE 'audio/%')"


def prepare_pending(vault: Vault, *, limit: int = PENDING_BATCH, cancel: Callable[[], bool] | None = None) -> int:
    """Describe up to ``limit`` photos, videos and recordings without a current row (added before
    schema 11, or by an interchange import, or whose file an import replaced); returns how many
    were looked at (``limit`` means: call again). A damaged file is skipped (Verify reports it).

    The vault's ``meta`` keeps how far this has looked (a document rid, and the time of the last
    pass for replaced files), so the steady state costs two indexed reads however large the vault:
    a full scan measured 1.0 s on 100 000 documents, and ran each time the list opened."""
    from casefile.clock import now_iso
    from casefile.errors import DocumentDamaged

    conn = vault.connection()
    mark = int(_meta(conn, _MARK) or 0)
    since = _meta(conn, _SINCE) or ""
    started = now_iso()
    found = conn.execute(
        "SELECT d.rid, d.id FROM documents d LEFT JOIN document_media m ON m.document_rid = d.rid "
        f"WHERE d.rid > ? AND (m.document_rid IS NULL OR m.sha256 != d.sha256) AND {_MEDIA} ORDER BY d.rid LIMIT ?",
        (mark, limit),
    ).fetchall()
    ids = [doc_id for _rid, doc_id in found]
    if since and len(found) < limit:
        ids += [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT d.id FROM retired_blobs r JOIN documents d ON d.id = r.document_id "
                "LEFT JOIN document_media m ON m.document_rid = d.rid "
                f"WHERE r.retired_at >= ? AND (m.document_rid IS NULL OR m.sha256 != d.sha256) AND {_MEDIA}",
                (since,),
            )
            if r[0] not in ids
        ]
    for doc_id in ids:
        if cancel is not None and cancel():
            return len(ids)  # the marks stay: the next pass starts over from them
        try:
            prepare(vault, doc_id)
        except DocumentDamaged:
            continue
    if len(found) < limit:
        last = conn.execute("SELECT max(rid) FROM documents").fetchone()[0] or 0
        new_mark, new_since = max(mark, int(last)), started
    else:
        new_mark, new_since = int(found[-1][0]), since
    if not ids and new_mark == mark and since:
        return 0  # nothing new: no write (a vault opened read-only on a full disk stays so)
    with vault.transaction() as tx:
        for key, value in ((_MARK, str(new_mark)), (_SINCE, new_since)):
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
    return len(ids)


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


POSTER_BATCH = 50


def posters_to_grab(vault: Vault, limit: int | None = None) -> list[str]:
    """Live videos whose poster frame the app has yet to grab, newest first (``POSTER_BATCH`` at most)."""
    return [
        r[0]
        for r in vault.connection().execute(
            "SELECT d.id FROM document_media m JOIN documents d ON d.rid = m.document_rid AND d.sha256 = m.sha256 "
            "WHERE m.poster = 'video' AND d.deleted_at IS NULL ORDER BY d.rid DESC LIMIT ?",
            (limit or POSTER_BATCH,),
        )
    ]


def store_poster(vault: Vault, document_id: str, jpeg: bytes | None, duration_ms: int | None) -> None:
    """Keep a video's poster frame (a JPEG made in memory by the app) and the duration its decoder
    measured (kept only when the header gave none); ``jpeg`` None records that no frame could be
    had, so the app does not try again at every start."""
    if jpeg is not None and (not jpeg.startswith(_JPEG) or len(jpeg) > THUMB_MAX_BYTES):
        raise ValidationError("a poster frame must be a small JPEG", where="document", field="thumbnail")
    with vault.transaction() as tx:
        tx.execute(
            "UPDATE document_media SET thumbnail = ?, poster = ?, duration_ms = COALESCE(duration_ms, ?) "
            "WHERE document_rid = (SELECT rid FROM documents WHERE id = ?)",
            (jpeg, "done" if jpeg else "none", duration_ms if duration_ms and duration_ms > 0 else None, document_id),
        )


def _loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def open_reader(vault: Vault, document_id: str) -> BlobReader:
    """A random-access reader over a video for grabbing its poster frame in the app: chunks are
    decrypted in memory as read, each after its GCM tag is checked. Not a person viewing the
    evidence, so not entered in the custody log (playing it is: ``documents.open_for_playback``)."""
    found = (
        vault.connection().execute("SELECT blob_name, blob_key FROM documents WHERE id = ?", (document_id,)).fetchone()
    )
    if found is None:
        raise NotFound(f"There is no document with id '{document_id}' in this vault.")
    return BlobReader(vault.blobs_dir, found[0], found[1])
