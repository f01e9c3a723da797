"""The workspace's catalogue (issue 16): contact property definitions and conversation labels.

`manage_properties` and `manage_labels` (admins and supervisors), audited, streamed to everyone
(both collections are the workspace's, every agent's replica holds them).

Deleting a property definition keeps the contacts' values under its key (hidden, no contact row
is rewritten): a definition created again with the same key shows them again. Labels: the
conversations keep their names (conversations.labels, the set_labels wire); this catalogue gives
each a colour and an id, and renaming or deleting one here renames it on, or removes it from,
every conversation that has it.
"""
from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Row, TextClause

from rvops_contract.labels import (
    LabelRefusal,
    check_catalogue_label,
    check_labels,
    normalise_colour,
    normalise_label,
    normalise_labels,
)
from rvops_contract.permissions import Permission
from rvops_contract.properties import DefinitionRefusal, check_definition, normalise_options
from rvops_contract.wire import (
    DeleteLabelArgs,
    DeletePropertyDefinitionArgs,
    MutationType,
    Reason,
    SetConversationLabelsArgs,
    SetLabelsArgs,
    UpsertLabelArgs,
    UpsertPropertyDefinitionArgs,
)
from rvops_server.domain.errors import Refused
from rvops_server.domain.records import get_row
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import is_postgres, naive_utc

from . import handles
from .admin_kit import audit
from .context import Context
from .conversation_flow import set_labels
from .guards import lang, require_permission

_DEFINITION_SENTENCE = {refusal: f"property_{refusal.value}" for refusal in DefinitionRefusal}
_LABEL_SENTENCE = {LabelRefusal.EMPTY: "label_empty", LabelRefusal.TOO_LONG: "labels_too_long",
                   LabelRefusal.BAD_COLOUR: "label_bad_colour", LabelRefusal.TOO_MANY: "labels_too_many"}


# ---- property definitions ------------------------------------------------------------------------
def _definition(ctx: Context, args: UpsertPropertyDefinitionArgs) -> Row[Any] | None:
    """The definition the upsert changes (None: a new one): by id when given, else by key."""
    pd = t.property_definitions.c
    if args.id is not None:
        row: Row[Any] | None = get_row(ctx.conn, t.property_definitions, args.id, for_update=True)
        if row is not None and row.key != args.key:
            raise Refused(Reason.INVALID, say("property_key_fixed", lang(ctx)), field="key")
        if row is None and ctx.conn.execute(sa.select(pd.id).where(pd.key == args.key)).first() is not None:
            raise Refused(Reason.CONFLICT, say("property_key_taken", lang(ctx), name=args.key), field="key")
        return row
    return ctx.conn.execute(sa.select(t.property_definitions).where(pd.key == args.key)).first()


@handles(MutationType.UPSERT_PROPERTY_DEFINITION)
def upsert_property_definition(ctx: Context, args: UpsertPropertyDefinitionArgs) -> dict[str, Any]:
    """Created, or changed in place (found by id, else by key; the key itself never changes).
    A type change keeps the values contacts hold: the contact panel shows what fits."""
    require_permission(ctx, Permission.MANAGE_PROPERTIES)
    options = normalise_options(args.options)
    refusal = check_definition(args.key, args.type.value, options)
    if refusal is not None:
        raise Refused(Reason.INVALID, say(_DEFINITION_SENTENCE[refusal], lang(ctx), name=args.key),
                      field="options" if refusal.value.startswith(("options", "bad_option")) else "key")
    row = _definition(ctx, args)
    values = {"label": args.label.strip(), "type": args.type.value, "choices": options or None,
                  "show_in_panel": args.show_in_inbox, "position": args.order, "required": args.required}
    if row is None:
        definition_id = args.id or uuid.uuid4().hex
        ctx.conn.execute(t.property_definitions.insert().values(id=definition_id, key=args.key, **values))
        audit(ctx, "property_created", "property_definition", definition_id, key=args.key, **values)
        ctx.uow.changed("property_definitions", definition_id)
        return {"id": definition_id, "created": True}
    before = {k: getattr(row, k) for k in values}
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        return {"id": row.id, "changed": []}
    ctx.conn.execute(t.property_definitions.update().where(t.property_definitions.c.id == row.id).values(**changed))
    audit(ctx, "property_updated", "property_definition", row.id, key=row.key, changes=changed,
          before={k: before[k] for k in changed})
    ctx.uow.changed("property_definitions", row.id)
    return {"id": row.id, "changed": sorted(changed)}


@handles(MutationType.DELETE_PROPERTY_DEFINITION)
def delete_property_definition(ctx: Context, args: DeletePropertyDefinitionArgs) -> None:
    """The definition goes; the contacts' values under its key stay (see the module's docstring)."""
    require_permission(ctx, Permission.MANAGE_PROPERTIES)
    row = get_row(ctx.conn, t.property_definitions, args.id, for_update=True)
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("property_unknown", lang(ctx)), field="id")
    ctx.conn.execute(t.property_definitions.delete().where(t.property_definitions.c.id == row.id))
    audit(ctx, "property_deleted", "property_definition", row.id, key=row.key, label=row.label, type=row.type)
    ctx.uow.changed("property_definitions", row.id, "delete")


