"""Passphrase strength, judged by zxcvbn, with a reason a person can act on."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from casefile.errors import WeakPassphrase

MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline attacks"
MIN_LENGTH = 10
MAX_LENGTH = 1024


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    reason: str  # why it is weak, or "" when acceptable
    suggestion: str


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, f"It is shorter than {MIN_LENGTH} characters.", "Use four or more unrelated words.")
    if len(passphrase) > MAX_LENGTH:
        return Strength(0, False, f"It is longer than {MAX_LENGTH} characters.", "")
    # zxcvbn's cost grows quickly with length; its verdict on the first 100 characters is enough.
    result = zxcvbn(passphrase[:100], user_inputs=[u for u in user_inputs if u])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "")
    suggestions = " ".join(str(s) for s in feedback.get("suggestions") or [])
    if score >= MIN_SCORE:
        return Strength(score, True, "", suggestions)
    reason = warning or "It would be guessed quickly by someone with the laptop and time."
    return Strength(score, False, reason, suggestions or "Add another word or two; uncommon words are better.")


def require_strong(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        raise WeakPassphrase(
            f"That passphrase is too weak: {strength.reason} {strength.suggestion}".strip(),
            reason=strength.reason,
        )
