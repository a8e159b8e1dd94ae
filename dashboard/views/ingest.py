"""Ingest: upload files or paste text, extract them and load them into the open store.

Writes go through the store object the dashboard already holds (an embedded database accepts
one writer: a second handle would be refused), under its lock.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.uploads import UPLOAD_TYPES, Upload, write_pasted, write_uploads
from dashboard.widgets import partial_date
from graph.errors import PoligraphError

st.title("Ingest")
limit_mb = data.upload_limit_mb()
st.caption(f"Articles are read, extracted and loaded into {data.config().describe()}. "
           f"Files up to {limit_mb} MB each; articles already loaded are skipped.")

upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
with upload_tab:
    files = st.file_uploader("Articles (text, JSON, JSON Lines, HTML, RSS/Atom)",
                             type=UPLOAD_TYPES, accept_multiple_files=True, key="ingest_files")
with paste_tab:
    pasted_title = st.text_input("Title", key="ingest_title")
    meta = st.columns(2)
    pasted_date = meta[0].text_input("Published", placeholder="YYYY-MM-DD", key="ingest_date")
    pasted_source = meta[1].text_input("Outlet", key="ingest_source")
    pasted_text = st.text_area("Article text", height=220, key="ingest_text")

start = st.button("Extract and load", type="primary", key="ingest_run")
if not start:
    st.stop()

uploads = [Upload(f.name, f.getvalue()) for f in files or []]
has_text = bool(pasted_text.strip())
if not uploads and not has_text:
    st.warning("Choose files or paste an article first.")
    st.stop()
if has_text and partial_date(pasted_date) is None:
    st.error("Published: use YYYY, YYYY-MM or YYYY-MM-DD")
    st.stop()

problems: list[str] = []
progress = st.progress(0.0, text="Starting…")
with tempfile.TemporaryDirectory(prefix="poligraph-upload-") as tmp:
    folder = Path(tmp)
    try:
        paths = write_uploads(uploads, folder, limit_mb * 1024 * 1024)
        if has_text:
            paths.append(write_pasted(pasted_text, folder, title=pasted_title,
                                      date=pasted_date, source=pasted_source))
    except PoligraphError as exc:
        st.error(str(exc))
        st.stop()

    from ingest.load import ingest_paths
    from ingest.summary import Totals

    totals = Totals()
    expected = max(1, len(paths))

    def on_article(extraction) -> None:  # type: ignore[no-untyped-def]
        totals.add(extraction)
        progress.progress(min(totals.articles / expected, 1.0),
                          text=f"Extracted {totals.articles} article(s)…")

    def on_error(error: Exception) -> None:
        problems.append(str(error).replace(str(folder) + "/", ""))

    try:
        with data.use_store() as store:
            before = store.stats()
            with st.spinner("Extracting (the language model loads on first use)…"):
                report = ingest_paths(paths, store, on_article=on_article, on_error=on_error)
            after = store.stats()
    except PoligraphError as exc:
        progress.empty()
        st.error(f"Ingest failed: {str(exc).replace(str(folder) + '/', '')}")
        st.stop()

progress.progress(1.0, text="Done")
data.clear_results()
st.success(f"Loaded {report.written} new article(s); {report.skipped} already loaded; "
           f"{report.failed} could not be read.")
cols = st.columns(4)
cols[0].metric("Articles read", report.read)
cols[1].metric("Actors mentioned", sum(totals.entities.values()))
cols[2].metric("Events", sum(totals.events.values()))
cols[3].metric("Typed edges", sum(totals.edges.values()))
added = {key: after.nodes.get(key, 0) - before.nodes.get(key, 0) for key in after.nodes}
added.update({key: after.edges.get(key, 0) - before.edges.get(key, 0) for key in after.edges})
added = {key: n for key, n in added.items() if n}
if added:
    st.subheader("Added to the graph")
    st.dataframe([{"what": key, "added": n} for key, n in sorted(added.items())],
                 hide_index=True, key="ingest_added")
for what, counter in (("Actors by type", totals.entities), ("Events by type", totals.events),
                      ("Edges by type", totals.edges)):
    if counter:
        st.text(f"{what}: " + ", ".join(f"{k} {n}" for k, n in counter.most_common()))
for problem in problems:
    st.warning(problem)
