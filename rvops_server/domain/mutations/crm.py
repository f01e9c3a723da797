"""The contact panel's writes (S6): edit contact fields, create a linked deal, company or task."""
from __future__ import annotations

import re
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Row

from rvops_contract.clock import from_iso
from rvops_contract.deals import is_stage
from rvops_contract.permissions import Permission, can_change_phone
from rvops_contract.phones import DEFAULT_COUNTRY_CODE, PhoneError, shown, to_e164
from rvops_contract.properties import check_value, missing_required
from rvops_contract.sentences import Sentence
from rvops_contract.wire import (
    CreateCompanyArgs,
    CreateDealArgs,
    CreateTaskArgs,
    MutationType,
    Reason,
    UpdateContactArgs,
    UpdateDealArgs,
    UpdateTaskArgs,
)
from rvops_server.domain.contact_access import conversations_of_contact, may_see_contact
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

from . import handles
from .context import Context
from .guards import lang, require_permission

CORE_FIELDS = {"name", "phone", "email", "owner_id", "tags", "instagram_id"}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def visible_contact(ctx: Context, contact_id: str) -> Row[Any]:
    """The contact, when the agent may see it (see-all, owner, or one of its conversations)."""
    row = ctx.conn.execute(sa.select(t.contacts).where(t.contacts.c.id == contact_id)).first()
    if row is None:
        raise Refused(Reason.NOT_FOUND, say("contact_not_found", lang(ctx)))
    if not may_see_contact(ctx.conn, ctx.viewer, dict(row._mapping)):
        raise Refused(Reason.FORBIDDEN, say("forbidden_contact", lang(ctx)))
    return row


def _check_phone_change(ctx: Context, contact: Row[Any], fields: dict[str, Any]) -> None:
    """An open conversation replies to the number it opened with: only see-all changes it then."""
    if "phone" in fields and fields["phone"] != contact.phone and not can_change_phone(
            ctx.viewer.user, conversations_of_contact(ctx.conn, contact.id), sees_all=ctx.viewer.sees_all):
        raise Refused(Reason.FORBIDDEN, say("phone_in_open_conversation", lang(ctx)), field="phone")


def bad_value(ctx: Context, field: str, why: str, **why_fields: object) -> Refused:
    """`field`'s value refused; `why` is the key of the sentence saying what it must be (why_…)."""
    return Refused(Reason.INVALID, say("bad_value", lang(ctx), field=field, why=Sentence(why, **why_fields)),
                   field=field)


def phone_of(ctx: Context, raw: object, *, contact_id: str | None = None) -> str | None:
    """The phone as stored (E.164, by the contract's one rule: rvops_contract.phones), refused with
    the reason when it cannot be a number, or when another contact than `contact_id` has it."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if not isinstance(raw, str):
        raise bad_value(ctx, "phone", "why_text")
    try:
        phone = to_e164(raw, DEFAULT_COUNTRY_CODE)
    except PhoneError as refused:
        raise Refused(Reason.INVALID, say(f"phone_{refused.why}", lang(ctx), raw=raw), field="phone") from None
    c = t.contacts.c
    other = ctx.conn.execute(sa.select(c.id, c.name).where(c.phone == phone, c.id != (contact_id or ""))).first()
    if other is not None:
        raise Refused(Reason.CONFLICT, say("phone_taken", lang(ctx), phone=shown(phone), name=other.name),
                      field="phone", contact_id=other.id)
    return phone


def check_core(ctx: Context, field: str, value: Any, contact_id: str | None = None) -> Any:
    """`value` (a JSON value from the wire) of a core field, checked; the phone as stored."""
    if field == "name" and (not isinstance(value, str) or not value.strip() or len(value) > 200):
        raise bad_value(ctx, field, "why_short_text")
    if field == "phone":
        return phone_of(ctx, value, contact_id=contact_id)
    if field == "email" and value not in (None, "") and (not isinstance(value, str) or not EMAIL.match(value)):
        raise bad_value(ctx, field, "why_email")
    if field == "tags" and (not isinstance(value, list) or not all(isinstance(x, str) for x in value)):
        raise bad_value(ctx, field, "why_text_list")
    if field == "owner_id" and value is not None and not ctx.conn.execute(
            sa.select(t.users.c.id).where(t.users.c.id == value)).first():
        raise bad_value(ctx, field, "why_unknown_user")
    return value


def check_property(ctx: Context, definition: Row[Any], value: Any) -> Any:
    why = check_value(definition.type, definition.choices, value)  # the rule the client checks too
    if why == "choice":
        raise bad_value(ctx, definition.label or definition.key, "why_choice", choices=", ".join(definition.choices or []))
    if why is not None:
        raise bad_value(ctx, definition.label or definition.key, f"why_{why}")
    return value


def definitions_of(ctx: Context) -> dict[str, Row[Any]]:
    """The workspace's property definitions by key, in their order (position, then key)."""
    pd = t.property_definitions.c
    return {d.key: d for d in ctx.conn.execute(sa.select(t.property_definitions).order_by(pd.position, pd.key))}


def check_required(ctx: Context, definitions: dict[str, Row[Any]], values: dict[str, Any], *, edit: bool) -> None:
    """Refused, naming the fields, when a new contact (or an edit: `values` only what it changes)
    leaves a required property empty; the contract's rule, the desk checks it too."""
    missing = missing_required([key for key, d in definitions.items() if d.required], values, edit=edit)
    if missing:
        fields = ", ".join(definitions[key].label or key for key in missing)
        raise Refused(Reason.INVALID, say("property_required", lang(ctx), fields=fields), field=missing[0],
                      missing=missing)


