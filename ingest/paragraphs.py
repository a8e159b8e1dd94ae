"""A pipeline component that starts a sentence after every blank line.

Headlines, datelines and captions carry no final full stop, so the parser would read them as
one sentence with the paragraph that follows ("Tunisia asks X to extradite Y" becoming the
object of the line above it). A blank line always ends a sentence in news text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["COMPONENT"]

COMPONENT = "paragraph_breaks"


@Language.component(COMPONENT)
def paragraph_breaks(doc: "Doc") -> "Doc":
    """Mark the first token after a blank line as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc
