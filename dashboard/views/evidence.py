"""Evidence: the article behind any edge or event, with the supporting sentence highlighted.

The article text is always escaped; only the highlight is markup (see ``highlighted_html``).
"""

from __future__ import annotations

import streamlit as st

from dashboard import data
from dashboard.widgets import actor_picker, show_evidence

st.title("Evidence")
st.caption("Every edge and event in the graph points to the sentence that states it.")

linked = st.query_params.get("id", "")
if linked and st.session_state.get("evidence_linked") != linked:
    st.session_state["evidence_id"] = linked
    st.session_state["evidence_linked"] = linked

by_id, by_actor = st.tabs(["By id", "By actor"])
chosen = ""
with by_id:
    typed = st.text_input("Edge or event id", key="evidence_id",
                          placeholder="ed-… or ev-… (ids are shown in the tables of other pages)")
    chosen = typed.strip()
with by_actor:
    actor = actor_picker("evidence_actor", label="Actor", optional=True)
    if actor is not None:
        profile = data.profile(actor.id)
        facts = {}
        if profile is not None:
            for e in profile.roles + profile.edges_out + profile.edges_in:
                facts[e.id] = f"{e.source} {e.type} {e.target} ({e.when or 'undated'})"
            for v in profile.events:
                facts[v.id] = f"{v.type} {v.date or 'undated'} as {v.role}"
        if facts:
            picked = st.selectbox("Fact", list(facts), format_func=facts.get,
                                  key="evidence_fact")
            if picked and not chosen:
                chosen = picked
        else:
            st.info("No edges or events for this actor.")

if not chosen:
    st.info("Give an edge or event id, or pick an actor and one of its facts.")
    st.stop()

found = data.evidence(chosen)
if found is None:
    st.warning(f"No edge or event has the id “{chosen}”.")
    st.stop()
show_evidence(found)
