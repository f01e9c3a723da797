"""@mentions in hidden notes (issue 15 #16): "@Carla, pode aprovar?" tells Carla. One rule for the
server (which records whom a note mentions) and the desk (which offers the names as you type).

A mention is "@" (at the start or after a space or punctuation) followed by a colleague's full
name, or their first name when no other colleague has it; case and accents do not matter, and the
longest name wins ("@Ana Paula" is Ana Paula, not Ana)."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Case- and accent-insensitive form ("Lúcia" and "lucia" are one)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _names(users: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(folded name, user id), longest first: every full name, and each first name held by one user."""
    users = [(uid, " ".join(fold(name).split())) for uid, name in users if name and name.strip()]
    firsts: dict[str, list[str]] = {}
    for uid, full in users:
        firsts.setdefault(full.split()[0], []).append(uid)
    names = [(full, uid) for uid, full in users]
    names += [(first, uids[0]) for first, uids in firsts.items() if len(uids) == 1]
    return sorted(set(names), key=lambda n: (-len(n[0]), n[0]))


def find_mentions(text: str, users: Iterable[tuple[str, str]]) -> list[str]:
    """The ids of the users (id, name) that `text` mentions, in the order first mentioned."""
    names = _names(users)
    folded = " ".join(fold(text).split())
    found: list[str] = []
    start = folded.find("@")
    while start >= 0:
        if start == 0 or not folded[start - 1].isalnum():
            rest = folded[start + 1:]
            for name, uid in names:
                end = len(name)
                if rest.startswith(name) and (end == len(rest) or not rest[end].isalnum()):
                    if uid not in found:
                        found.append(uid)
                    break
        start = folded.find("@", start + 1)
    return found
