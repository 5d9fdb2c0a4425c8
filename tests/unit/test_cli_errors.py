"""What the command line prints and returns when a command fails in ways no command handled."""

from __future__ import annotations

import pytest
import sqlcipher3

from casefile import cli, commands
from casefile.errors import VaultDamaged, VaultLocked


@pytest.mark.parametrize(
    ("raised", "code", "words"),
    [
        (sqlcipher3.OperationalError("database is locked"), VaultLocked("").exit_code, "busy in another"),
        (sqlcipher3.DatabaseError("file is not a database"), VaultDamaged("").exit_code, "may be damaged"),
    ],
)
def test_database_errors_become_messages_with_their_exit_codes(monkeypatch, capsys, raised, code, words):
    def fail(*_args):
        raise raised

    monkeypatch.setattr(commands, "run", fail)
    assert cli.main(["verify", "--vault", "nowhere"]) == code
    err = capsys.readouterr().err
    assert err.startswith("casefile: ") and words in err and "Traceback" not in err


def test_a_bug_is_reported_without_a_traceback(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("CASEFILE_LOG_DIR", str(tmp_path))

    def fail(*_args):
        raise RuntimeError("something internal")

    monkeypatch.setattr(commands, "run", fail)
    assert cli.main(["verify", "--vault", "nowhere"]) == 1
    err = capsys.readouterr().err
    assert "unexpected internal error" in err and "RuntimeError" in err and "Traceback" not in err