@handles(MutationType.UPDATE_CONTACT)
def update_contact(ctx: Context, args: UpdateContactArgs) -> None:
    """Last writer wins per field, in the order the server applies the mutations; only on a contact
    the agent may see, and the phone not while a conversation with it is open (unless see-all).
    A required property may not be emptied; one the contact lacks need not come with every edit."""
    require_permission(ctx, Permission.EDIT_CONTACT)
    contact = visible_contact(ctx, args.contact_id)
    definitions = definitions_of(ctx)
    core: dict[str, Any] = {}
    properties: dict[str, Any] = dict(contact.properties or {})
    for field, value in args.fields.items():
        if field in CORE_FIELDS:
            core[field] = check_core(ctx, field, value, contact.id)
        elif field in definitions:
            properties[field] = check_property(ctx, definitions[field], value)
        else:
            raise Refused(Reason.INVALID, say("unknown_field", lang(ctx), field=field), field=field)
    check_required(ctx, definitions, {k: v for k, v in args.fields.items() if k in definitions}, edit=True)
    _check_phone_change(ctx, contact, core)
    ctx.conn.execute(t.contacts.update().where(t.contacts.c.id == contact.id).values(
        **core, properties=properties, updated_at=naive_utc(ctx.now)))
    ctx.uow.changed("contacts", contact.id)


def new_id(ctx: Context, table: sa.Table, wanted: str | None) -> str:
    if wanted is None:
        return uuid.uuid4().hex
    if ctx.conn.execute(sa.select(table.c.id).where(table.c.id == wanted)).first():
        raise Refused(Reason.CONFLICT, say("id_taken", lang(ctx)))
    return wanted


@handles(MutationType.CREATE_DEAL)
def create_deal(ctx: Context, args: CreateDealArgs) -> dict[str, Any]:
    require_permission(ctx, Permission.CREATE_DEAL)
    contact = visible_contact(ctx, args.contact_id)
    if not is_stage(args.stage):
        raise bad_value(ctx, "stage", "why_stage")
    return _create_for_contact(ctx, t.deals, "deals", args.id, contact.id, title=args.title, pipeline=args.pipeline,
                               stage=args.stage, value=args.value, owner_id=ctx.viewer.id)


@handles(MutationType.CREATE_COMPANY)
def create_company(ctx: Context, args: CreateCompanyArgs) -> dict[str, Any]:
    require_permission(ctx, Permission.CREATE_COMPANY)
    contact = visible_contact(ctx, args.contact_id)
    return _create_for_contact(ctx, t.companies, "companies", args.id, contact.id, name=args.name, domain=args.domain)


@handles(MutationType.CREATE_TASK)
def create_task(ctx: Context, args: CreateTaskArgs) -> dict[str, Any]:
    require_permission(ctx, Permission.CREATE_TASK)
    contact = visible_contact(ctx, args.contact_id)
    try:
        due = naive_utc(from_iso(args.due_at)) if args.due_at else None
    except ValueError:
        raise bad_value(ctx, "due_at", "why_date_time") from None
    return _create_for_contact(ctx, t.tasks, "tasks", args.id, contact.id, title=args.title, due_at=due,
                               assignee_id=args.assignee_id or ctx.viewer.id, done=False)


def _create_for_contact(ctx: Context, table: sa.Table, collection: str, wanted_id: str | None, contact_id: str,
                        **values: Any) -> dict[str, Any]:
    """A new deal, company or task of a contact (the id the client chose, if free); answers its id."""
    row_id = new_id(ctx, table, wanted_id)
    ctx.conn.execute(table.insert().values(id=row_id, contact_id=contact_id, created_at=naive_utc(ctx.now), **values))
    ctx.uow.changed(collection, row_id)
    return {"id": row_id}


def _record_of_visible_contact(ctx: Context, table: sa.Table, record_id: str, what: str) -> Row[Any]:
    """A deal or task by id, when the agent may see its contact (as for creating one)."""
    row = ctx.conn.execute(sa.select(table).where(table.c.id == record_id)).first()
    if row is None:
        raise Refused(Reason.NOT_FOUND, say(what, lang(ctx)))
    visible_contact(ctx, row.contact_id)
    return row


@handles(MutationType.UPDATE_DEAL)
def update_deal(ctx: Context, args: UpdateDealArgs) -> None:
    require_permission(ctx, Permission.CREATE_DEAL)
    deal = _record_of_visible_contact(ctx, t.deals, args.id, "deal_not_found")
    values = {k: v for k, v in (("stage", args.stage), ("title", args.title), ("value", args.value)) if v is not None}
    if args.stage is not None and not is_stage(args.stage):
        raise bad_value(ctx, "stage", "why_stage")
    if values:
        ctx.conn.execute(t.deals.update().where(t.deals.c.id == deal.id).values(**values))
        ctx.uow.changed("deals", deal.id)


@handles(MutationType.UPDATE_TASK)
def update_task(ctx: Context, args: UpdateTaskArgs) -> None:
    require_permission(ctx, Permission.CREATE_TASK)
    task = _record_of_visible_contact(ctx, t.tasks, args.id, "task_not_found")
    values = {k: v for k, v in (("done", args.done), ("title", args.title)) if v is not None}
    if values:
        ctx.conn.execute(t.tasks.update().where(t.tasks.c.id == task.id).values(**values))
        ctx.uow.changed("tasks", task.id)
