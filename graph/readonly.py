"""Refuse write clauses in ad-hoc Cypher before it reaches a database.

Comments and string literals are blanked first, so a write hidden after ``//`` or ``/* */``
is still seen and a keyword inside a quoted name is not; keywords match in any case, anywhere
(including inside ``CALL { }`` subqueries). Procedures are refused except a short list of
read-only ones.
"""

from __future__ import annotations

import re

from graph.errors import ReadOnlyViolation

__all__ = ["assert_read_only", "strip_comments_and_strings"]

_WRITE_CLAUSES = re.compile(
    r"(?<![.\w$])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|FOREACH|COPY|ALTER|RENAME|"
    r"INSTALL|LOAD\s+EXTENSION|ATTACH|DETACH|IMPORT|EXPORT|CHECKPOINT|USE|GRANT|REVOKE|DENY|"
    r"TERMINATE)\b(?!\s*:)",
    re.IGNORECASE,
)
_CALL = re.compile(r"\bCALL\s+(?!\{)([A-Za-z_][\w.]*)", re.IGNORECASE)
_READ_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys", "show_tables",
                    "table_info", "db.schema.visualization"}
_TOKENS = re.compile(
    r"//[^\n]*|/\*.*?(?:\*/|$)|'(?:\\.|[^'\\])*'?|\"(?:\\.|[^\"\\])*\"?|`[^`]*`?", re.DOTALL)


def strip_comments_and_strings(cypher: str) -> str:
    """The query with comments removed and literals/quoted names blanked to placeholders."""

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith(("//", "/*")):
            return " "
        return "'_'" if token[0] in "'\"" else "`_`"

    return _TOKENS.sub(blank, cypher)


def assert_read_only(cypher: str) -> None:
    """Raise :class:`ReadOnlyViolation` if the query could change the graph."""
    code = strip_comments_and_strings(cypher)
    found = _WRITE_CLAUSES.search(code)
    if found:
        clause = " ".join(found.group(1).upper().split())
        raise ReadOnlyViolation(f"refused: {clause} is a write or admin clause; ad-hoc queries are read-only")
    for call in _CALL.finditer(code):
        name = call.group(1).lower()
        if name not in _READ_PROCEDURES:
            raise ReadOnlyViolation(f"refused: procedure {call.group(1)} is not on the read-only list")
