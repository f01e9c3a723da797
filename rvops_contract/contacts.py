"""Merging two contacts: one rule for the server (which applies it) and the desk (which shows it at
once, offline too). The kept contact's own values win; the duplicate adds its tags and fills what
the kept one lacks (its phone, e-mail, accounts, owner and properties without a value)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FILLED_FIELDS = ("phone", "email", "instagram_id", "webchat_visitor_id", "owner_id")
# what links to a contact, moved to the kept one (the change-log collections)
LINKED_COLLECTIONS = ("conversations", "calls", "deals", "companies", "tasks")


def _empty(value: Any) -> bool:
    return value is None or value == ""


def merged_fields(keep: Mapping[str, Any], duplicate: Mapping[str, Any]) -> dict[str, Any]:
    """The kept contact's fields after the merge that change: `tags` and `properties` always, and
    each of FILLED_FIELDS the kept contact lacks and the duplicate has."""
    tags = list(dict.fromkeys([*(keep.get("tags") or []), *(duplicate.get("tags") or [])]))
    properties = dict(keep.get("properties") or {})
    for key, value in (duplicate.get("properties") or {}).items():
        if _empty(properties.get(key)) and not _empty(value):
            properties[key] = value
    filled = {f: duplicate.get(f) for f in FILLED_FIELDS if _empty(keep.get(f)) and not _empty(duplicate.get(f))}
    return {**filled, "tags": tags, "properties": properties}


__all__ = ["FILLED_FIELDS", "LINKED_COLLECTIONS", "merged_fields"]
