"""Overview: how big the graph is, what was loaded last and when its events happened."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from graph.vocab import ACTOR_LABELS, EdgeType, NodeLabel

st.title("Poligraph overview")

stats = data.stats()
cols = st.columns(4)
cols[0].metric("Articles", stats.articles)
cols[1].metric("Actors", sum(stats.nodes.get(label.value, 0) for label in ACTOR_LABELS))
cols[2].metric("Events", stats.nodes.get(NodeLabel.EVENT.value, 0))
cols[3].metric("Typed edges", sum(stats.edges.get(t.value, 0) for t in EdgeType))

left, right = st.columns(2)
with left:
    st.subheader("Nodes by label")
    nodes = pd.DataFrame(sorted(stats.nodes.items()), columns=["label", "count"])
    st.dataframe(nodes, hide_index=True, key="overview_nodes")
with right:
    st.subheader("Relationships by type")
    edges = pd.DataFrame(sorted(stats.edges.items()), columns=["type", "count"])
    st.dataframe(edges, hide_index=True, key="overview_edges")

st.subheader("Events over time")
dated = data.dates()
if not dated:
    st.info("No dated events yet — load articles on the Ingest page or with `poligraph ingest`.")
else:
    by = st.radio("Group by", ["month", "year"], horizontal=True, key="overview_grain")
    frame = pd.DataFrame(dated, columns=["date", "type"])
    if by == "month":
        precise = frame[frame["date"].str.len() >= 7].copy()
        precise["period"] = precise["date"].str.slice(0, 7)
        if len(precise) < len(frame):
            st.caption(f"{len(frame) - len(precise)} event(s) dated to the year only are left "
                       "out of the monthly view.")
    else:
        precise = frame.copy()
        precise["period"] = precise["date"].str.slice(0, 4)
    counts = precise.groupby(["period", "type"]).size().unstack(fill_value=0).sort_index()
    st.bar_chart(counts)

st.subheader("Latest articles")
articles = data.recent_articles(10)
if articles:
    shown = pd.DataFrame(articles)[["published", "title", "source", "events", "actors", "id"]]
    st.dataframe(shown, hide_index=True, key="overview_articles")
else:
    st.info("No articles in the store yet.")
