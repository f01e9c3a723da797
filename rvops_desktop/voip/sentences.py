"""The voip layer's sentences: `rvops_contract.sentences.Sentence`s keyed by their English template.

voip has no Qt, so each template is marked with `QT_TRANSLATE_NOOP(CONTEXT, …)` for lupdate and the
UI renders the sentence in the agent's language (`rvops_desktop/ui/sentences.py: say`).
"""
from __future__ import annotations

from rvops_contract.sentences import QT_TRANSLATE_NOOP, Sentence, sentence_of

CONTEXT = "voip"

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Sentence", "sentence_of"]
