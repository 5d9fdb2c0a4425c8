"""Issue 16: capture facts are read from headers that come from anywhere (any phone, any tool, a
crafted file). Whatever the bytes, reading them gives facts or none, never an error, and never
reads more than the headers: a damaged or hostile file is still kept as evidence."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.services import av_capture, media, quicktime
from tests.media_samples import iphone_movie, mjpeg_avi, quicktime_movie, silent_mp3, wav_statement


def samples() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        return {
            "video/quicktime": iphone_movie(folder / "a.mov", frames=3).read_bytes(),
            "video/x-msvideo": mjpeg_avi(folder / "b.avi", frames=3).read_bytes(),
            "audio/mpeg": silent_mp3(folder / "c.mp3", frames=5).read_bytes(),
            "audio/x-wav": wav_statement(folder / "d.wav", seconds=0.1).read_bytes(),
        }


SAMPLES = samples()


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(sorted(SAMPLES)),
    seed=st.integers(0, 2**32),
    flips=st.integers(1, 40),
    cut=st.floats(0.0, 1.0),
)
def test_damaged_headers_give_facts_or_none_never_an_error(kind: str, seed: int, flips: int, cut: float) -> None:
    rng = random.Random(seed)
    data = bytearray(SAMPLES[kind])
    for _ in range(flips):  # flipped bytes, mostly in the headers where the sizes and counts are
        data[rng.randrange(min(len(data), 2048))] = rng.randrange(256)
    data = bytes(data[: max(1, int(len(data) * cut))] if cut < 0.9 else data)
    # The readers themselves, not media.describe (which would also catch a reader's slip).
    facts = av_capture.av_facts(lambda o, n: data[o : o + n], len(data), kind)
    assert isinstance(facts, dict)
    assert all(isinstance(v, (str, int, float)) for v in facts.values())


def test_only_the_header_boxes_are_read(tmp_path: Path) -> None:
    # A 4 GiB movie whose moov follows its media (as phones write it): ftyp, a 64-bit mdat
    # header, 4 GiB never read, then moov. The reader walks box sizes and reads ftyp's and
    # mdat's headers and moov: a few KB.
    small = quicktime_movie(tmp_path / "tail.mov", frames=3, moov_last=True, apple={"make": "Apple"}).read_bytes()
    ftyp = small[: int.from_bytes(small[:4], "big")]
    moov = small[small.index(b"moov") - 4 :]
    big = 4 << 30
    head = ftyp + (1).to_bytes(4, "big") + b"mdat" + (16 + big).to_bytes(8, "big")
    size = len(head) + big + len(moov)
    reads: list[int] = []

    def read_at(offset: int, length: int) -> bytes:
        reads.append(length)
        if offset < len(head):
            return head[offset : offset + length]
        start = offset - len(head) - big
        assert start >= 0, "read inside the media"
        return moov[start : start + length]

    facts = quicktime.movie_facts(read_at, size)
    assert facts["device"] == "Apple" and facts["duration_ms"] == 300  # 3 frames at 10 a second
    assert sum(reads) < len(moov) + 64
    assert av_capture.av_facts(read_at, size, "application/pdf") == {}


def test_a_reader_slip_still_adds_the_document_without_facts() -> None:
    # Bytes no reader understands, under a type that sends them to mutagen: no facts, no error.
    described = media.describe(lambda o, n: b"\x00" * n, 10_000, "audio/mpeg")
    assert described.facts == {} and described.thumbnail is None
