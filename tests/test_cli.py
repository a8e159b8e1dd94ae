"""The CLI is thin but must be complete: every command has help, errors are one line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from poligraph.cli import build_parser, main


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    commands = _commands()
    assert {"extract", "ingest", "stats"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert f"usage: poligraph {name}" in out
        assert len(out.splitlines()) > 3, f"{name} has no real help"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("poligraph ")


def test_help_does_not_import_heavy_libraries() -> None:
    code = ("import sys; from poligraph.cli import build_parser; build_parser().format_help(); "
            "heavy = [m for m in ('spacy', 'streamlit', 'neo4j', 'ladybug', 'rdflib', 'networkx') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_store_is_one_line_error(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("POLIGRAPH_STORE", "cassandra")
    assert main(["stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown store 'cassandra'" in err
