"""A signed webhook delivery, taken element by element: each valid event stored, the rest set aside.

What the parser cannot read, and what the store refuses (a value no column takes), goes to the
dead-letter table and the log; the delivery is still answered 200, so Meta does not retry it for
days and nothing valid beside the bad element is lost. Only a database we cannot reach (the
delivery could not be stored at all) is answered 503, so that Meta retries it later.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import exc as sa_exc
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse

from rvops_server.channels.elements import Parsed, Skipped, describe, load_body, parse_each
from rvops_server.channels.events import Event, WebhookError
from rvops_server.domain import dead_letters
from rvops_server.gateways.intake import Intake

log = logging.getLogger(__name__)
# The database is away (or busy past its timeouts): not the delivery's fault; Meta should retry it.
UNREACHABLE = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError, sa_exc.DisconnectionError)


async def accept(intake: Intake, channel: str, parse: Callable[[Any], list[Event]], raw: bytes) -> JSONResponse:
    services = intake.services
    try:
        parsed = parse_each(channel, parse, load_body(raw))
    except WebhookError as exc:
        parsed = Parsed(skipped=[Skipped("body", describe(exc), raw.decode("utf-8", "backslashreplace"))])
    stored = 0
    try:
        for event, (location, element) in zip(parsed.events, parsed.origins, strict=True):
            try:
                await intake.handle([event])
                stored += 1
            except UNREACHABLE:
                raise
            except Exception as exc:  # this element alone is set aside
                log.exception("%s webhook: storing %s failed", channel, location)
                parsed.skipped.append(Skipped(location, describe(exc), element))
        for skipped in parsed.skipped:
            log.warning("%s webhook element skipped (dead letter): %s: %s", channel, skipped.location,
                        skipped.reason)
        await run_in_threadpool(dead_letters.record, services.store, channel, parsed.skipped, services.clock.now())
    except UNREACHABLE as exc:
        log.error("%s webhook: database unreachable (%s); answered 503 for Meta to retry", channel, exc)
        return JSONResponse({"error": "unavailable", "message": "Banco de dados indisponível; tente de novo. / "
                                                                "Database unavailable; retry."},
                            status_code=503, headers={"Retry-After": "5"})
    return JSONResponse({"ok": True, "events": stored, "skipped": len(parsed.skipped)})
