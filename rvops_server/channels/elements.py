"""One webhook delivery, element by element: what parses is kept, what does not is set aside.

Meta batches: one delivery carries entries, each with changes (WhatsApp) or messaging items
(Instagram), and a WhatsApp `messages` change carries several messages, statuses and errors. One
element we cannot read must not lose the others beside it (and Meta retries a refused delivery
for days), so a delivery is cut into single-element deliveries of the same shape, and each is
handed alone to the channel's parser. What a parser refuses — or trips over — comes back as a
`Skipped` (where it was, why, the element itself) for the dead-letter table; nothing raises.

Bodies are cleaned first: lone UTF-16 surrogates (`"\\ud800"`, legal JSON, not storable text)
become U+FFFD and NUL characters are dropped, so one odd character does not lose a message.
"""
from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rvops_contract.wire import Channel

from .events import Event, WebhookError

Parser = Callable[[Any], list[Event]]
Piece = tuple[str, Any, Any]  # (location, the element, a one-element delivery holding it)

WHATSAPP_SHARED_KEYS = frozenset({"messaging_product", "metadata", "contacts"})  # repeated in every piece
INSTAGRAM_SHARED_KEYS = frozenset({"id", "time"})
_NEEDS_CLEANING = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")  # a NUL or a surrogate escape somewhere


@dataclass(frozen=True)
class Skipped:
    location: str  # "body", "entry[0].changes[1].value.statuses[0]", "entry[0].standby[0]"…
    reason: str
    element: Any


@dataclass
class Parsed:
    events: list[Event] = field(default_factory=list)
    origins: list[tuple[str, Any]] = field(default_factory=list)  # (location, element) of each event
    skipped: list[Skipped] = field(default_factory=list)


def load_body(raw: bytes) -> Any:
    """The delivery's JSON, cleaned; WebhookError if it is not JSON (or nests past Python's stack)."""
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookError(f"body is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise WebhookError("body nests too deeply") from exc
    return clean(payload) if _NEEDS_CLEANING.search(raw) else payload


def clean(value: Any) -> Any:
    """Every string in `value` made storable (iterative: depth costs no stack)."""
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = _clean_text(item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
        elif isinstance(item, dict):
            for k in list(item):
                fixed = _clean_text(k)
                if fixed != k:
                    item[fixed] = item.pop(k)
                stack.append((item, fixed))
    return root[0]


def _clean_text(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text.replace("\x00", "") if "\x00" in text else text


def parse_each(channel: str, parse: Parser, payload: Any) -> Parsed:
    """Every event the channel's parser reads in `payload`, element by element, and what it could not."""
    parsed = Parsed()
    split = _whatsapp_pieces if channel == Channel.WHATSAPP else _instagram_pieces
    if not isinstance(payload, dict) or not isinstance(payload.get("entry"), list) or not payload["entry"]:
        pieces: Iterator[Piece] = iter([("body", payload, payload)])
    else:
        pieces = split(payload)
    for location, element, piece in pieces:
        try:
            events = parse(piece)
            for event in events:
                problem = ill_typed(event)
                if problem:
                    raise WebhookError(problem)
        except Exception as exc:  # noqa: BLE001 - a parser's refusal or a bug: set aside, never a 5xx
            parsed.skipped.append(Skipped(location, describe(exc), element))
            continue
        parsed.events.extend(events)
        parsed.origins.extend((location, element) for _ in events)
    return parsed


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


# ---- cutting deliveries into one-element deliveries --------------------------------------------
def _whatsapp_pieces(payload: dict[str, Any]) -> Iterator[Piece]:
    top = {k: v for k, v in payload.items() if k != "entry"}
    for i, entry in enumerate(payload["entry"]):
        where = f"entry[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("changes"), list):
            yield where, entry, {**top, "entry": [entry]}
            continue
        head = {k: v for k, v in entry.items() if k != "changes"}
        for j, change in enumerate(entry["changes"]):
            here = f"{where}.changes[{j}]"
            wrap = _wrapper(top, head)
            value = change.get("value") if isinstance(change, dict) else None
            own = [k for k in value if k not in WHATSAPP_SHARED_KEYS] if isinstance(value, dict) else []
            if (not isinstance(change, dict) or not isinstance(value, dict)
                    or change.get("field") != "messages" or not own):
                yield here, change, wrap(change)
                continue
            shared = {k: v for k, v in value.items() if k in WHATSAPP_SHARED_KEYS}
            for key in own:
                items = value[key]
                if not isinstance(items, list):
                    yield f"{here}.value.{key}", items, wrap({**change, "value": {**shared, key: items}})
                    continue
                for k, item in enumerate(items):
                    yield (f"{here}.value.{key}[{k}]", item,
                           wrap({**change, "value": {**shared, key: [item]}}))


def _wrapper(top: dict[str, Any], head: dict[str, Any]) -> Callable[[Any], dict[str, Any]]:
    return lambda change: {**top, "entry": [{**head, "changes": [change]}]}


def _instagram_pieces(payload: dict[str, Any]) -> Iterator[Piece]:
    top = {k: v for k, v in payload.items() if k != "entry"}
    for i, entry in enumerate(payload["entry"]):
        where = f"entry[{i}]"
        own = [k for k in entry if k not in INSTAGRAM_SHARED_KEYS] if isinstance(entry, dict) else []
        if not own:
            yield where, entry, {**top, "entry": [entry]}
            continue
        head = {k: v for k, v in entry.items() if k in INSTAGRAM_SHARED_KEYS}
        for key in own:  # messaging, standby, changes…
            items = entry[key]
            if not isinstance(items, list):
                yield f"{where}.{key}", items, {**top, "entry": [{**head, key: items}]}
                continue
            for k, item in enumerate(items):
                yield f"{where}.{key}[{k}]", item, {**top, "entry": [{**head, key: [item]}]}


# ---- events whose fields are not the types they claim ------------------------------------------
def ill_typed(event: Any) -> str | None:
    """Why a parsed event cannot be stored as it is (a str field holding a number, a dict…), or None."""
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        kind = str(f.type)
        if value is None:
            continue
        if kind.startswith("str") and not isinstance(value, str):
            return f"{type(event).__name__}.{f.name} should be text, got {type(value).__name__}"
        if kind.startswith("int") and (not isinstance(value, int) or isinstance(value, bool)):
            return f"{type(event).__name__}.{f.name} should be a whole number, got {type(value).__name__}"
        if kind.startswith("float") and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            return f"{type(event).__name__}.{f.name} should be a number, got {type(value).__name__}"
        if kind.startswith("dict") and not isinstance(value, dict):
            return f"{type(event).__name__}.{f.name} should be an object, got {type(value).__name__}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            problem = ill_typed(value)
            if problem:
                return problem
        if isinstance(value, tuple):
            for item in value:
                problem = ill_typed(item) if dataclasses.is_dataclass(item) else (
                    None if not kind.startswith("tuple[str") or isinstance(item, str)
                    else f"{type(event).__name__}.{f.name} should hold text")
                if problem:
                    return problem
    return None
