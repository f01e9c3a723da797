"""The contacts directory's writes (issue 18): create a contact, and merge a duplicate into another.

A new contact's phone is read by the contract's one rule (rvops_contract.phones) and no other
contact may have it; its properties are checked against their definitions, and every required
one must be filled. Merging (`merge_contacts`,
admins and supervisors) moves the duplicate's conversations, calls, deals, companies and tasks, its
tags and the fields the kept contact lacks, deletes the duplicate (every desk drops it through the
change log) and is audited like the administrators' changes.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row

from rvops_contract.contacts import FILLED_FIELDS, merged_fields
from rvops_contract.permissions import Permission
from rvops_contract.wire import (
    ConversationStatus,
    CreateContactArgs,
    MergeContactsArgs,
    MutationType,
    Reason,
    channel_name,
)
from rvops_server.domain.contact_access import may_see_contact
from rvops_server.domain.errors import Refused
from rvops_server.domain.records import get_row
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

from . import handles
from .admin_kit import audit
from .context import Context
from .crm import check_core, check_property, check_required, definitions_of, new_id, phone_of
from .guards import lang, require_permission

# what a contact links to, moved to the kept contact by a merge (in this order)
LINKED_TABLES = (("conversations", t.conversations), ("calls", t.calls), ("deals", t.deals),
                 ("companies", t.companies), ("tasks", t.tasks))


@handles(MutationType.CREATE_CONTACT)
def create_contact(ctx: Context, args: CreateContactArgs) -> dict[str, Any]:
    """A contact owned by `owner_id` (the agent who creates it by default, so they see it)."""
    require_permission(ctx, Permission.EDIT_CONTACT)
    contact_id = new_id(ctx, t.contacts, args.id)
    name = check_core(ctx, "name", args.name)
    phone = phone_of(ctx, args.phone)
    email = check_core(ctx, "email", (args.email or "").strip() or None)
    tags = list(dict.fromkeys(tag.strip() for tag in check_core(ctx, "tags", args.tags) if tag.strip()))
    owner_id = check_core(ctx, "owner_id", args.owner_id) or ctx.viewer.id
    definitions = definitions_of(ctx)
    properties: dict[str, Any] = {}
    for key, value in args.properties.items():
        if key not in definitions:
            raise Refused(Reason.INVALID, say("unknown_field", lang(ctx), field=key), field=key)
        properties[key] = check_property(ctx, definitions[key], value)
    check_required(ctx, definitions, properties, edit=False)
    now = naive_utc(ctx.now)
    ctx.conn.execute(t.contacts.insert().values(
        id=contact_id, name=name.strip(), phone=phone, email=email, tags=tags, properties=properties,
        owner_id=owner_id, created_at=now, updated_at=now))
    ctx.uow.changed("contacts", contact_id)
    return {"id": contact_id, "phone": phone}


def _contact_to_merge(ctx: Context, contact_id: str, which: str) -> Row[Any]:
    row: Row[Any] | None = get_row(ctx.conn, t.contacts, contact_id, for_update=True)
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("merge_missing", lang(ctx), which=which), field=which)
    if not may_see_contact(ctx.conn, ctx.viewer, dict(row._mapping)):
        raise Refused(Reason.FORBIDDEN, say("forbidden_contact", lang(ctx)), field=which)
    return row


def _one_open_conversation_per_channel(ctx: Context, keep_id: str, duplicate_id: str) -> None:
    """A contact has at most one open conversation per channel (start, reopen): a merge keeps it so."""
    c = t.conversations.c
    rows = ctx.conn.execute(sa.select(c.contact_id, c.channel).where(
        c.contact_id.in_([keep_id, duplicate_id]), c.status == ConversationStatus.OPEN.value)).all()
    channels = {contact_id: {r.channel for r in rows if r.contact_id == contact_id} for contact_id in (keep_id,
                                                                                                         duplicate_id)}
    both = sorted(channels[keep_id] & channels[duplicate_id])
    if both:
        raise Refused(Reason.CONFLICT, say("merge_both_open", lang(ctx), channel=channel_name(both[0])))


@handles(MutationType.MERGE_CONTACTS)
def merge_contacts(ctx: Context, args: MergeContactsArgs) -> dict[str, Any]:
    """Everything of `duplicate_id` goes to `keep_id`; the kept contact's own values win."""
    require_permission(ctx, Permission.MERGE_CONTACTS)
    if args.keep_id == args.duplicate_id:
        raise Refused(Reason.INVALID, say("merge_same", lang(ctx)))
    keep = _contact_to_merge(ctx, args.keep_id, args.keep_id)
    duplicate = _contact_to_merge(ctx, args.duplicate_id, args.duplicate_id)
    _one_open_conversation_per_channel(ctx, keep.id, duplicate.id)
    moved: dict[str, list[str]] = {}
    for collection, table in LINKED_TABLES:
        ids = sorted(ctx.conn.execute(sa.select(table.c.id).where(table.c.contact_id == duplicate.id)).scalars())
        if ids:
            ctx.conn.execute(table.update().where(table.c.contact_id == duplicate.id).values(contact_id=keep.id))
            for record_id in ids:
                ctx.uow.changed(collection, record_id)
            moved[collection] = ids
    before = dict(keep._mapping)
    values = merged_fields(before, dict(duplicate._mapping))  # the rule the desk shows at once too
    ctx.conn.execute(t.contacts.delete().where(t.contacts.c.id == duplicate.id))
    ctx.uow.changed("contacts", duplicate.id, "delete")
    ctx.conn.execute(t.contacts.update().where(t.contacts.c.id == keep.id).values(
        **values, updated_at=naive_utc(ctx.now)))
    ctx.uow.changed("contacts", keep.id)
    audit(ctx, "contacts_merged", "contact", keep.id, duplicate_id=duplicate.id, duplicate_name=duplicate.name,
          duplicate_phone=duplicate.phone, moved=moved,
          tags_added=[tag for tag in values["tags"] if tag not in (keep.tags or [])],
          fields_filled=sorted(set(values) & set(FILLED_FIELDS)),
          properties_filled=sorted(k for k in values["properties"] if k not in (keep.properties or {})
                                   or (keep.properties or {})[k] in (None, "")))
    return {"id": keep.id, "moved": {collection: len(ids) for collection, ids in moved.items()}}
