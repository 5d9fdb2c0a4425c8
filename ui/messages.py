"""Error keys from the core, and a few of its English sentences, as translated text.

The core raises :class:`casefile.errors.CasefileError` with a stable ``key`` and an English
``message``. Keys listed here get a sentence in the user's language; any other key falls back to
the core's own message, which is always something a person can act on. Nothing here ever shows a
traceback.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_CONTEXT = "Messages"

_BY_KEY: dict[str, str] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, or use the recovery key.",
    ),
    "vault_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault is open in another Casefile window or on another account of this computer. "
        "Close it there first, then try again.",
    ),
    "vault_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault is damaged or was changed outside Casefile, so it cannot be opened. It was "
        "left untouched. Restore it from your latest backup, or ask your administrator for help.",
    ),
    "vault_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no Casefile vault in that folder. Choose the folder that holds your vault, or create a new one.",
    ),
    "key_slot_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's key file for this user is missing. Check the user name, use the recovery "
        "key, or restore the vault's keys folder from a backup.",
    ),
    "unknown_user": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault has no user by that name. Check the user name, or leave it empty to try every "
        "user of this vault. Nothing is missing from the vault.",
    ),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault was written by a newer version of Casefile. Update Casefile to open it.",
    ),
    "vault_closed": QT_TRANSLATE_NOOP("Messages", "The vault is locked. Unlock it again to continue."),
    "document_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "This document failed its integrity check and was not opened. Restore the vault from a "
        "backup to get an intact copy.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so nothing was saved. Free some space and try again.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled. Nothing was changed."),
    # Issue 11: the recovery key's check characters tell a typo from a wrong key.
    "recovery_key_mistyped": QT_TRANSLATE_NOOP(
        "Messages",
        "That does not open this vault. If it is the recovery key, one of its characters is mistyped: "
        "compare each group with the printed key (it never uses 0, O, 1 or I). If it is a passphrase, "
        "check Caps Lock and the keyboard layout.",
    ),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Messages",
        "That recovery key is typed correctly but does not open this vault: it may be another vault's key.",
    ),
    # Said after an unlock that went through (casefile.vault.db.Notice keys).
    "slot_skipped": QT_TRANSLATE_NOOP(
        "Messages",
        "A key file of this vault is damaged and was skipped; the other users and the recovery key "
        "still open the vault. Run Verify, and restore the vault's keys folder from a backup.",
    ),
    "blobs_quarantined": QT_TRANSLATE_NOOP(
        "Messages",
        "Some encrypted files in the vault belong to no document (usually left by a crash). They were "
        "moved to the vault's quarantine folder, not deleted.",
    ),
    "vault_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding the vault is full, so the vault is open read-only: you can read, search, "
        "export and back up to another drive, but not make changes. Free some space, then lock and "
        "unlock the vault.",
    ),
    "vault_older": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault is older than the copy this computer last saw: changes made since then may be "
        "lost (an older copy put back, or a file deleted after a crash). Do not make changes; find "
        "the newest copy or backup of the vault.",
    ),
    "internal": QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong inside Casefile. Your saved work is safe. A report without any "
        "case data was written to the log folder; please tell your administrator.",
    ),
}

# Keys whose core message carries a specific detail (which field, which record, which file) that
# a general sentence would lose: show the core's message itself.
_DETAILED = {"validation", "weak_passphrase", "error", "not_found"}

# The passphrase estimator's reasons (zxcvbn's and the core's), as the strength meter shows them.
_REASONS: dict[str, str] = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("Strength", "It is shorter than 10 characters."),
        QT_TRANSLATE_NOOP("Strength", "It is longer than 1024 characters."),
        QT_TRANSLATE_NOOP("Strength", "It would be guessed quickly by someone with the laptop and time."),
        QT_TRANSLATE_NOOP("Strength", "Use four or more unrelated words."),
        QT_TRANSLATE_NOOP("Strength", "Add another word or two; uncommon words are better."),
        QT_TRANSLATE_NOOP("Strength", "Add another word or two. Uncommon words are better."),
        QT_TRANSLATE_NOOP("Strength", "Use a few words, avoid common phrases."),
        QT_TRANSLATE_NOOP("Strength", "No need for symbols, digits, or uppercase letters."),
        QT_TRANSLATE_NOOP("Strength", "Straight rows of keys are easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Short keyboard patterns are easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Use a longer keyboard pattern with more turns."),
        QT_TRANSLATE_NOOP("Strength", 'Repeats like "aaa" are easy to guess.'),
        QT_TRANSLATE_NOOP("Strength", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
        QT_TRANSLATE_NOOP("Strength", "Avoid repeated words and characters."),
        QT_TRANSLATE_NOOP("Strength", 'Sequences like "abc" or "6543" are easy to guess.'),
        QT_TRANSLATE_NOOP("Strength", "Avoid sequences."),
        QT_TRANSLATE_NOOP("Strength", "Recent years are easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Avoid recent years."),
        QT_TRANSLATE_NOOP("Strength", "Avoid years that are associated with you."),
        QT_TRANSLATE_NOOP("Strength", "Dates are often easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Avoid dates and years that are associated with you."),
        QT_TRANSLATE_NOOP("Strength", "This is a top-10 common password."),
        QT_TRANSLATE_NOOP("Strength", "This is a top-100 common password."),
        QT_TRANSLATE_NOOP("Strength", "This is a very common password."),
        QT_TRANSLATE_NOOP("Strength", "This is similar to a commonly used password."),
        QT_TRANSLATE_NOOP("Strength", "A word by itself is easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Names and surnames by themselves are easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Common names and surnames are easy to guess."),
        QT_TRANSLATE_NOOP("Strength", "Capitalization doesn't help very much."),
        QT_TRANSLATE_NOOP("Strength", "All-uppercase is almost as easy to guess as all-lowercase."),
        QT_TRANSLATE_NOOP("Strength", "Reversed words aren't much harder to guess."),
        QT_TRANSLATE_NOOP("Strength", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    )
}


def message_for(key: str, fallback: str) -> str:
    """The sentence to show for an error ``key``; ``fallback`` is the core's English message."""
    if key in _DETAILED or key not in _BY_KEY:
        return fallback or QCoreApplication.translate(_CONTEXT, _BY_KEY["internal"])
    return QCoreApplication.translate(_CONTEXT, _BY_KEY[key])


