"""WhatsApp templates (issue 16): create one (submitted to Meta for review) and delete one.

`manage_templates` (admins and supervisors): submitting changes the WhatsApp Business account
itself (Meta reviews it, a deleted name cannot be reused for weeks), which `sync_templates` (a
read of Meta's list) does not. Audited, streamed to every desk (templates are the workspace's).

Meta is called before the transaction (a PREPARER, in the request's worker thread, never under the
write lock): the template is stored only once Meta accepted it, as Meta answered (its id, PENDING,
its category); a refusal or an unreachable Meta becomes a sentence and nothing is stored. Meta's
review then arrives through the `message_template_status_update` webhook (gateways/intake.py),
which moves the row to APPROVED or REJECTED. Should the transaction refuse after Meta accepted
(another administrator stored the same name meanwhile), the template sync picks Meta's copy up.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import anyio.from_thread
import sqlalchemy as sa

from rvops_contract.permissions import Permission, has_permission
from rvops_contract.sentences import in_language
from rvops_contract.templates import TemplateRefusal, check_new_template, header_format
from rvops_contract.wire import CreateTemplateArgs, DeleteTemplateArgs, MutationType, Reason
from rvops_server.channels.graph_client import GraphApiError
from rvops_server.domain.channel_ports import MetaTemplatesApi
from rvops_server.domain.errors import Refused
from rvops_server.domain.sentences import say
from rvops_server.domain.visibility import load_viewer
from rvops_server.store import schema as t
from rvops_server.store.db import naive_utc

from . import handles, prepares
from .admin_kit import audit
from .context import Context, MutationServices
from .guards import lang, require_permission

log = logging.getLogger(__name__)


def _gateway(services: MutationServices) -> MetaTemplatesApi | None:
    gateway = services.meta_gateway
    configured = gateway is not None and gateway.config.waba_id and gateway.config.access_token
    return gateway if configured else None


def _may_manage(services: MutationServices, user_id: str) -> bool:
    with services.store.read() as conn:
        viewer = load_viewer(conn, user_id)
    return viewer is not None and has_permission(viewer.user, Permission.MANAGE_TEMPLATES)


def _exists(services: MutationServices, name: str, language: str | None = None) -> bool:
    tc = t.templates.c
    q = sa.select(tc.id).where(tc.name == name, tc.status != "DELETED")
    if language is not None:
        q = q.where(tc.language == language)
    with services.store.read() as conn:
        return conn.execute(q).first() is not None


def _call_meta(gateway: MetaTemplatesApi, method: str, *args: Any) -> dict[str, Any]:
    """Run the Graph client's `method` on the app's event loop; {"answer": …} or {"graph_error": …}."""
    async def call() -> Any:
        graph = await gateway.client()
        return await getattr(graph, method)(gateway.config.waba_id, *args)
    try:
        return {"answer": anyio.from_thread.run(call)}
    except GraphApiError as exc:
        log.warning("template %s refused by Meta: %s code=%s subcode=%s", method, exc.error.reason,
                    exc.error.code, exc.error.subcode)
        return {"graph_error": {"transport": exc.transport or exc.error.retryable, "code": exc.error.code,
                                "subcode": exc.error.subcode, "reason": exc.error.reason.value,
                                "text": exc.error.provider_message or exc.error.message_en,
                                "sentence": {"pt-BR": exc.error.message_pt, "en": exc.error.message_en}}}
    except RuntimeError:  # not in a worker thread of the app's loop (a caller outside the HTTP API)
        log.exception("template %s: no event loop to reach Meta from", method)
        return {"graph_error": {"transport": True, "code": None, "subcode": None, "reason": "unknown",
                                "text": "no event loop"}}


def _components(args: CreateTemplateArgs) -> list[Mapping[str, Any]]:
    """As Meta spells them: types and formats in capitals, a header's format said (TEXT by default)."""
    def shaped(c: dict[str, Any]) -> dict[str, Any]:
        c = {**c, "type": str(c.get("type")).upper()}
        if c["type"] == "HEADER":
            c["format"] = header_format(c)
        if c["type"] == "BUTTONS" and isinstance(c.get("buttons"), list):
            c["buttons"] = [{**b, "type": str(b.get("type")).upper()} if isinstance(b, dict) else b
                            for b in c["buttons"]]
        return c
    return [shaped(c) for c in args.components]


@prepares(MutationType.CREATE_TEMPLATE)
def _submit_to_meta(services: MutationServices, user_id: str, args: CreateTemplateArgs) -> dict[str, Any]:
    """Meta's answer to the submission, when everything the handler checks first holds."""
    gateway = _gateway(services)
    if (gateway is None or not _may_manage(services, user_id)
            or check_new_template(args.name, args.language, args.category.value, _components(args)) is not None
            or _exists(services, args.name, args.language)):
        return {}  # refused by the handler, which says why
    return {"meta": _call_meta(gateway, "create_template", args.name, args.language, args.category.value,
                               _components(args))}


