"""An agent's capacity (S12): the most open conversations routing gives them at once (None: no
limit). One rule for the server's routing and the supervisor's dashboard."""
from __future__ import annotations


def has_room(open_conversations: int, capacity: int | None) -> bool:
    """Whether an agent holding `open_conversations` may be given one more."""
    return capacity is None or open_conversations < capacity
