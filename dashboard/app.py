"""Entry of the Poligraph dashboard: ``poligraph dashboard`` runs ``streamlit run`` on this file.

Only navigation lives here; each page is a module of ``pages/`` holding UI alone, and every
read goes through :mod:`dashboard.data`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:  # `streamlit run` puts only this folder on the path
    sys.path.insert(0, _ROOT)

from dashboard import data  # noqa: E402  (needs the path above)

st.set_page_config(page_title="Poligraph", page_icon="🕸️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon="📊", default=True),
    st.Page("pages/actors.py", title="Actors", icon="👤"),
    st.Page("pages/events.py", title="Events", icon="📅"),
    st.Page("pages/evidence.py", title="Evidence", icon="📄"),
    st.Page("pages/queries.py", title="Queries", icon="🔎"),
    st.Page("pages/analytics.py", title="Analytics", icon="📈"),
    st.Page("pages/ingest.py", title="Ingest", icon="📥"),
]

page = st.navigation(PAGES)
with st.sidebar:
    st.caption(f"Store: {data.config().describe()}")
page.run()
