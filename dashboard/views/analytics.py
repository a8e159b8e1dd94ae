"""Analytics: who is central, which groups hold together, who cooperates and who clashes."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.widgets import date_input
from graph.vocab import EdgeType

st.title("Analytics")
st.caption("Measures on the actor network: typed edges, and optionally actors linked by "
           "taking part in the same event.")

controls = st.columns([3, 1, 1, 1])
types = controls[0].multiselect("Edge types", [t.value for t in EdgeType],
                                placeholder="all types", key="an_types")
with controls[1]:
    since = date_input("Since", key="an_since")
with controls[2]:
    until = date_input("Until", key="an_until")
top = controls[3].number_input("Top", min_value=5, max_value=200, value=20, step=5, key="an_top")
options = st.columns(2)
by = options[0].radio("Rank by", ["pagerank", "degree", "betweenness"], horizontal=True,
                      key="an_by")
with_events = options[1].checkbox("Link actors of the same event", value=True, key="an_events")

result = data.analytics(since, until, tuple(types) if types else None, bool(with_events), by,
                        int(top))
st.caption(f"{result.actors} actor(s), {result.ties} tie(s) in the projection")
if not result.ranking:
    st.info("No ties between actors with these filters.")
    st.stop()

st.subheader("Centrality")
ranking = pd.DataFrame([row.to_dict() for row in result.ranking])
chart = (alt.Chart(ranking).mark_bar()
         .encode(x=alt.X(f"{by}:Q"), y=alt.Y("name:N", sort="-x", title=None),
                 color=alt.Color("label:N"), tooltip=["name", "label", "degree", "betweenness",
                                                      "pagerank"])
         .properties(height=max(160, 22 * len(ranking))))
st.altair_chart(chart, use_container_width=True)
st.dataframe(ranking[["rank", "name", "label", "degree", "betweenness", "pagerank", "id"]],
             hide_index=True, key="an_ranking")

st.subheader("Communities")
groups = pd.DataFrame([{"community": c.index, "size": c.size,
                        "members": ", ".join(c.names[:12]) + (" …" if c.size > 12 else "")}
                       for c in result.communities])
if groups.empty:
    st.caption("No communities.")
else:
    st.bar_chart(groups.set_index("community")["size"])
    st.dataframe(groups, hide_index=True, key="an_communities")

st.subheader("Cooperation and conflict")
if result.signed:
    signed = pd.DataFrame(result.signed)
    signed["types"] = signed["types"].map(lambda ts: ", ".join(sorted(ts)))
    st.dataframe(signed[["source", "target", "sign", "weight", "positive", "negative", "types"]],
                 hide_index=True, key="an_signed")
else:
    st.caption("No signed ties.")
