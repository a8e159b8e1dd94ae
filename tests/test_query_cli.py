"""``poligraph queries``, ``query`` and ``cypher`` from the command line, on the embedded store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from graph.config import StoreConfig
from poligraph.cli import main
from poligraph.commands.output import render_rows
from query_corpus import corpus


@pytest.fixture
def db(tmp_path: Path) -> str:
    from graph.stores import open_store

    path = tmp_path / "graph.lbdb"
    with open_store(StoreConfig(backend="embedded", db_path=path)) as store:
        store.write(corpus())
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_queries_lists_names_descriptions_and_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "queries")
    assert code == 0
    assert "asylum_grants — Asylum grants" in out
    assert "-p person=<str>" in out and "-p date=<date>" in out and "(required)" in out
    code, out, _ = _run(capsys, "queries", "--json")
    listed = {q["name"]: q for q in json.loads(out)}
    assert listed["leaders_at"]["params"][1] == {
        "name": "date", "type": "date", "description": "the date, YYYY[-MM[-DD]]",
        "default": None, "required": True}


def test_query_prints_a_table_json_and_csv(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["query", "asylum_grants", "-p", "person=BAKIEV", "--store", "embedded", "--db", db]
    code, out, _ = _run(capsys, *base)
    assert code == 0
    header, rule, row, count = out.splitlines()
    assert header.split()[:4] == ["grantor_id", "grantor", "person_id", "person"]
    assert set(rule.replace(" ", "")) == {"-"} and "Belarus" in row and count == "(1 row)"
    assert "…" in row  # the long sentence is cut
    code, out, _ = _run(capsys, *base, "--format", "json")
    assert [r["grantor"] for r in json.loads(out)] == ["Belarus"]
    code, out, _ = _run(capsys, *base, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["sentence"] == "Belarus granted asylum to Kurmanbek Bakiyev on April 19, 2010."


def test_query_errors_are_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv, message in [
        (["query", "asylum_grant"], "did you mean asylum_grants"),
        (["query", "leaders_at", "-p", "state=Russia"], "missing parameter date"),
        (["query", "leaders_at", "-p", "state=Russia", "-p", "date=May"], "expects date"),
        (["query", "members", "-p", "organisation=CSTO"], "unknown parameter(s) organisation"),
        (["query", "members", "-p", "CSTO"], "is not KEY=VALUE"),
    ]:
        code, _, err = _run(capsys, *argv, "--db", db)
        assert code == 1 and err.count("\n") == 1 and message in err, (argv, err)


def test_cypher_runs_reads_with_typed_parameters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "cypher",
                        "MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name "
                        "ORDER BY name LIMIT $n", "-p", "prefix=D", "-p", "n:int=5",
                        "--format", "json", "--db", db)
    assert code == 0 and json.loads(out) == [{"name": "Dmitry Medvedev"}]


def test_cypher_refuses_writes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "cypher", "MATCH (n) // look\nDETACH DELETE n", "--db", db)
    assert code == 1 and "refused: DETACH" in err and err.count("\n") == 1
    code, out, _ = _run(capsys, "cypher", "MATCH (n:Person) RETURN count(n) AS people",
                        "--format", "csv", "--db", db)
    assert out.splitlines() == ["people", "4"]


def test_table_pads_and_truncates() -> None:
    rows = [{"name": "a", "aliases": ["x", "y"], "note": "z" * 100}, {"name": "bbbb", "note": None}]
    lines = render_rows(rows, "table", max_cell=10).splitlines()
    assert lines[0] == "name  aliases  note"
    assert lines[2] == "a     x; y     zzzzzzzzz…"
    assert lines[3] == "bbbb"
    assert lines[-1] == "(2 rows)"
    assert render_rows([], "table") == "(no rows)"
