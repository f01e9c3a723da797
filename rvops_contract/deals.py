"""The sales pipeline's stages, in order (the workspace's one pipeline, "default"): keys on the
wire and in the store; clients show each in the agent's language."""
from __future__ import annotations

DEFAULT_PIPELINE = "default"
STAGES = ("new", "qualification", "proposta", "negotiation", "won", "lost")  # "proposta": the seed's key
FIRST_STAGE = STAGES[0]
CLOSED_STAGES = frozenset({"won", "lost"})


def is_stage(stage: str) -> bool:
    return stage in STAGES
