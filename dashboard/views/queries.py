"""Queries: the named query catalog with a form per query, and a read-only Cypher box."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard import data
from graph.errors import PoligraphError, ReadOnlyViolation
from queries.catalog import ParamSpec, load_catalog

st.title("Queries")

MAX_ROWS_SHOWN = 5000


def param_widget(spec: ParamSpec, key: str) -> object:
    """One form field for a declared parameter; values are converted by the catalog."""
    label = f"{spec.name} ({spec.type})" + ("" if not spec.required else " *")
    default = spec.default
    if spec.type == "bool":
        return st.checkbox(label, value=bool(default), help=spec.description, key=key)
    if spec.type == "int":
        return st.number_input(label, value=int(default or 0), step=1, help=spec.description,
                               key=key)
    if spec.type == "float":
        return st.number_input(label, value=float(default or 0.0), help=spec.description, key=key)
    if spec.type == "list":
        text = ", ".join(default) if isinstance(default, list) else ""
        return st.text_input(label, value=text, help=spec.description + " (comma-separated)",
                             key=key)
    return st.text_input(label, value="" if default is None else str(default),
                         help=spec.description, key=key)


def show_rows(rows: list[dict], name: str, key: str) -> None:
    st.caption(f"{len(rows)} row(s)")
    if not rows:
        return
    frame = pd.DataFrame(rows)
    st.dataframe(frame.head(MAX_ROWS_SHOWN), hide_index=True, key=f"{key}_table")
    st.download_button("Download CSV", frame.to_csv(index=False).encode("utf-8"),
                       file_name=f"{name}.csv", mime="text/csv", key=f"{key}_csv")


catalog_tab, cypher_tab = st.tabs(["Catalog", "Cypher (read-only)"])

with catalog_tab:
    catalog = load_catalog()
    name = st.selectbox("Query", list(catalog),
                        format_func=lambda n: f"{catalog[n].title} ({n})", key="query_name")
    spec = catalog[name]
    st.write(spec.description)
    with st.form(f"query_form_{name}"):
        values = {p.name: param_widget(p, f"query_{name}_{p.name}") for p in spec.params}
        submitted = st.form_submit_button("Run")
    with st.expander("Cypher"):
        st.code(spec.text_for(data.config().backend), language="cypher")
    if submitted:
        given = {k: v for k, v in values.items()
                 if not (v == "" and spec.param(k) is not None and spec.param(k).required)}
        try:
            rows = data.run_named_query(name, spec.bind(given))
        except PoligraphError as exc:
            st.error(str(exc))
        else:
            st.session_state["query_last"] = (name, rows)
    last = st.session_state.get("query_last")
    if last and last[0] == name:
        show_rows(last[1], name, "query")

with cypher_tab:
    st.caption("Ad-hoc queries are read-only: CREATE, MERGE, SET, DELETE and other writes are "
               "refused before they reach the store. Pass values as parameters ($name).")
    with st.form("cypher_form"):
        cypher = st.text_area("Cypher", value="MATCH (p:Person) RETURN p.name AS name LIMIT 25",
                              height=140, key="cypher_text")
        params_text = st.text_area("Parameters (JSON object)", value="{}", height=68,
                                   key="cypher_params")
        run_cypher = st.form_submit_button("Run")
    if run_cypher:
        try:
            params = json.loads(params_text or "{}")
            if not isinstance(params, dict):
                raise ValueError("parameters must be a JSON object")
        except ValueError as exc:
            st.error(f"Parameters: {exc}")
        else:
            try:
                rows = data.run_cypher(cypher, params)
            except ReadOnlyViolation as exc:
                st.error(f"Write refused — the dashboard only reads the graph. {exc}")
            except PoligraphError as exc:
                st.error(f"Query failed: {exc}")
            else:
                st.session_state["cypher_last"] = rows
    if "cypher_last" in st.session_state:
        show_rows(st.session_state["cypher_last"], "cypher", "cypher")
