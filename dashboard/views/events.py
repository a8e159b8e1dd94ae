"""Events: filter by type, country, actor and date range; a timeline and the table."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.widgets import actor_picker, date_input, show_evidence
from graph.vocab import EventType, NodeLabel

st.title("Events")

states = sorted((a for a in data.directory() if a.label == NodeLabel.STATE.value),
                key=lambda a: a.name)
top = st.columns([2, 2, 1, 1])
types = top[0].multiselect("Type", [t.value for t in EventType], placeholder="all types",
                           key="events_types")
country_ids = [""] + [s.id for s in states]
state_names = {s.id: f"{s.name} ({s.id})" for s in states}
country = top[1].selectbox("Country (where it happened or who took part)", country_ids,
                           format_func=lambda c: state_names.get(c, "any country"),
                           key="events_country")
with top[2]:
    since = date_input("Since", key="events_since")
with top[3]:
    until = date_input("Until", key="events_until")
actor = actor_picker("events_actor", label="Actor taking part (optional)", optional=True)

found = data.events(tuple(types), country or "", actor.id if actor else "", since, until)
st.caption(f"{len(found)} event(s)")
if not found:
    st.info("No events match these filters.")
    st.stop()

frame = pd.DataFrame([{
    "date": v.date, "type": v.type, "place": v.place,
    "participants": ", ".join(f"{role} {name}" for role, _, name in v.participants),
    "status": v.status, "cameo": v.cameo, "sentence": v.sentence, "event id": v.id,
} for v in found])

st.subheader("Timeline")
dated = frame[frame["date"].notna()].copy()
if dated.empty:
    st.caption("None of these events is dated.")
else:
    # a partial date is drawn at the start of its period
    dated["when"] = pd.to_datetime(dated["date"].map(lambda d: (d + "-01-01")[:10]),
                                   errors="coerce", format="%Y-%m-%d")
    chart = (alt.Chart(dated.dropna(subset=["when"]))
             .mark_circle(size=90, opacity=0.75)
             .encode(x=alt.X("when:T", title="date"), y=alt.Y("type:N", title=None),
                     color=alt.Color("type:N", legend=None),
                     tooltip=["date", "type", "place", "participants", "status"])
             .properties(height=max(160, 34 * dated["type"].nunique())))
    st.altair_chart(chart, use_container_width=True)
    if len(dated) < len(frame):
        st.caption(f"{len(frame) - len(dated)} undated event(s) are in the table only.")

st.subheader("Table")
st.dataframe(frame, hide_index=True, key="events_table")
st.download_button("Download CSV", frame.to_csv(index=False).encode("utf-8"),
                   file_name="events.csv", mime="text/csv", key="events_csv")

st.subheader("Evidence")
labels = {v.id: f"{v.date or 'undated'} {v.type}: "
                + ", ".join(name for _, _, name in v.participants[:4]) for v in found}
chosen = st.selectbox("Show the sentence behind", list(labels), format_func=labels.get,
                      key="events_evidence_choice")
if chosen:
    shown = data.evidence(chosen)
    if shown is not None:
        show_evidence(shown)
