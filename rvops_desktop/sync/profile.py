"""The last session, remembered between starts: server, account and user record — never the token.

The token lives in the OS keychain (credentials.Session); this file holds only what is needed to
open the right replica and paint the inbox before the network answers:

    saved = profile.load()                  # None on a first start or after "Sign out"
    session = profile.resume(saved)         # a Session holding the keychain's token, or None
    profile.save(session.server_url, user)  # after a sign-in
    profile.forget()                        # "Sign out"
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .credentials import Session

log = logging.getLogger(__name__)
FILE_NAME = "session.json"


@dataclass(frozen=True)
class SavedSession:
    server_url: str
    user: dict[str, Any]

    @property
    def email(self) -> str:
        return str(self.user.get("email") or "")

    @property
    def user_id(self) -> str:
        return str(self.user.get("id") or "")


def default_path() -> Path:
    """In the platform's config folder (~/.config/rvops-desktop/session.json on Linux)."""
    import platformdirs
    return Path(platformdirs.user_config_dir("rvops-desktop", appauthor=False)) / FILE_NAME


def load(path: Path | None = None) -> SavedSession | None:
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        saved = SavedSession(str(data["server_url"]), dict(data["user"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("saved session %s unreadable (%s): signing in again", path, exc)
        return None
    return saved if saved.server_url and saved.email and saved.user_id else None


def save(server_url: str, user: dict[str, Any], path: Path | None = None) -> Path:
    """Remember the account (atomically, readable by this user only)."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"server_url": server_url, "user": user}, indent=2), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path


def forget(path: Path | None = None) -> None:
    (path or default_path()).unlink(missing_ok=True)


def resume(saved: SavedSession | None) -> Session | None:
    """A Session with the keychain's token for the saved account; None without one (sign in)."""
    if saved is None:
        return None
    from .credentials import Session
    session = Session(saved.server_url)
    if not session.restore(saved.email):
        return None
    account = session.account
    assert account is not None  # restored: the keychain named the account
    account.user_id = saved.user_id
    account.name = saved.user.get("name")
    return session
