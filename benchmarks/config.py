"""How much each scale generates and how many times each figure is measured.

``full`` is the workload of shared/spec/performance.md; ``x10`` its next scale (issue 16: 1 000 000
encounters, 10 GiB of documents, a 4 GiB video imported and played); ``small`` is a quick look;
``tiny`` exists so a test can run the whole harness in seconds (its figures mean nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from casefile.demo.files import MIB
from casefile.demo.generator import SCALES, Scale

TINY = Scale(
    people=30,
    encounters=60,
    participants=90,
    documents=24,
    document_bytes=1 * MIB,
    large_documents=0,
    foia=10,
    deadlines=12,
    notes=30,
)


# Ten times the full workload. The generator's large documents are 100 MiB recordings (40 of them
# here, 4 GiB); the 1-4 GiB phone videos are the 4 GiB file the import and playback figures use.
X10 = Scale(
    people=200_000,
    encounters=1_000_000,
    participants=1_500_000,
    documents=300_000,
    document_bytes=10 * 1024 * MIB,
    large_documents=40,
    foia=100_000,
    deadlines=150_000,
    notes=500_000,
)


@dataclass(frozen=True)
class Config:
    name: str
    scale: Scale
    chunk_size: int  # records per generated chunk (one unit of work for a loader process)
    load_workers: int  # processes that check chunks and encrypt files while the vault is written
    import_bytes: int  # size of the single document imported
    file_runs: int  # runs of the document import and of its raw-copy baseline
    backup_runs: int
    process_runs: int  # runs of each whole-process figure (cold start, main window)
    unlock_runs: int
    query_repeats: int  # timed repeats of each list query per engine
    lookups: int  # point lookups per batch
    search_repeats: int  # timed repeats of each search query per engine
    media_mib: int = 8  # the video played for the media-playback figure (issue 16)


CONFIGS: dict[str, Config] = {
    "tiny": Config("tiny", TINY, chunk_size=500, load_workers=0, import_bytes=4 * MIB, file_runs=1,
                   backup_runs=1, process_runs=1, unlock_runs=1, query_repeats=2, lookups=20,
                   search_repeats=1),
    "small": Config("small", SCALES["small"], chunk_size=1000, load_workers=0, import_bytes=128 * MIB,
                    file_runs=3, backup_runs=3, process_runs=5, unlock_runs=5, query_repeats=15,
                    lookups=300, search_repeats=3, media_mib=256),
    "full": Config("full", SCALES["full"], chunk_size=1000, load_workers=2, import_bytes=1024 * MIB,
                   file_runs=3, backup_runs=2, process_runs=7, unlock_runs=7, query_repeats=15,
                   lookups=500, search_repeats=3, media_mib=2048),
    "x10": Config("x10", X10, chunk_size=2000, load_workers=2, import_bytes=4096 * MIB, file_runs=1,
                  backup_runs=1, process_runs=3, unlock_runs=5, query_repeats=7, lookups=500, search_repeats=2,
                  media_mib=4096),
}
