"""Applying a batch of client mutations: each at most once, each accepted or refused.

Every mutation runs in its own transaction together with the record of its result, keyed by
(user, mutation_id); a replay returns the first result without applying anything again.
Handlers live in small modules by family and register themselves in HANDLERS.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from rvops_contract.wire import ARGS_BY_TYPE, Mutation, MutationResult, MutationType, Reason
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.domain.visibility import Viewer, load_viewer
from rvops_server.store import schema as t
from rvops_server.store.db import Store, naive_utc

from .context import Context, MutationServices
from .recorder import recorder_for

log = logging.getLogger(__name__)


# A handler's args are the model ARGS_BY_TYPE names for its type (validated before the call).
Handler = Callable[[Context, Any], dict[str, Any] | None]
HANDLERS: dict[MutationType, Handler] = {}
# Slow work a handler needs done before its transaction (argon2 hashing, a call to Meta: never
# inside the SQLite write lock): fn(services, user_id, args) -> values the handler finds in
# ctx.data["prepared"]. It runs in a worker thread of the request (anyio's), off the event loop.
Preparer = Callable[[MutationServices, str, Any], dict[str, Any]]
PREPARERS: dict[MutationType, Preparer] = {}
# A refusal decidable on a plain read, before the write transaction (and any row lock): fn(conn,
# viewer, args, lang) raises Refused or returns (then the handler decides, under its lock). Only
# for refusals that stay true once seen (a conversation someone holds): the answer is the one the
# mutation would have had when the read was taken.
Precheck = Callable[[Connection, Viewer, Any, str], None]
PRECHECKS: dict[MutationType, Precheck] = {}
H = TypeVar("H", bound=Handler)
P = TypeVar("P", bound=Preparer)
C = TypeVar("C", bound=Precheck)


def handles(kind: MutationType) -> Callable[[H], H]:
    def register(fn: H) -> H:
        HANDLERS[kind] = fn
        return fn
    return register


def prepares(kind: MutationType) -> Callable[[P], P]:
    def register(fn: P) -> P:
        PREPARERS[kind] = fn
        return fn
    return register


def prechecks(kind: MutationType) -> Callable[[C], C]:
    def register(fn: C) -> C:
        PRECHECKS[kind] = fn
        return fn
    return register


def answer_once(ctx: Context, **values: Any) -> None:
    """Values for this answer's `data` only, never kept for a replay of the mutation (which answers
    without them): a secret shown once, such as an invite's code, of which only a hash is stored."""
    ctx.data.setdefault("once", {}).update(values)


def _prepare(services: MutationServices, user_id: str, mutation: Mutation) -> dict[str, Any]:
    preparer = PREPARERS.get(mutation.type)
    if preparer is None:
        return {}
    try:
        args = ARGS_BY_TYPE[mutation.type].model_validate(mutation.args)
    except ValidationError:
        return {}  # refused as invalid inside the transaction
    return preparer(services, user_id, args)


# built once: every mutation runs these (building a statement costs more than SQLite running it)
_PREVIOUS = sa.select(t.applied_mutations.c.result).where(
    t.applied_mutations.c.user_id == sa.bindparam("user_id"),
    t.applied_mutations.c.mutation_id == sa.bindparam("mutation_id"))
_RECORD = t.applied_mutations.insert()


def _previous(conn: Connection, user_id: str, mutation_id: str) -> dict[str, Any] | None:
    previous: dict[str, Any] | None = conn.execute(
        _PREVIOUS, {"user_id": user_id, "mutation_id": mutation_id}).scalar()
    return previous


def _precheck(conn: Connection, user_id: str, mutation: Mutation, lang: str,
              viewer: Viewer | None) -> MutationResult | None:
    """The refusal a precheck finds on this read, or None (the mutation goes to its transaction)."""
    check = PRECHECKS.get(mutation.type)
    if check is None:
        return None
    viewer = viewer or load_viewer(conn, user_id)
    if viewer is None:
        return None
    try:
        check(conn, viewer, ARGS_BY_TYPE[mutation.type].model_validate(mutation.args), lang)
    except ValidationError:
        return None  # refused as invalid inside the transaction
    except Refused as exc:
        return _refusal(mutation, exc)
    return None


def _refusal(mutation: Mutation, exc: Refused) -> MutationResult:
    return MutationResult(mutation_id=mutation.mutation_id, status="refused", reason=exc.reason,
                          message=exc.message, data=exc.details or None)


