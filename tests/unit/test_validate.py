"""A-numbers and record checks say what is wrong in words a paralegal understands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.domain.validate import format_a_number, normalize_a_number, normalize_record
from casefile.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("A 208-114-563", "A208114563"),
        ("a208114563", "A208114563"),
        ("208114563", "A208114563"),
        ("A-12-345-678", "A012345678"),
        ("12345678", "A012345678"),
        (" A 012 345 678 ", "A012345678"),
    ],
)
def test_accepted_forms(typed: str, stored: str) -> None:
    assert normalize_a_number(typed) == stored


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("A12345", "has 5 digits"),
        ("A1234567890", "has 10 digits"),
        ("B12345678", "contains 'B'"),
        ("A12O45678", "contains 'O'"),
        ("A", "empty"),
    ],
)
def test_refused_forms_say_why(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_a_number(typed)
    assert words in caught.value.reason
    assert caught.value.field == "a_number"


@given(st.integers(min_value=10_000_000, max_value=999_999_999), st.sampled_from(["A", "a", "A-", "A ", ""]))
def test_any_8_or_9_digit_number_round_trips(number: int, prefix: str) -> None:
    stored = normalize_a_number(f"{prefix}{number}")
    assert stored == f"A{number:09d}"
    assert format_a_number(stored).replace("-", "") == stored


def test_record_checks_name_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_record("people", {"id": "p", "full_name": "Ana", "country_of_birth": "Peru"}, "people[0] (id p)")
    assert caught.value.field == "country_of_birth"
    with pytest.raises(ValidationError) as caught:
        normalize_record("encounters", {"id": "e", "occurred_at": "2026-09-15T05:50:00"}, "encounters[0] (id e)")
    assert caught.value.field == "occurred_at" and "offset" in caught.value.reason
    # A date alone is how an unknown time is recorded.
    assert normalize_record("encounters", {"id": "e", "occurred_at": "2026-09-15"}, "e")["occurred_at"] == "2026-09-15"
    with pytest.raises(ValidationError) as caught:
        normalize_record(
            "encounters", {"id": "e", "occurred_at": "2026-09-15T05:50:00Z", "location": {"state": "XX"}}, "e"
        )
    assert caught.value.field == "location.state"


def test_computed_foia_fields_are_ignored_on_import() -> None:
    out = normalize_record(
        "foia_requests", {"id": "f", "agency": "ICE", "response_due": "1999-01-01", "overdue": True}, "f"
    )
    assert "response_due" not in out and "overdue" not in out
