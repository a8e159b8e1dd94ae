"""Actor search tolerant of spelling variants, date ranges, and the dashboard's safe helpers."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from graph.browse import Actor, search_actors, within_dates

ACTORS = [
    Actor("person:alexander-lukashenko", "Person", "Alexander Lukashenko",
          ("Lukashenka", "Alyaksandr Lukashenka"), events=5),
    Actor("person:kurmanbek-bakiyev", "Person", "Kurmanbek Bakiyev", ("Bakiev",), events=3),
    Actor("person:roza-otunbayeva", "Person", "Roza Otunbayeva", (), events=1),
    Actor("BLR", "State", "Belarus", ("Republic of Belarus",), iso3="BLR", events=4),
    Actor("organization:csto", "Organization", "CSTO",
          ("Collective Security Treaty Organization",), kind="igo"),
]


def ids(text: str, **kwargs: object) -> list[str]:
    return [hit.actor.id for hit in search_actors(ACTORS, text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize("text, expected", [
    ("Lukashenko", "person:alexander-lukashenko"),
    ("lukashenka", "person:alexander-lukashenko"),  # alias
    ("Lukaschenko", "person:alexander-lukashenko"),  # misspelt
    ("Alexandr Lukashenka", "person:alexander-lukashenko"),  # transliteration skeleton
    ("Bakiyev", "person:kurmanbek-bakiyev"),
    ("Bakiev", "person:kurmanbek-bakiyev"),
    ("Otunbaeva", "person:roza-otunbayeva"),
    ("collective security", "organization:csto"),
    ("blr", "BLR"),  # id
    ("BÉLARUS", "BLR"),  # accents and case
])
def test_search_finds_spelling_variants_first(text: str, expected: str) -> None:
    assert ids(text)[0] == expected


def test_search_ranks_exact_before_partial_and_reports_the_matched_alias() -> None:
    hits = search_actors(ACTORS, "Lukashenka")
    assert hits[0].score == 100.0
    assert hits[0].matched == "Lukashenka"


def test_search_excludes_unrelated_and_filters_labels() -> None:
    assert ids("Medvedev") == []
    assert ids("", limit=2) == ["person:alexander-lukashenko", "BLR"]  # most active first
    assert ids("Belarus", labels=("Person",)) == []


@pytest.mark.parametrize("date, since, until, inside", [
    ("2010-05-08", "", "", True),
    (None, "", "", True),
    (None, "2010", "", False),
    ("2010-05", "2010-05-08", "", True),  # the month overlaps the range
    ("2010-04", "2010-05-08", "", False),
    ("2010", "", "2009-12-31", False),
    ("2010-12-31", "", "2010", True),
    ("2011-01-01", "", "2010", False),
])
def test_within_dates_uses_period_overlap(date: str | None, since: str, until: str,
                                          inside: bool) -> None:
    assert within_dates(date, since, until) is inside


def test_highlight_escapes_everything_but_the_mark() -> None:
    from dashboard.widgets import highlighted_html

    text = "Intro <script>alert(1)</script>. Belarus granted asylum & shelter. <b>end</b>"
    start = text.index("Belarus")
    end = text.index(" <b>")
    shown = highlighted_html(text, start, end)
    assert "<script>" not in shown and "<b>" not in shown
    assert html.escape("<script>alert(1)</script>") in shown
    assert '<mark id="evidence">Belarus granted asylum &amp; shelter.</mark>' in shown


@pytest.mark.parametrize("claimed", ["../../etc/passwd", "..\\..\\boot.ini", "/abs/path/x.txt",
                                     ".hidden", "ü n i c o d e?.json", "", "a" * 300 + ".txt"])
def test_upload_names_stay_inside_the_folder(claimed: str, tmp_path: Path) -> None:
    from dashboard.uploads import Upload, safe_filename, write_uploads

    name = safe_filename(claimed, 1)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert len(name) <= 110
    written = write_uploads([Upload(claimed, b"Some article text.")], tmp_path, 1024)
    assert [p.parent for p in written] == [tmp_path.resolve()]
    if claimed.endswith(".txt"):
        assert written[0].suffix == ".txt"


def test_uploads_over_the_limit_are_refused_by_name(tmp_path: Path) -> None:
    from dashboard.uploads import Upload, write_uploads
    from graph.errors import InputError

    with pytest.raises(InputError, match="big.txt"):
        write_uploads([Upload("big.txt", b"x" * 2048)], tmp_path, 1024)
    assert list(tmp_path.iterdir()) == []


def test_launch_keeps_credentials_out_of_argv() -> None:
    from dashboard.launch import dashboard_env, streamlit_command
    from graph.config import StoreConfig

    config = StoreConfig(backend="neo4j", neo4j_password="s3cret-pw")
    argv = streamlit_command("127.0.0.1", 8600, 7)
    env = dashboard_env(config, {"PATH": "/bin"}, 7)
    assert not any("s3cret-pw" in part for part in argv)
    assert env["NEO4J_PASSWORD"] == "s3cret-pw" and env["POLIGRAPH_STORE"] == "neo4j"
    for flag, value in (("--server.address", "127.0.0.1"), ("--server.port", "8600"),
                        ("--server.headless", "true"), ("--browser.gatherUsageStats", "false"),
                        ("--server.maxUploadSize", "7")):
        assert argv[argv.index(flag) + 1] == value


def test_dashboard_command_binds_to_localhost_by_default() -> None:
    from poligraph.cli import build_parser

    args = build_parser().parse_args(["dashboard"])
    assert (args.host, args.port, args.max_upload_mb) == ("127.0.0.1", 8501, 50)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["dashboard", "--port", "70000"])
