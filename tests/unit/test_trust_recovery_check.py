"""Issue 11, finding 3: the recovery key's check characters and which slots a secret is tried on.

No Argon2id here: the slot order is a pure function, so the property can run its 200 examples
in seconds (tests/vault/test_trust_recovery.py unlocks real vaults)."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from casefile.domain.passphrase import assess
from casefile.vault import keys

ALPHABET = keys.RECOVERY_ALPHABET
WORDS = [
    "crazy",
    "zebras",
    "gulp",
    "sweet",
    "plums",
    "at",
    "dawns",
    "lavender",
    "canoe",
    "quartz",
    "mitten",
    "harbor",
    "violin",
    "glacier",
    "tangerine",
    "rosa",
    "jorge",
    "maribel",
    "clinic",
    "asylum",
    "border",
    "river",
    "kettle",
    "orbit",
    "pepper",
    "walnut",
    "meadow",
    "copper",
    "thunder",
    "pillow",
    "saddle",
    "lantern",
    "frost",
    "cobalt",
    "hazel",
    "juniper",
    "marble",
    "nectar",
    "oyster",
]


def _slot(kind: str, user: str) -> keys.KeySlot:
    return keys.KeySlot(Path(f"{kind}-{user}.slot"), "0" * 16, kind, user, "v", {}, b"", b"")


SLOTS = [_slot("user", "maria"), _slot("user", "jorge"), _slot("recovery", "")]


def test_new_recovery_keys_carry_a_valid_check() -> None:
    for _ in range(200):
        key = keys.new_recovery_key()
        assert len(key) == 39 and key.count("-") == 7
        form = keys.recovery_form(key.lower().replace("-", " "))
        assert form is not None and form.checked and form.key == key


def test_every_single_typo_and_every_swap_is_caught() -> None:
    # The code has distance 3, so any one or two changed characters break the check. Tried
    # exhaustively: every substitution at every position, every swap of two different
    # characters at any two positions, for 20 random keys.
    rng = random.Random(11)
    for _ in range(20):
        body = "".join(rng.choice(ALPHABET) for _ in range(30))
        key = body + keys._check_chars(body)
        assert keys.recovery_form(key).checked
        for i in range(32):
            for ch in ALPHABET:
                if ch != key[i]:
                    typo = key[:i] + ch + key[i + 1 :]
                    assert not keys.recovery_form(typo).checked, (key, i, ch)
        for i in range(32):
            for j in range(i + 1, 32):
                if key[i] != key[j]:
                    swapped = list(key)
                    swapped[i], swapped[j] = swapped[j], swapped[i]
                    assert not keys.recovery_form("".join(swapped)).checked


def test_the_zebras_passphrase_goes_to_the_user_slots_first() -> None:
    # 32 letters, none of them I, O, 0 or 1: the old code took it for a recovery key and never
    # tried it as a passphrase (exit 3 forever).
    secret = "Crazy zebras gulp sweet plums at dawns"
    form = keys.recovery_form(secret)
    assert form is not None and not form.checked
    plan = keys.plan_unlock(SLOTS, secret, user=None)
    assert [(s.kind, t) for s, t in plan.tries][:2] == [("user", secret), ("user", secret)]
    assert plan.tries[-1][0].kind == "recovery"


def test_a_checked_recovery_key_goes_to_the_recovery_slot_first() -> None:
    key = keys.new_recovery_key()
    plan = keys.plan_unlock(SLOTS, key.lower(), user="maria")
    assert plan.tries[0] == (SLOTS[2], key)
    assert (SLOTS[0], key.lower()) in plan.tries  # a passphrase that happens to check still works


def _secrets() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(WORDS), min_size=4, max_size=7)
    separators = st.sampled_from([" ", "-", "", ".", " "])
    phrase = st.builds(lambda ws, sep: sep.join(ws), words, separators)
    shouted = phrase.map(str.upper)
    titled = phrase.map(str.title)
    recovery_like = st.text(alphabet=ALPHABET, min_size=32, max_size=32)
    grouped = recovery_like.map(lambda t: " ".join(t[i : i + 4] for i in range(0, 32, 4)).lower())
    return st.one_of(phrase, shouted, titled, recovery_like, grouped)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(_secrets())
def test_every_acceptable_passphrase_is_tried_on_its_own_slot(secret: str) -> None:
    # Must-show 4 at the level where the bug was: whatever the strength check accepts reaches
    # the user slots as typed.
    assume(assess(secret, ("maria",)).acceptable)
    for user in (None, "maria"):
        plan = keys.plan_unlock(SLOTS, secret, user=user)
        assert (SLOTS[0], secret) in plan.tries
