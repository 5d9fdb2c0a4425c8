"""The command line builds only the parser of the command being run; it must parse exactly as
the whole parser does."""

from __future__ import annotations

import pytest

from casefile.cli import COMMANDS, build_parser

ARGVS = [
    ["gui", "--self-test"],
    ["gui", "--vault", "/tmp/v"],
    ["demo", "--no-gui", "--scale", "small"],
    ["init", "--vault", "v", "--user", "maria", "--role", "paralegal"],
    ["import", "--vault", "v", "cases.json"],
    ["export", "--vault", "v", "--out", "x.json"],
    ["search", "--vault", "v", "quispe"],
    ["report", "summary", "--vault", "v", "--person", "p-1", "--out", "s.pdf"],
    ["report", "pattern", "--vault", "v", "--out", "p.pdf"],
    ["deadlines", "--vault", "v", "--within", "30"],
    ["backup", "--vault", "v", "--out", "b.cfbackup"],
    ["restore", "--vault", "v2", "b.cfbackup"],
    ["verify", "--vault", "v"],
    ["passwd", "--vault", "v"],
    ["passwd", "--vault", "v", "--rotate-key"],
    ["user", "add", "--vault", "v", "carlos", "--role", "attorney"],
    ["user", "remove", "--vault", "v", "--user", "maria", "carlos"],
    ["user", "list", "--vault", "v", "--json"],
    ["foia", "letter", "--vault", "v", "--foia", "f-1", "--out", "l.docx"],
    ["foia", "appeal", "--vault", "v", "--foia", "f-1", "--out", "a.pdf", "--ground", "search"],
    ["foia", "chronology", "--vault", "v", "--foia", "f-1", "--foia", "f-2", "--out", "c.docx"],
    ["foia", "log", "--vault", "v", "--foia", "f-1", "--json"],
    ["crosscase", "--vault", "v", "--badge", "1234", "--json"],
    ["conflicts", "--vault", "v", "--name", "Garcia Lopez, Maria Jose", "--a-number", "A-012-345-678", "--json"],
    ["foia", "batch", "--vault", "v", "--agency", "ICE", "--person", "a", "--person", "b", "--out-dir", "d"],
]


def test_the_command_list_is_the_parsers():
    full = build_parser()
    (action,) = [a for a in full._actions if a.dest == "command"]
    assert tuple(action.choices) == COMMANDS
    assert {argv[0] for argv in ARGVS} == set(COMMANDS)


@pytest.mark.parametrize("argv", ARGVS, ids=lambda argv: " ".join(argv[:2]))
def test_one_command_parses_as_the_whole_parser(argv):
    full = build_parser()
    try:
        expected = vars(full.parse_args(argv))
    except SystemExit:
        pytest.fail(f"the example {argv} is not valid for the whole parser")
    assert vars(build_parser(only=argv[0]).parse_args(argv)) == expected


def test_a_bad_argument_fails_the_same_way(capsys):
    for parser in (build_parser(), build_parser(only="deadlines")):
        with pytest.raises(SystemExit) as stop:
            parser.parse_args(["deadlines", "--vault", "v", "--within", "soon"])
        assert stop.value.code == 2
    first, second = capsys.readouterr().err.split("usage:")[1:]
    assert first == second and "invalid int value: 'soon'" in first
