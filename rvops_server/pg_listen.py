"""Live fan-out between server instances: LISTEN on PostgreSQL, publish into this process's feed.

Every write transaction that appends to the change log also runs `pg_notify('rvops_changes',
<last cursor>)` (see `store/db.py`), and PostgreSQL delivers notifications only after the commit,
in commit order. This listener holds one dedicated connection, LISTENs on that channel and hands
each cursor to `ChangeFeed.publish`, exactly as a local commit does. The payload only wakes the
streams: each of them then reads the rows after its own cursor, so a lost or merged notification
can delay a stream but never make it skip or repeat a change.

When the connection drops (PostgreSQL restarted, a proxy cut it, the backend was terminated) the
listener reconnects with capped exponential back-off and, once listening again, publishes the
newest committed cursor, so every stream re-reads whatever was committed while nobody listened.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

import psycopg
from sqlalchemy.engine import make_url

from rvops_server.feed import ChangeFeed

log = logging.getLogger(__name__)

CHANNEL = "rvops_changes"  # the channel UnitOfWork notifies on
BACKOFF_FIRST_SECONDS = 0.1
BACKOFF_MAX_SECONDS = 5.0
# TCP keepalives make a silently dead link (no FIN, no RST) fail in ~idle + interval × count seconds.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}


def libpq_dsn(database_url: str) -> str:
    """`postgresql+psycopg://…` (SQLAlchemy) → `postgresql://…` (libpq), password kept."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class ListenerState:
    """What an operator or a test may ask: is this instance hearing the others right now?"""
    connected: bool = False
    connects: int = 0  # successful (re)connections since start
    notifications: int = 0
    backend_pid: int | None = None


class ChangeListener:
    def __init__(self, database_url: str, feed: ChangeFeed, *, instance_id: str = "") -> None:
        self.dsn = libpq_dsn(database_url)
        self.feed = feed
        self.application_name = f"rvops-listen-{instance_id}"[:63]
        self.state = ListenerState()

    async def run_forever(self) -> None:
        """Listen until cancelled, reconnecting with back-off whenever the connection is lost."""
        delay = BACKOFF_FIRST_SECONDS
        while True:
            try:
                await self._listen_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - refused, terminated, reset…: never stop listening
                if self.state.connected:
                    delay = BACKOFF_FIRST_SECONDS  # it had worked: start the back-off afresh
                log.warning("change listener lost PostgreSQL (pg_listen_lost: %s); retrying in %.1fs",
                            type(exc).__name__, delay)
            finally:
                self.state.connected = False
                self.state.backend_pid = None
            await asyncio.sleep(delay)
            delay = min(delay * 2, BACKOFF_MAX_SECONDS)

    async def _listen_once(self) -> None:
        conn = await psycopg.AsyncConnection.connect(self.dsn, autocommit=True,
                                                     application_name=self.application_name, **KEEPALIVE)
        async with conn:
            await conn.execute(f"LISTEN {CHANNEL}")
            # Whatever committed before LISTEN took effect was not announced to us: catch up once.
            cur = await conn.execute("SELECT coalesce(max(cursor), 0) FROM changes")
            newest = int((await cur.fetchone())[0])
            self.state.connected = True
            self.state.connects += 1
            self.state.backend_pid = conn.info.backend_pid
            log.info("change listener on %s (backend %s), newest cursor %s", CHANNEL, conn.info.backend_pid, newest)
            self.feed.publish(newest)
            async for note in conn.notifies():
                self.state.notifications += 1
                self._publish(note.payload)

    def _publish(self, payload: str) -> None:
        try:
            cursor = int(payload)
        except ValueError:
            log.warning("change listener: ignored payload %r (pg_listen_bad_payload)", payload[:40])
            return
        # A cursor at or below the feed's newest one was already announced after a later commit
        # (cursors commit in order): every stream has re-read past it since, so skip the wake-up.
        # This is the common case for this instance's own commits, which publish locally first.
        if cursor > self.feed.latest:
            self.feed.publish(cursor)


def start_listener(database_url: str, feed: ChangeFeed, instance_id: str = "") -> tuple[ChangeListener, asyncio.Task]:
    """Start listening in the running loop; cancel the task to stop."""
    listener = ChangeListener(database_url, feed, instance_id=instance_id)
    return listener, asyncio.create_task(listener.run_forever(), name="rvops-pg-listen")


async def stop_listener(task: asyncio.Task) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
