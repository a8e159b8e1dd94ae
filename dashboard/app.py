"""Entry of the Poligraph dashboard: ``poligraph dashboard`` runs ``streamlit run`` on this file.

Only navigation lives here; each page is a module of ``views/`` holding UI alone, and every
read goes through :mod:`dashboard.data`. (The folder is not called ``pages/``: Streamlit would
also serve such a folder on its own, bypassing this entry script when a page URL is opened
first.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:  # `streamlit run` puts only this folder on the path
    sys.path.insert(0, _ROOT)

from dashboard import data  # noqa: E402  (needs the path above)

st.set_page_config(page_title="Poligraph", page_icon=":material/hub:", layout="wide")

PAGES = [
    st.Page("views/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("views/actors.py", title="Actors", icon=":material/person_search:"),
    st.Page("views/events.py", title="Events", icon=":material/event:"),
    st.Page("views/evidence.py", title="Evidence", icon=":material/format_quote:"),
    st.Page("views/queries.py", title="Queries", icon=":material/manage_search:"),
    st.Page("views/analytics.py", title="Analytics", icon=":material/insights:"),
    st.Page("views/ingest.py", title="Ingest", icon=":material/upload_file:"),
]

page = st.navigation(PAGES)
with st.sidebar:
    st.caption(f"Store: {data.config().describe()}")
page.run()