# ---- labels --------------------------------------------------------------------------------------
def _label_row(ctx: Context, label_id: str) -> Row[Any]:
    row: Row[Any] | None = get_row(ctx.conn, t.labels, label_id, for_update=True)
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("label_unknown", lang(ctx)), field="id")
    return row


def _relabel(ctx: Context, old: str, new: str | None) -> list[str]:
    """Every conversation labelled `old`: renamed to `new` (None: the label removed). The ids changed.
    The database finds the lists holding the name (jsonb containment on PostgreSQL, json_each on
    SQLite); each list is then rewritten whole here."""
    c = t.conversations.c
    touched: list[str] = []
    for conversation_id, labels in ctx.conn.execute(
            sa.select(c.id, c.labels).where(_holds_label(ctx.conn, old)).order_by(c.id)).all():
        if old not in (labels or []):
            continue
        renamed = normalise_labels((new or label) if label == old else label for label in labels if new or label != old)
        ctx.conn.execute(t.conversations.update().where(c.id == conversation_id).values(labels=renamed))
        ctx.uow.changed("conversations", conversation_id)
        touched.append(conversation_id)
    return touched


def _holds_label(conn: Connection, name: str) -> TextClause:
    if is_postgres(conn):
        return sa.text("CAST(conversations.labels AS jsonb) @> CAST(:needle AS jsonb)").bindparams(
            needle=json.dumps([name]))
    return sa.text("EXISTS (SELECT 1 FROM json_each(conversations.labels) AS held WHERE held.value = :needle)"
                   ).bindparams(needle=name)


@handles(MutationType.UPSERT_LABEL)
def upsert_label(ctx: Context, args: UpsertLabelArgs) -> dict[str, Any]:
    """Created, or (with an existing id) renamed and recoloured; the name follows set_labels' rule,
    and no two labels share it. A rename follows on every conversation that has the label."""
    require_permission(ctx, Permission.MANAGE_LABELS)
    name, colour = normalise_label(args.name), normalise_colour(args.colour)
    refusal = check_catalogue_label(name, colour)
    if refusal is not None:
        raise Refused(Reason.INVALID, say(_LABEL_SENTENCE[refusal], lang(ctx)),
                      field="colour" if refusal is LabelRefusal.BAD_COLOUR else "name")
    label_id = args.id or uuid.uuid4().hex
    row = get_row(ctx.conn, t.labels, label_id, for_update=True)
    lc = t.labels.c
    if ctx.conn.execute(sa.select(lc.id).where(lc.name == name, lc.id != label_id)).first() is not None:
        raise Refused(Reason.CONFLICT, say("label_name_taken", lang(ctx), name=name), field="name")
    values = {"name": name, "colour": colour, "updated_by": ctx.viewer.id, "updated_at": naive_utc(ctx.now)}
    if row is None:
        ctx.conn.execute(t.labels.insert().values(id=label_id, **values))
        audit(ctx, "label_created", "label", label_id, name=name, colour=colour)
        ctx.uow.changed("labels", label_id)
        return {"id": label_id, "created": True}
    changed = {k: v for k, v in (("name", name), ("colour", colour)) if getattr(row, k) != v}
    if not changed:
        return {"id": label_id, "changed": []}
    ctx.conn.execute(t.labels.update().where(lc.id == label_id).values(**values))
    conversations = _relabel(ctx, row.name, name) if "name" in changed else []
    audit(ctx, "label_updated", "label", label_id, changes=changed,
          before={k: getattr(row, k) for k in changed}, conversations=len(conversations))
    ctx.uow.changed("labels", label_id)
    return {"id": label_id, "changed": sorted(changed), "conversations": len(conversations)}


@handles(MutationType.DELETE_LABEL)
def delete_label(ctx: Context, args: DeleteLabelArgs) -> dict[str, Any]:
    """The label leaves the catalogue and every conversation that had it."""
    require_permission(ctx, Permission.MANAGE_LABELS)
    row = _label_row(ctx, args.id)
    ctx.conn.execute(t.labels.delete().where(t.labels.c.id == row.id))
    conversations = _relabel(ctx, row.name, None)
    audit(ctx, "label_deleted", "label", row.id, name=row.name, colour=row.colour, conversations=len(conversations))
    ctx.uow.changed("labels", row.id, "delete")
    return {"conversations": len(conversations)}


@handles(MutationType.SET_CONVERSATION_LABELS)
def set_conversation_labels(ctx: Context, args: SetConversationLabelsArgs) -> dict[str, Any]:
    """set_labels with the catalogue's ids: each id resolved to its name, then set_labels' rule
    (who may label, the count and length limits). An unknown id: `not_found` with data.missing."""
    wanted = list(dict.fromkeys(args.label_ids))
    names = dict(ctx.conn.execute(sa.select(t.labels.c.id, t.labels.c.name).where(t.labels.c.id.in_(wanted))).all()) \
        if wanted else {}
    missing = [label_id for label_id in wanted if label_id not in names]
    if missing:
        raise Refused(Reason.NOT_FOUND, say("label_unknown", lang(ctx)), field="label_ids", missing=missing)
    labels = [names[label_id] for label_id in wanted]
    if check_labels(labels) is LabelRefusal.TOO_MANY:
        raise Refused(Reason.INVALID, say("labels_too_many", lang(ctx)), field="label_ids")
    return set_labels(ctx, SetLabelsArgs(conversation_id=args.conversation_id, labels=labels))
