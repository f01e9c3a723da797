"""The server's sentence table says each key once: a second entry with the same key silently
replaced the first (a resume refused for an unknown template said "no such template on this
server", the delete's sentence, instead of naming the template and its language)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import rvops_server.domain.sentences as sentences


def test_every_sentence_key_is_written_once():
    tree = ast.parse(Path(sentences.__file__).read_text(encoding="utf-8"))
    repeated = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = Counter(k.value for k in node.keys if isinstance(k, ast.Constant))
            repeated += [key for key, count in keys.items() if count > 1]
    assert repeated == []
