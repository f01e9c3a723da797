"""What the sync endpoints answer: one model per body, frame and stream message.

The server declares them (`response_model` where FastAPI serialises the body; the streamed ones —
/snapshot's NDJSON frames, the stream's messages, /bootstrap's document — are written by the
server's fast paths in these shapes, and tests/server/api/test_sync_responses.py validates what
goes over the wire against them). The desk validates every body and frame with them before it
touches the replica (`rvops_desktop/sync/transport.py`): a malformed answer is a clear error,
never a half-applied one.

A record is a JSON object of its collection (`records.py` on the server says its fields); a
change entry is a `TypedDict`, so it stays a plain dict for the code that applies it.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from typing_extensions import TypedDict

from .enums import ChangeOp
from .mutations import MutationResult

Record = dict[str, Any]  # one row of a collection, as JSON


class Change(TypedDict):
    """One entry of the change log, as an agent receives it (in cursor order)."""

    cursor: int
    collection: str
    op: ChangeOp
    id: str
    record: Record | None  # the row after the change (None: deleted, or gone out of the agent's sight)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChangesPage(_Answer):
    """GET /sync/changes: the changes after `since`, and the cursor to ask from next."""

    cursor: int = Field(ge=0)
    changes: list[Change]
    has_more: bool


class MutationResults(_Answer):
    """POST /sync/mutations: one result per mutation, in the batch's order."""

    results: list[MutationResult]


class Bootstrap(BaseModel):
    """GET /sync/bootstrap: `{"cursor": n, "<collection>": [records…], …}` (for scripts and tools)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    cursor: int = Field(ge=0)

    def records(self, collection: str) -> list[Record]:
        rows: list[Record] = (self.model_extra or {}).get(collection, [])
        return rows


# ---- GET /sync/snapshot: NDJSON frames ------------------------------------------------------------
class SnapshotBegin(_Answer):
    type: Literal["begin"]
    cursor: int = Field(ge=0)  # the snapshot's cursor: resume with it, then pull /changes from it
    counts: dict[str, int]  # rows to come per collection


class SnapshotPage(_Answer):
    type: Literal["page"]
    collection: str
    records: list[Record]
    resume: str | None  # where the next page starts, for a client cut off after this one


class SnapshotEnd(_Answer):
    type: Literal["end"]
    cursor: int = Field(ge=0)


AnySnapshotFrame = SnapshotBegin | SnapshotPage | SnapshotEnd
SnapshotFrame = Annotated[AnySnapshotFrame, Field(discriminator="type")]
SNAPSHOT_FRAME: TypeAdapter[AnySnapshotFrame] = TypeAdapter(SnapshotFrame)


# ---- /sync/stream: WebSocket messages from the server ---------------------------------------------
class StreamHello(_Answer):
    type: Literal["hello"]
    user_id: str
    cursor: int = Field(ge=0)


class StreamChanges(_Answer):
    type: Literal["changes"]
    cursor: int = Field(ge=0)
    changes: list[Change]


class StreamPong(_Answer):
    type: Literal["pong"]


AnyStreamMessage = StreamHello | StreamChanges | StreamPong
StreamMessage = Annotated[AnyStreamMessage, Field(discriminator="type")]
STREAM_MESSAGE: TypeAdapter[AnyStreamMessage] = TypeAdapter(StreamMessage)

__all__ = ["SNAPSHOT_FRAME", "STREAM_MESSAGE", "AnySnapshotFrame", "AnyStreamMessage", "Bootstrap", "Change", "ChangesPage", "MutationResults", "Record",
           "SnapshotBegin", "SnapshotEnd", "SnapshotFrame", "SnapshotPage", "StreamChanges", "StreamHello",
           "StreamMessage", "StreamPong"]
