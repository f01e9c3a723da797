"""Helpers for the distribution tests: customers writing in, agents holding the live stream,
crafted loads and capacities. Everything goes through the real server (HTTP, WebSocket) except
the customer's inbound message (the channel gateways are tested elsewhere) and fixture data."""
from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
import uuid
from datetime import timedelta

import sqlalchemy as sa
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from rvops_server.domain.inbound import Inbound, ingest
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc
from tests.support.servers import Agent
from tests.support.waiting import wait_until  # noqa: F401 (the tests import it from here)

PHONES = iter(f"+55119{n:08d}" for n in range(10_000_000))


def customer_writes(server, *, channel="whatsapp", sender=None, text="Olá, preciso de ajuda"):
    """A customer's message enters the server (as the webhook would); returns the Ingested."""
    sender = sender or (next(PHONES) if channel == "whatsapp" else uuid.uuid4().hex[:16])
    with server.services.store.write() as uow:
        return ingest(uow, server.services.router,
                      Inbound(channel=channel, sender=sender, provider_id=f"in.{uuid.uuid4().hex}", text=text,
                              profile_name="Cliente Teste"), server.services.clock.now())


def conversation(server, conversation_id) -> dict:
    with server.services.store.read() as conn:
        return dict(conn.execute(sa.select(t.conversations)
                                 .where(t.conversations.c.id == conversation_id)).first()._mapping)


def audit(server, conversation_id) -> list[dict]:
    with server.services.store.read() as conn:
        rows = conn.execute(sa.select(t.audit_events).where(t.audit_events.c.conversation_id == conversation_id)
                            .order_by(t.audit_events.c.id)).all()
    return [dict(r._mapping) for r in rows]


def set_user(server, user_id, **values) -> None:
    """Fixture data: capacity, last assignment, permissions (no mutation edits them yet)."""
    with server.services.store.write() as uow:
        uow.conn.execute(t.users.update().where(t.users.c.id == user_id).values(**values))
        uow.changed("users", user_id)


def give_open_conversations(server, user_id, count) -> None:
    """Craft an agent's load: `count` open conversations assigned to them."""
    now = naive_utc(server.services.clock.now())
    with server.services.store.write() as uow:
        for _ in range(count):
            contact_id = uuid.uuid4().hex
            uow.conn.execute(t.contacts.insert().values(id=contact_id, name="Carga", phone=next(PHONES), tags=[],
                                                        properties={}, created_at=now, updated_at=now))
            uow.conn.execute(t.conversations.insert().values(
                id=uuid.uuid4().hex, contact_id=contact_id, channel="whatsapp", status="open", assignee_id=user_id,
                opened_at=now, last_inbound_at=now, unread_count=0, window_closed_by_provider=False))


def make_agents(server, count, *, team_id=None) -> list[tuple[str, str, str]]:
    """`count` extra agents with live sessions: (user_id, name, token)."""
    now = naive_utc(server.services.clock.now())
    out = []
    with server.services.store.write() as uow:
        password = uow.conn.execute(sa.select(t.users.c.password_hash).where(t.users.c.id == "u_ana")).scalar()
        for n in range(count):
            user_id, token = f"u_extra{n:02d}", secrets.token_urlsafe(24)
            uow.conn.execute(t.users.insert().values(
                id=user_id, name=f"Agente {n:02d}", email=f"extra{n:02d}@demo.rvops", password_hash=password,
                role="agent", permissions={}, status="online", created_at=now))
            if team_id:
                uow.conn.execute(t.team_members.insert().values(team_id=team_id, user_id=user_id))
            uow.conn.execute(t.sessions.insert().values(
                token_hash=hashlib.sha256(token.encode()).hexdigest(), user_id=user_id, created_at=now,
                expires_at=now + timedelta(days=1)))
            out.append((user_id, f"Agente {n:02d}", token))
    return out


class LiveStream:
    """An agent's desktop client holding WS /api/v1/sync/stream; frames are read in a thread."""

    def __init__(self, server, token: str, since: int = 0) -> None:
        self.ws = connect(f"ws://127.0.0.1:{server.port}/api/v1/sync/stream?since={since}&token={token}",
                          open_timeout=10).__enter__()
        hello = json.loads(self.ws.recv(timeout=10))
        assert hello["type"] == "hello", hello
        self.changes: list[dict] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        try:
            for frame in self.ws:
                message = json.loads(frame)
                if message.get("type") == "changes":
                    with self._cond:
                        self.changes.extend(message["changes"])
                        self._cond.notify_all()
        except (ConnectionClosed, OSError, RuntimeError):  # closed
            return

    def wait_for(self, predicate, timeout: float = 10.0) -> dict:
        """The first change (seen so far or arriving) that matches; fails after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for change in self.changes:
                    if predicate(change):
                        return change
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching change within {timeout}s")
                self._cond.wait(left)

    def close(self) -> None:
        self.ws.close()
        self._reader.join(5)


def go_online(server, agent: Agent) -> LiveStream:
    return LiveStream(server, agent.token, agent.bootstrap()["cursor"])


def make_contact(server, *, owner_id=None, name="Contato Teste") -> str:
    """A WhatsApp contact (with an owner, if given); returns their phone."""
    now = naive_utc(server.services.clock.now())
    phone = next(PHONES)
    with server.services.store.write() as uow:
        uow.conn.execute(t.contacts.insert().values(id=uuid.uuid4().hex, name=name, phone=phone, owner_id=owner_id,
                                                    tags=[], properties={}, created_at=now, updated_at=now))
    return phone


def sees(agent: Agent, conversation_id: str) -> bool:
    return conversation_id in agent.conversation_ids()
