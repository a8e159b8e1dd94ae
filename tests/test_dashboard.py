"""Each dashboard page driven through Streamlit's AppTest over an embedded store holding a
hand-built corpus: no exception, and the actors, edges and evidence the corpus holds are shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard_corpus import MARKUP_EDGE_TYPE, MARKUP_SENTENCE, build_store, markup_article
from graph.ids import edge_key
from query_corpus import corpus

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
TIMEOUT = 120


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "graph.lbdb"
    build_store(path)
    return path


@pytest.fixture
def app(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("POLIGRAPH_STORE", "embedded")
    monkeypatch.setenv("POLIGRAPH_DB", str(db_path))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        yield AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()  # closes the store, so the next test opens it afresh


def open_page(at, page: str):  # type: ignore[no-untyped-def]
    at.run()
    assert not at.exception, at.exception
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def texts(at) -> str:  # type: ignore[no-untyped-def]
    """Everything a reader sees as text on the page, to check values without caring where."""
    parts = [e.value for kind in ("markdown", "text", "code", "caption", "header", "subheader",
                                  "title", "success", "info", "warning", "error")
             for e in getattr(at, kind)]
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    return "\n".join(str(p) for p in parts)


def table(at, *columns: str, exact: bool = False):  # type: ignore[no-untyped-def]
    """The last table on the page having these columns (or exactly these)."""
    for frame in reversed([df.value for df in at.dataframe]):
        have = list(frame.columns)
        if (have == list(columns)) if exact else set(columns) <= set(have):
            return frame
    raise AssertionError(f"no table with columns {columns}")


def test_overview_counts_and_latest_articles(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/overview.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "5"
    assert metrics["Events"] == "12"
    nodes = table(at, "label", "count").set_index("label")["count"].to_dict()
    assert nodes["Person"] == 4 and nodes["State"] == 3 and nodes["Article"] == 5
    edges = table(at, "type", "count").set_index("type")["count"].to_dict()
    assert edges["GRANTED_ASYLUM"] == 1 and edges["SIGNED"] == 3 and edges["CRITICIZED"] == 1
    latest = table(at, "published", "title", "source")
    assert latest["source"].iloc[0] == "Markup Monitor"  # newest first
    assert "CSTO leaders sign Moscow Declaration" in set(latest["title"])


def test_actors_finds_a_spelling_variant_and_shows_the_profile(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/actors.py")
    at.text_input(key="actor_query").input("Lukaschenka").run()  # misspelt alias
    assert not at.exception, at.exception
    assert at.header[0].value == "Alexander Lukashenko"
    shown = texts(at)
    assert "Alyaksandr Lukashenka" in shown  # aliases
    roles = table(at, "title", "of", "since")
    assert roles[["title", "of", "since"]].values.tolist() == [["president", "Belarus", "1994-07-20"]]
    out = table(at, "type", "to")
    assert ["MET_WITH", "Dmitry Medvedev"] in out[["type", "to"]].values.tolist()
    events = table(at, "role", "participants", "event id")
    assert sorted(events["type"]) == ["STATEMENT", "STATEMENT", "SUMMIT"]
    # the first fact's evidence is shown under the profile
    assert "Alexander Lukashenko, the president of Belarus, said Minsk would protect him." in shown
    at.button_group(key="actor_view").set_value("Network").run()
    net = [c.value for c in at.caption if "actor(s)" in c.value]
    assert net and net[0].startswith("3 actor(s), 2 edge(s)")  # Belarus and Medvedev around him


def test_actor_network_two_hops_and_type_filter(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/actors.py")
    at.text_input(key="actor_query").input("Bakiev").run()
    assert at.header[0].value == "Kurmanbek Bakiyev"
    edges_in = table(at, "type", "from")
    assert sorted(edges_in["type"]) == ["GRANTED_ASYLUM", "REQUESTED_EXTRADITION",
                                        "REQUESTED_EXTRADITION"]
    at.button_group(key="actor_view").set_value("Network").run()
    at.radio(key="net_hops").set_value(2).run()
    edges = table(at, "source", "type", "target", "edge id")
    assert {"MEMBER_OF", "GRANTED_ASYLUM", "ACCUSED"} <= set(edges["type"])
    at.multiselect(key="net_types").set_value(["GRANTED_ASYLUM"]).run()
    edges = table(at, "source", "type", "target", "edge id")
    assert edges[["source", "target"]].values.tolist() == [["Belarus", "Kurmanbek Bakiyev"]]


def test_events_filtered_by_type_country_and_dates(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/events.py")
    rows = table(at, "participants", "cameo")
    assert len(rows) == 12
    at.multiselect(key="events_types").set_value(["ASYLUM_GRANT"]).run()
    rows = table(at, "participants", "cameo")
    assert rows[["date", "type", "place"]].values.tolist() == [["2010-04-19", "ASYLUM_GRANT", "Minsk"]]
    assert "agent Belarus" in rows["participants"].iloc[0]
    at.multiselect(key="events_types").set_value([]).run()
    at.selectbox(key="events_country").set_value("RUS").run()
    at.text_input(key="events_until").input("2010-04").run()
    rows = table(at, "participants", "cameo")
    assert rows[["date", "type"]].values.tolist() == [["2010-04-27", "MEETING"]]
    assert "Moscow" in set(rows["place"])
    assert not at.exception


def test_events_actor_filter(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/events.py")
    at.text_input(key="events_actor_query").input("Otunbaeva").run()
    rows = table(at, "participants", "cameo")
    assert rows["type"].tolist() == ["MEETING"]


def test_evidence_escapes_article_markup_and_highlights_the_sentence(app) -> None:  # type: ignore[no-untyped-def]
    x = markup_article()
    edge_id = edge_key(MARKUP_EDGE_TYPE.value, "RUS", "BLR", "ev-markup-v1", x.article.id)
    at = open_page(app, "views/evidence.py")
    at.text_input(key="evidence_id").input(edge_id).run()
    assert not at.exception, at.exception
    body = at.html[0].value
    assert "<script>" not in body and "<b>" not in body
    assert "&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;" in body
    assert ('<mark id="evidence">Russia criticized Belarus over the &lt;b&gt;shelter&lt;/b&gt; '
            "it gave Bakiyev.</mark>") in body
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Outlet"] == "Markup Monitor" and metrics["Published"] == "2010-05-13"
    assert MARKUP_SENTENCE in [c.value for c in at.code]
    assert "Title: A <i>tagged</i> title" in [t.value for t in at.text]  # as plain text


def test_evidence_by_actor_and_by_link(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/evidence.py")
    at.text_input(key="evidence_actor_query").input("Bakiyev").run()
    facts = at.selectbox(key="evidence_fact")
    assert any("GRANTED_ASYLUM" in label for label in facts.options)
    asylum = corpus()[0]
    grant = edge_key("GRANTED_ASYLUM", "BLR", "person:kurmanbek-bakiyev",
                     asylum.events[0].key, asylum.article.id)
    facts.set_value(grant).run()
    shown = texts(at)
    assert "Belarus granted asylum to Kurmanbek Bakiyev on April 19, 2010." in shown
    assert "Daily Ledger" in shown
    assert '<mark id="evidence">Belarus granted asylum' in at.html[0].value
    at.text_input(key="evidence_id").input("ed-does-not-exist").run()
    assert any("No edge or event" in w.value for w in at.warning)


def test_queries_catalog_form_and_read_only_cypher(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/queries.py")
    at.selectbox(key="query_name").set_value("asylum_grants").run()
    at.text_input(key="query_asylum_grants_person").input("bakiev")
    at.button[0].click().run()  # the form's Run button
    assert not at.exception, at.exception
    rows = table(at, "grantor", "person")
    assert rows[["grantor", "person"]].values.tolist() == [["Belarus", "Kurmanbek Bakiyev"]]
    assert any(b.label == "Download CSV" for b in at.get("download_button"))

    at.text_area(key="cypher_text").input("MATCH (n) DETACH DELETE n")
    at.button[1].click().run()
    assert any("Write refused" in e.value for e in at.error)
    at.text_area(key="cypher_text").input(
        "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id")
    at.text_area(key="cypher_params").input('{"name": "Roza Otunbayeva"}')
    at.button[1].click().run()
    assert table(at, "id", exact=True)["id"].tolist() == ["person:roza-otunbayeva"]


def test_ingest_page_asks_for_input(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/ingest.py")
    assert at.get("file_uploader")
    at.button(key="ingest_run").click().run()
    assert any("Choose files or paste" in w.value for w in at.warning)
    at.text_area(key="ingest_text").input("Some text")
    at.text_input(key="ingest_date").input("20-20")
    at.button(key="ingest_run").click().run()
    assert any("Published" in e.value for e in at.error)


def test_analytics_rankings_and_communities(app) -> None:  # type: ignore[no-untyped-def]
    at = open_page(app, "views/analytics.py")
    at.radio(key="an_by").set_value("degree").run()
    assert not at.exception, at.exception
    ranking = table(at, "rank", "name", "degree")
    assert ranking["name"].iloc[0] in {"Belarus", "Russia"}  # the best connected states
    assert {"Kurmanbek Bakiyev", "Dmitry Medvedev"} <= set(ranking["name"])
    groups = table(at, "community", "size", "members")
    assert groups["size"].sum() >= len(ranking)  # every ranked actor is in a community
    signed = table(at, "source", "target", "sign")
    assert ((signed["source"] == "Belarus") | (signed["target"] == "Belarus")).any()
    at.multiselect(key="an_types").set_value(["GRANTED_ASYLUM"]).run()
    at.checkbox(key="an_events").uncheck().run()
    assert sorted(table(at, "rank", "name", "degree")["name"]) == ["Belarus", "Kurmanbek Bakiyev"]


def test_ingest_pasted_text_through_the_open_store(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The page writes through the store the dashboard holds open (a second handle would fail)."""
    pytest.importorskip("ingest.pipeline")
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("POLIGRAPH_STORE", "embedded")
    monkeypatch.setenv("POLIGRAPH_DB", str(tmp_path / "fresh.lbdb"))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        at = open_page(AppTest.from_file(str(APP), default_timeout=TIMEOUT), "views/ingest.py")
        at.text_input(key="ingest_title").input("Asylum in Minsk")
        at.text_input(key="ingest_date").input("2010-04-20")
        at.text_input(key="ingest_source").input("Test Courier")
        at.text_area(key="ingest_text").input(
            "Belarus granted asylum to Kurmanbek Bakiyev on Monday. President Alexander "
            "Lukashenko said Minsk would protect him.")
        at.button(key="ingest_run").click().run()
        assert not at.exception, at.exception
        assert any("Loaded 1 new article(s)" in s.value for s in at.success)
        metrics = {m.label: m.value for m in at.metric}
        assert metrics["Articles read"] == "1"
        at.switch_page("views/actors.py").run()
        at.text_input(key="actor_query").input("Bakiyev").run()
        assert at.header[0].value == "Kurmanbek Bakiyev"
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
