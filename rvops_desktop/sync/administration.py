"""Workspace administration from the desk (issue 16): users and teams mutations sent straight to
the server, never through the outbox.

An administrator's change is not something to queue for later: it may carry a password (which must
never be written to the replica's disk), and the administrator needs the server's verdict (the last
admin kept, nobody given more than they hold) before moving on. So these need the connection, and
say so when it is not there; the result reaches every desk, this one included, through the sync."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rvops_contract.wire import MutationType

from .actions import new_id
from .transport import Offline, Rejected, SyncClient, Unauthorized


@dataclass(frozen=True)
class AdminRefused(Exception):
    """The server said no (`reason`: forbidden, conflict, invalid, …) or could not be reached
    (`reason` "offline"); `message` is the sentence to show."""

    reason: str
    message: str

    def __str__(self) -> str:
        return self.message


OFFLINE = "offline"


class Administration:
    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def server_url(self) -> str:
        """The server's address, as the desk signed in to it (an invitee signs in there too)."""
        return self._client.server_url

    async def chatbots(self) -> dict[str, Any]:
        """Each channel's chatbot configuration as the server keeps it (None: none)."""
        try:
            return await self._client.chatbots()
        except (Offline, Unauthorized) as exc:
            raise AdminRefused(OFFLINE, "") from exc
        except Rejected as exc:
            raise AdminRefused("forbidden" if exc.status == 403 else "invalid", str(exc)) from exc

    async def apply(self, type_: MutationType, **args: Any) -> dict[str, Any]:
        """One mutation, now; the server's result (e.g. the new user's id) or AdminRefused."""
        mutation = {"mutation_id": new_id(), "type": str(type_),
                    "args": dict(args)}
        try:
            (result,) = await self._client.push([mutation])
        except (Offline, Unauthorized) as exc:
            raise AdminRefused(OFFLINE, "") from exc
        except Rejected as exc:   # the whole request refused (a malformed body): said as the server put it
            raise AdminRefused("invalid", str(exc)) from exc
        if result.status != "accepted":
            raise AdminRefused(str(result.reason or "refused"), result.message or "")
        return dict(result.data or {})