@prepares(MutationType.DELETE_TEMPLATE)
def _delete_at_meta(services: MutationServices, user_id: str, args: DeleteTemplateArgs) -> dict[str, Any]:
    gateway = _gateway(services)
    if gateway is None or not _may_manage(services, user_id) or not _exists(services, args.name):
        return {}
    return {"meta": _call_meta(gateway, "delete_template", args.name)}


def _meta_answer(ctx: Context, refused_key: str) -> dict[str, Any]:
    """What Meta answered the preparer, or the refusal that says why there is nothing to store."""
    meta = ctx.data["prepared"].get("meta")
    if meta is None:  # Meta was not asked: WhatsApp is not configured, or the checks changed meanwhile
        raise Refused(Reason.CONFLICT, say("whatsapp_not_configured", lang(ctx)))
    error = meta.get("graph_error")
    if error is None:
        return meta["answer"] or {}
    if error["transport"]:  # no answer, a rate limit, Meta down: nothing happened at Meta
        raise Refused(Reason.CONFLICT, say("template_meta_unreachable", lang(ctx), reason=error["text"]),
                      meta_code=error["code"])
    if error["reason"] == "token_expired":  # the server's Meta access, not the template
        sentence = in_language(lang(ctx), error["sentence"]["pt-BR"], error["sentence"]["en"])
        raise Refused(Reason.CONFLICT, say("template_meta_access", lang(ctx), reason=sentence),
                      meta_code=error["code"], meta_subcode=error["subcode"])
    reason = error["text"].rstrip(".") + "."
    raise Refused(Reason.INVALID, say(refused_key, lang(ctx), reason=reason),
                  meta_code=error["code"], meta_subcode=error["subcode"])


@handles(MutationType.CREATE_TEMPLATE)
def create_template(ctx: Context, args: CreateTemplateArgs) -> dict[str, Any]:
    """Stored as Meta answered: its id, PENDING, its category. {"id", "status"}."""
    require_permission(ctx, Permission.MANAGE_TEMPLATES)
    components = _components(args)
    refusal = check_new_template(args.name, args.language, args.category.value, components)
    if refusal is not None:
        field = {TemplateRefusal.BAD_NAME: "name", TemplateRefusal.BAD_LANGUAGE: "language",
                 TemplateRefusal.BAD_CATEGORY: "category"}.get(refusal, "components")
        raise Refused(Reason.INVALID, say(f"template_{refusal.value}", lang(ctx)), field=field)
    tc = t.templates.c
    existing = ctx.conn.execute(sa.select(tc.id, tc.status).where(tc.name == args.name,
                                                                  tc.language == args.language)).first()
    if existing is not None and existing.status != "DELETED":
        raise Refused(Reason.CONFLICT, say("template_exists", lang(ctx), name=args.name, language=args.language),
                      field="name")
    answer = _meta_answer(ctx, "template_meta_refused")
    template_id = str(answer["id"])
    status = str(answer.get("status") or "PENDING").upper()
    category = str(answer.get("category") or args.category.value).upper()
    if existing is not None:  # a template deleted earlier under this name: Meta's new one replaces it
        ctx.conn.execute(t.templates.delete().where(tc.id == existing.id))
        ctx.uow.changed("templates", existing.id, "delete")
    ctx.conn.execute(t.templates.insert().values(id=template_id, name=args.name, language=args.language,
                                                 category=category, status=status, components=components,
                                                 updated_at=naive_utc(ctx.now)))
    ctx.uow.changed("templates", template_id)
    audit(ctx, "template_created", "template", template_id, name=args.name, language=args.language,
          category=category, status=status)
    return {"id": template_id, "status": status}


@handles(MutationType.DELETE_TEMPLATE)
def delete_template(ctx: Context, args: DeleteTemplateArgs) -> dict[str, Any]:
    """Every language of `name`, at Meta and here (the rows go; sent messages keep their text)."""
    require_permission(ctx, Permission.MANAGE_TEMPLATES)
    tc = t.templates.c
    rows = ctx.conn.execute(sa.select(tc.id, tc.language, tc.status).where(tc.name == args.name)).all()
    if not rows:
        raise Refused(Reason.NOT_FOUND, say("template_not_on_server", lang(ctx), name=args.name), field="name")
    if any(row.status != "DELETED" for row in rows):  # else Meta no longer lists it: only our rows go
        _meta_answer(ctx, "template_meta_refused_delete")
    ctx.conn.execute(t.templates.delete().where(tc.name == args.name))
    for row in rows:
        ctx.uow.changed("templates", row.id, "delete")
    audit(ctx, "template_deleted", "template", rows[0].id, name=args.name,
          languages=sorted(row.language for row in rows))
    return {"languages": sorted(row.language for row in rows)}
