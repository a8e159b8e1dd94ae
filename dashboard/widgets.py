"""UI pieces shared by several pages: the actor picker and the evidence view."""

from __future__ import annotations

import html
import re

import streamlit as st

from dashboard import data
from graph.browse import Actor, Evidence

__all__ = ["actor_picker", "show_evidence", "highlighted_html", "actor_label", "date_input",
           "partial_date"]

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def partial_date(text: str) -> str | None:
    """``text`` as a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD), '' when empty, None if invalid."""
    text = text.strip()
    if not text:
        return ""
    return text if _PARTIAL_DATE.match(text) else None


def date_input(label: str, key: str) -> str:
    """A text box for a partial date; an invalid one is reported and ignored."""
    raw = st.text_input(label, placeholder="YYYY[-MM[-DD]]", key=key)
    value = partial_date(raw)
    if value is None:
        st.error(f"{label}: use YYYY, YYYY-MM or YYYY-MM-DD")
        return ""
    return value


def actor_label(actor: Actor) -> str:
    return f"{actor.name} · {actor.label}" + (f" ({actor.iso3})" if actor.iso3 and actor.label == "State" else "")


def actor_picker(key: str, label: str = "Actor", help_text: str | None = None,
                 optional: bool = False) -> Actor | None:
    """A search box (any name or alias, spelling variants tolerated) and a choice among hits.

    With an empty box the most active actors are offered, or nothing when ``optional``.
    """
    query = st.text_input(label, key=f"{key}_query",
                          placeholder="name or alias, e.g. Lukashenka",
                          help=help_text or "Any name or alias; case, accents and usual "
                                            "transliteration variants are tolerated.")
    if optional and not query.strip():
        return None
    hits = data.search(query.strip(), limit=50)
    if not hits:
        if query.strip():
            st.info(f"No actor matches “{query.strip()}”.")
        return None
    options = [hit.actor.id for hit in hits]
    names = {hit.actor.id: hit for hit in hits}

    def fmt(actor_id: str) -> str:
        hit = names[actor_id]
        shown = actor_label(hit.actor)
        if query.strip() and hit.matched and hit.matched not in (hit.actor.name, hit.actor.id):
            shown += f" — matched “{hit.matched}”"
        return shown

    chosen = st.selectbox(f"{label}: matches", options, format_func=fmt, key=f"{key}_choice")
    return names[chosen].actor if chosen else None


def highlighted_html(text: str, start: int | None, end: int | None) -> str:
    """The article text escaped, with only the evidence span wrapped in ``<mark>``.

    Nothing from the article is ever interpreted as markup: every part is escaped, the only
    tags are the ones added here.
    """
    if start is None or end is None or not 0 <= start <= end <= len(text):
        body = html.escape(text)
    else:
        body = (html.escape(text[:start]) + '<mark id="evidence">' + html.escape(text[start:end])
                + "</mark>" + html.escape(text[end:]))
    return ('<div class="poligraph-article" style="white-space: pre-wrap; line-height: 1.6; '
            'max-height: 32rem; overflow-y: auto; padding: 0.75rem; border: 1px solid '
            f'rgba(128,128,128,0.35); border-radius: 0.5rem;">{body}</div>')


def show_evidence(found: Evidence) -> None:
    """Source, date and the article with the supporting sentence highlighted."""
    st.markdown(f"**{found.kind.title()}** `{found.type}` — {_plain(found.summary)}")
    cols = st.columns([2, 1, 1, 1])
    cols[0].metric("Outlet", found.outlet or "unknown")
    cols[1].metric("Published", found.published or "undated")
    cols[2].metric("Fact date", found.date or "undated")
    cols[3].metric("Status", found.status or "asserted")
    if found.title:
        st.text(f"Title: {found.title}")
    if found.url:
        st.text(f"URL: {found.url}")
    st.caption(f"Article {found.article_id or '?'} · confidence "
               f"{found.confidence if found.confidence is not None else '?'} · id {found.id}")
    if found.sentence:
        st.text("Supporting sentence:")
        st.code(found.sentence, language=None, wrap_lines=True)
    if not found.text:
        st.warning("The article text is not in the store.")
        return
    if not found.located:
        st.warning("The evidence offsets do not index the article text; the text is shown "
                   "without highlight.")
    st.html(highlighted_html(found.text, found.start if found.located else None,
                             found.end if found.located else None))


def _plain(text: str) -> str:
    """Text safe inside Markdown: markup characters escaped so names render as written."""
    out = html.escape(text, quote=False)
    for char in "\\`*_{}[]()#+-.!|~$":
        out = out.replace(char, "\\" + char)
    return out
