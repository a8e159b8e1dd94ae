"""Actors: find one by any name or alias, see its profile, its events and its neighbourhood."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.network import draw
from dashboard.widgets import actor_picker, date_input, show_evidence
from graph.browse import EdgeRecord, EventRecord
from graph.vocab import EdgeType

st.title("Actors")

# A link may name an actor (?actor=ID); it pre-fills the search once.
wanted = st.query_params.get("actor")
if wanted and st.session_state.get("actors_linked") != wanted:
    known = data.actors_by_id().get(wanted)
    if known is not None:
        st.session_state["actor_query"] = known.name
    st.session_state["actors_linked"] = wanted

actor = actor_picker("actor", label="Search actors")
if actor is None:
    st.stop()

profile = data.profile(actor.id)
if profile is None:
    st.error("This actor is no longer in the store.")
    st.stop()

st.header(profile.actor.name)
facts = [profile.actor.label]
if profile.actor.kind:
    facts.append(profile.actor.kind)
if profile.actor.iso3:
    facts.append(profile.actor.iso3)
facts.append(f"{profile.actor.events} event(s)")
st.caption(" · ".join(facts) + f" · id {profile.actor.id}")
others = [a for a in profile.actor.aliases if a != profile.actor.name]
st.markdown("**Also known as:** " + (", ".join(f"`{a}`" for a in others) if others else "—"))


def edge_table(edges: list[EdgeRecord], other_side: str) -> pd.DataFrame:
    rows = []
    for e in edges:
        rows.append({"type": e.type, other_side: e.target if other_side == "to" else e.source,
                     "date": e.when, "status": e.status, "sentence": e.sentence, "edge id": e.id})
    return pd.DataFrame(rows, columns=["type", other_side, "date", "status", "sentence", "edge id"])


def event_table(events: list[EventRecord]) -> pd.DataFrame:
    rows = [{"date": v.date, "type": v.type, "role": v.role, "place": v.place,
             "participants": ", ".join(f"{r} {n}" for r, _, n in v.participants),
             "status": v.status, "sentence": v.sentence, "event id": v.id} for v in events]
    return pd.DataFrame(rows, columns=["date", "type", "role", "place", "participants", "status",
                                       "sentence", "event id"])


# Only the chosen view is built: the network component cannot lay out inside a hidden tab.
view_name = st.segmented_control("View", ["Profile", "Network"], default="Profile",
                                 key="actor_view") or "Profile"

if view_name == "Profile":
    st.subheader("Roles over time")
    if profile.roles:
        roles = pd.DataFrame([{"title": r.title, "of": r.target, "since": r.since,
                               "until": r.until or ("former" if r.former else "now"),
                               "sentence": r.sentence, "edge id": r.id} for r in profile.roles])
        st.dataframe(roles, hide_index=True, key="actor_roles")
    else:
        st.caption("No roles recorded.")
    left, right = st.columns(2)
    with left:
        st.subheader("Edges out")
        st.dataframe(edge_table(profile.edges_out, "to"), hide_index=True, key="actor_edges_out")
    with right:
        st.subheader("Edges in")
        st.dataframe(edge_table(profile.edges_in, "from"), hide_index=True, key="actor_edges_in")
    st.subheader("Events")
    st.dataframe(event_table(profile.events), hide_index=True, key="actor_events")

    facts_with_evidence = {**{e.id: f"{e.source} {e.type} {e.target} ({e.when or 'undated'})"
                              for e in profile.roles + profile.edges_out + profile.edges_in},
                           **{v.id: f"{v.type} {v.date or 'undated'}" for v in profile.events}}
    if facts_with_evidence:
        st.subheader("Evidence")
        chosen = st.selectbox("Show the sentence behind", list(facts_with_evidence),
                              format_func=facts_with_evidence.get, key="actor_evidence_choice")
        found = data.evidence(chosen) if chosen else None
        if found is not None:
            show_evidence(found)
            st.page_link("views/evidence.py", label="Open on the Evidence page",
                         query_params={"id": chosen}, icon=":material/format_quote:")

else:
    controls = st.columns([1, 3, 1, 1])
    hops = controls[0].radio("Hops", [1, 2], horizontal=True, key="net_hops")
    types = controls[1].multiselect("Edge types", [t.value for t in EdgeType],
                                    placeholder="all types", key="net_types")
    with controls[2]:
        since = date_input("Since", key="net_since")
    with controls[3]:
        until = date_input("Until", key="net_until")
    options = st.columns(2)
    undated = options[0].checkbox("Keep undated edges", value=True, key="net_undated")
    cap = options[1].slider("At most this many actors", 20, 800, 300, step=20, key="net_cap")
    view = data.network(actor.id, int(hops), tuple(types), since, until,
                        bool(undated), int(cap))
    st.caption(f"{len(view.nodes)} actor(s), {len(view.edges)} edge(s)"
               + (" — capped, narrow the filters to see the rest" if view.truncated else ""))
    if len(view.nodes) <= 1:
        st.info("No typed edges around this actor with these filters.")
    else:
        clicked = draw(view)
        if clicked and clicked != actor.id and clicked in view.nodes:
            target = view.nodes[clicked]

            def open_actor(name: str = target.name) -> None:
                st.session_state["actor_query"] = name

            st.button(f"Open the profile of {target.name}", on_click=open_actor,
                      key="net_open")
        with st.expander("Edges in this view"):
            st.dataframe(pd.DataFrame([{"source": e.source, "type": e.type, "target": e.target,
                                        "date": e.when, "edge id": e.id} for e in view.edges]),
                         hide_index=True, key="net_edges")