def apply_one(store: Store, services: MutationServices, user_id: str, mutation: Mutation, lang: str = "pt-BR",
              viewer: Viewer | None = None) -> MutationResult:
    """`viewer`: the request's signed-in agent as just loaded (for a precheck; the transaction
    loads its own)."""
    with store.read() as conn:
        previous = _previous(conn, user_id, mutation.mutation_id)
        early = _precheck(conn, user_id, mutation, lang, viewer) if previous is None else None
    if previous is not None:
        return MutationResult(**previous)
    try:
        if early is not None:
            return _record_refusal(store, user_id, mutation, early)
        prepared = _prepare(services, user_id, mutation)
        return _apply_once(store, services, user_id, mutation, lang, prepared)
    except IntegrityError:
        # A concurrent replay of the same mutation_id committed first (PostgreSQL does not
        # serialise writers): our transaction rolled back; answer with the stored first result.
        with store.read() as conn:
            previous = _previous(conn, user_id, mutation.mutation_id)
        if previous is None:
            raise
        return MutationResult(**previous)


def _apply_once(store: Store, services: MutationServices, user_id: str, mutation: Mutation, lang: str,
                prepared: dict[str, Any]) -> MutationResult:
    with store.write() as uow:
        previous = _previous(uow.conn, user_id, mutation.mutation_id)  # re-check under the write lock
        if previous is not None:
            return MutationResult(**previous)
        viewer = load_viewer(uow.conn, user_id)
        if viewer is None:  # only signed-in users send mutations
            raise LookupError(f"no user {user_id!r}")
        now = store.clock.now()
        ctx = Context(uow, viewer, services, now, {"lang": lang, "prepared": prepared})
        once: dict[str, Any] = {}
        savepoint = uow.conn.begin_nested()
        try:
            args = ARGS_BY_TYPE[mutation.type].model_validate(mutation.args)
            data = HANDLERS[mutation.type](ctx, args)
            savepoint.commit()
            # the result names where its effects are; 0 when it changed nothing (every replica holds that)
            cursor = uow.flush_changes(naive_utc(now)) or 0
            result = MutationResult(mutation_id=mutation.mutation_id, status="accepted", data=data or None,
                                    cursor=cursor)
            once = ctx.data.get("once") or {}
        except ValidationError as exc:
            savepoint.rollback()
            uow.after_commit.clear()
            uow._changes.clear()
            result = MutationResult(mutation_id=mutation.mutation_id, status="refused", reason=Reason.INVALID,
                                    message=_validation_sentence(exc, lang))
        except Refused as exc:
            savepoint.rollback()
            uow.after_commit.clear()
            uow._changes.clear()
            result = _refusal(mutation, exc)
        _record(uow.conn, user_id, mutation, result, now)
    if once:
        return result.model_copy(update={"data": {**(result.data or {}), **once}})
    return result


def _record_refusal(store: Store, user_id: str, mutation: Mutation, result: MutationResult) -> MutationResult:
    """A precheck's refusal, kept like any result (a replay gets it again) but with no handler and
    no row lock, batched with the other refusals waiting (recorder.py). If a concurrent replay of
    the same mutation id recorded first, its result is the answer."""
    log.info("mutation %s %s by %s: refused %s (precheck)", mutation.type, mutation.mutation_id, user_id, result.reason)
    if recorder_for(store).record(_row(user_id, mutation, result, store.clock.now())):
        return result
    with store.read() as conn:
        previous = _previous(conn, user_id, mutation.mutation_id)
    if previous is None:
        raise LookupError(f"mutation {mutation.mutation_id!r} neither recorded nor found")
    return MutationResult(**previous)


def _row(user_id: str, mutation: Mutation, result: MutationResult, now: datetime) -> dict[str, Any]:
    return {"user_id": user_id, "mutation_id": mutation.mutation_id, "result": result.model_dump(mode="json"),
            "applied_at": naive_utc(now)}


def _record(conn: Connection, user_id: str, mutation: Mutation, result: MutationResult, now: datetime) -> None:
    log.info("mutation %s %s by %s: %s %s", mutation.type, mutation.mutation_id, user_id,
             result.status, result.reason or "")
    conn.execute(_RECORD, _row(user_id, mutation, result, now))


def _validation_sentence(exc: ValidationError, language: str) -> str:
    """The first argument that does not fit, said to a person in their language (the validator's own
    words, in English, go to the log and to English readers)."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "args"
    detail = first.get("msg", "invalid value")
    log.info("mutation arguments refused: %s: %s", where, detail)
    return say("invalid_argument", language, field=where, detail=detail)


__all__ = ["Context", "answer_once", "apply_one", "handles", "prechecks", "prepares"]

# register the handlers
from . import (  # noqa: F401
    catalogue,
    chatbot,
    contacts,
    conversation_flow,
    crm,
    messaging,
    settings,
    teams,
    templates,
    users,
)