def duplicate_reason(name: str) -> str:
    """Beside the A-number, in the user's language: whose number it is (the core's sentence for
    :class:`casefile.errors.DuplicatePerson` is English and names the record's id)."""
    return QCoreApplication.translate(
        "Messages", "This A-number already belongs to “%1”, who is in the vault. One person has one record."
    ).replace("%1", name)


def strength_text(text: str) -> str:
    """One of the estimator's English sentences, translated when we know it."""
    if not text:
        return ""
    # zxcvbn joins several suggestions with a space; translate each sentence we recognise.
    parts = [p for p in _split_sentences(text) if p]
    return " ".join(QCoreApplication.translate("Strength", p) if p in _REASONS else p for p in parts)


def _split_sentences(text: str) -> list[str]:
    out: list[str] = []
    current = ""
    for word in text.split(" "):
        current = f"{current} {word}" if current else word
        if current in _REASONS or (current.endswith(".") and not _prefix_of_known(current)):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def _prefix_of_known(text: str) -> bool:
    return any(known.startswith(text + " ") for known in _REASONS)


def set_heading(label: QLabel, scale: float = 1.5) -> None:
    """Make a label a heading relative to the system font, so it follows the user's text size."""
    font = QFont(label.font())
    font.setPointSizeF(max(1.0, QApplication.font().pointSizeF() * scale))
    font.setBold(True)
    label.setFont(font)


class MessageLabel(QLabel):
    """A message under a field or at the top of a page: plain text, wraps, read by screen readers.

    ``kind`` is "error", "warning" or "info"; the stylesheet colours each, and the text itself
    always says what happened, so nothing depends on colour alone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageLabel")
        self._plain = False
        self.hide()

    def setText(self, text: str) -> None:
        # Plain text and selectable from the first text on, set here rather than when built: the
        # unlock window's label is built before anything says QtCore.Qt (ui.app explains why).
        if not self._plain:
            self._plain = True
            self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        super().setText(text)

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        prefix = "⚠ " if kind in ("error", "warning") else ""
        self.setText(prefix + text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def reserve_line(self) -> None:
        """Keep a line's room even with no message, so what is under it never moves when one
        appears ("Saved." pushed the form down under the cursor, issue 13, finding 9). A longer
        message still takes the lines it needs."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() + 2)
