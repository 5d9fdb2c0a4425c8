"""A read-only, seekable ``QIODevice`` over an encrypted document, for ``QMediaPlayer``
(issue 16: video and audio played from the vault, never decrypted to disk).

Reads go to :class:`casefile.vault.blob_reader.BlobReader`, which decrypts the 1 MiB chunks a
read covers (each after its tag is checked) and keeps only a few of them: the player's memory
stays bounded whatever the file's size, and no decrypted byte is written anywhere. QtMultimedia's
FFmpeg backend reads from its own thread; the reader takes a lock, and this device holds no state
of its own besides Qt's position.
"""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject, Signal

from casefile.errors import DocumentDamaged
from casefile.vault.blob_reader import BlobReader


class BlobDevice(QIODevice):
    """``open(ReadOnly)`` before handing it to ``QMediaPlayer.setSourceDevice``."""

    damaged = Signal()  # a chunk failed its tag, or the whole file its recorded SHA-256

    def __init__(self, reader: BlobReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.failed = False

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self.reader.size

    def bytesAvailable(self) -> int:
        return max(0, self.reader.size - self.pos()) + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:
        # Always bytes, never None: PySide6 on 3.11 mishandles None returned to C++ (PITFALLS.md).
        if self.failed:
            return b""
        try:
            return self.reader.read(self.pos(), maxlen)
        except DocumentDamaged:
            self.failed = True
            self.damaged.emit()
            return b""

    def writeData(self, _data: bytes, _length: int = 0) -> int:
        return -1

    def close(self) -> None:
        super().close()
        self.reader.close()
