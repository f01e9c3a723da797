"""The outbox sender: pushes pending mutations FIFO, in batches, until each is accepted or refused.

- Transport failures (server down, cut mid-push, 5xx) are retried with exponential back-off and
  jitter; a reconnect of the live link cuts the wait short. Replays are harmless: the server
  returns the first result of a mutation_id it already applied.
- A refused mutation is never retried: the outbox rolls its optimistic effects back, keeps the
  server's reason and sentence, and the refusal listeners hear of it.
- A batch the server rejects as a whole (HTTP 4xx, a mutation this client should never have
  built) is pushed one by one, and only the culprit is refused locally with reason `invalid`.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rvops_contract.sentences import QT_TRANSLATE_NOOP, Sentence
from rvops_contract.wire import MutationResult, Reason

from .backoff import Backoff
from .transport import Offline, Rejected, SyncClient, Unauthorized

if TYPE_CHECKING:
    from rvops_desktop.models import PendingMutation, Replica

log = logging.getLogger(__name__)

OUTBOX_BATCH_SIZE = 50  # mutations per POST; small enough that one push is quick
REJECTED = QT_TRANSLATE_NOOP("sync", "The server rejected this action as invalid ({detail}).")


@dataclass(frozen=True)
class RefusalNotice:
    """A mutation the server refused, for the UI to tell the agent.

    `message` is the server's sentence in the agent's language, or this layer's own `Sentence`
    (rendered by the UI through Qt's translator) when the server gave none.
    """

    mutation_id: str
    type: str
    args: dict[str, Any]
    reason: str | None
    message: str | None
    data: dict[str, Any] | None = None


class OutboxSender:
    """One push round at a time: `push_once()` returns how many mutations got resolved."""

    def __init__(self, replica: Replica, client: SyncClient, *, batch_size: int = OUTBOX_BATCH_SIZE,
                 backoff: Backoff | None = None) -> None:
        self.replica = replica
        self.client = client
        self.batch_size = batch_size
        self.backoff = backoff or Backoff()
        self._refusal_listeners: list[Callable[[RefusalNotice], None]] = []

    def on_refusal(self, listener: Callable[[RefusalNotice], None]) -> Callable[[], None]:
        self._refusal_listeners.append(listener)
        return lambda: self._refusal_listeners.remove(listener) if listener in self._refusal_listeners else None

    async def push_once(self) -> int:
        """Push the oldest batch. Raises Offline / Unauthorized; returns 0 when the outbox is empty."""
        batch = self.replica.outbox.peek(self.batch_size)
        if not batch:
            return 0
        try:
            results = await self.client.push([m.to_wire() for m in batch])
        except Rejected as exc:
            return await self._isolate(batch, exc)
        return self._resolve(batch, results)

    def _resolve(self, batch: Sequence[PendingMutation], results: Sequence[MutationResult]) -> int:
        by_id = {m.mutation_id: m for m in batch}
        mine = [r for r in results if r.mutation_id in by_id]
        self.replica.outbox.resolve(mine)
        for result in mine:
            if result.status != "accepted":
                pending = by_id[result.mutation_id]
                log.info("mutation %s %s refused: %s", pending.type, pending.mutation_id, result.reason)
                self._tell(RefusalNotice(pending.mutation_id, str(pending.type), pending.args,
                                         None if result.reason is None else str(result.reason), result.message,
                                         result.data))
        return len(mine)

    async def _isolate(self, batch: Sequence[PendingMutation], exc: Rejected) -> int:
        if len(batch) > 1:
            log.warning("batch of %d rejected (%s); pushing one by one", len(batch), exc)
        for pending in batch:
            try:
                results = await self.client.push([pending.to_wire()])
            except Rejected as single:
                log.error("mutation %s %s rejected: %s", pending.type, pending.mutation_id, single)
                # constructed, not validated: the message stays a Sentence the UI translates
                result = MutationResult.model_construct(
                    mutation_id=pending.mutation_id, status="refused", reason=Reason.INVALID,
                    message=Sentence(REJECTED, detail=f"HTTP {single.status}"), data=None, cursor=None)
                return self._resolve([pending], [result])
            self._resolve([pending], results)
        return len(batch)

    def _tell(self, notice: RefusalNotice) -> None:
        for listener in list(self._refusal_listeners):
            try:
                listener(notice)
            except Exception:
                log.exception("refusal listener %r failed", listener)


__all__ = ["OUTBOX_BATCH_SIZE", "Offline", "OutboxSender", "RefusalNotice", "Unauthorized"]
