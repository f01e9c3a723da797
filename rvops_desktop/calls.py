"""Glue between the softphone and the replica: who is calling, and the call log (S9).

No Qt: the entry point connects these once the replica, the sync actions and the softphone exist.
"""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)
MIN_MATCH_DIGITS = 8  # fewer digits (extensions, short codes) match nobody
NATIONAL_DIGITS = 11  # at most this many trailing digits are compared (area code + line)


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number or "")


def contact_matcher(replica):
    """A `number -> contact` function over the replica: exact E.164, else the same trailing digits."""
    def match(number: str):
        digits = _digits(number)
        if len(digits) < MIN_MATCH_DIGITS:
            return None
        with replica.read() as conn:
            rows = conn.exec_driver_sql("SELECT id, phone FROM contacts WHERE phone IS NOT NULL").all()
        best = None
        for contact_id, phone in rows:
            candidate = _digits(phone)
            if candidate == digits:
                best = contact_id
                break
            tail = min(len(candidate), len(digits), NATIONAL_DIGITS)
            if tail >= MIN_MATCH_DIGITS and candidate[-tail:] == digits[-tail:]:
                best = best or contact_id
        return replica.store.contact(best) if best else None
    return match


def log_finished_call(actions, record, replica=None) -> None:
    """Queue a finished call as `log_call` (replica + outbox in one transaction), so it syncs to the
    server and shows as a call line in the contact's conversation and history (S8, S9). A call not
    started from a conversation is attached to the contact's latest one, when there is one."""
    args = record.to_log_call_args()
    conversation_id = args.conversation_id
    if conversation_id is None and args.contact_id and replica is not None:
        ids = replica.store.conversation_ids_of_contacts([args.contact_id])
        conversation_id = ids[0] if ids else None
    actions.log_call(id=args.id, number=args.number, direction=args.direction, started_at=args.started_at,
                     outcome=args.outcome, duration_seconds=args.duration_seconds,
                     contact_id=args.contact_id, conversation_id=conversation_id, reason=args.reason)
    log.info("call %s logged: %s %s", args.id, args.outcome, args.number)


def record_calls(softphone, actions, replica=None) -> None:
    """Log every call the softphone finishes (for processes without the window, e.g. a headless station)."""
    softphone.on_call_ended.connect(lambda record: log_finished_call(actions, record, replica))
