"""The demo workspace (`--demo`): documented logins, contacts, CRM objects, snippets, templates.

Logins (password `demo` for all): admin@demo.rvops (admin), ana@demo.rvops and bruno@demo.rvops
(team Vendas), carla@demo.rvops (team Suporte; bruno is in both).
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from rvops_contract import demo_credentials as creds
from rvops_contract.preview import preview_of
from rvops_contract.wire import Direction, MessageKind, MessageStatus
from rvops_server.domain.addresses import address_at_opening
from rvops_server.domain.passwords import hash_blocking as hash_password
from rvops_server.store import schema as t
from rvops_server.store.db import Store, UnitOfWork, naive_utc
from rvops_server.store.messages import NewMessage, insert_message

DEMO_PASSWORD = "demo"
USERS = [
    ("u_admin", "Admin Demo", "admin@demo.rvops", "admin"),
    ("u_ana", "Ana Souza", "ana@demo.rvops", "agent"),
    ("u_bruno", "Bruno Lima", "bruno@demo.rvops", "agent"),
    ("u_carla", "Carla Mendes", "carla@demo.rvops", "supervisor"),
]
TEAMS = [("t_vendas", "Vendas", ["u_ana", "u_bruno"]), ("t_suporte", "Suporte", ["u_bruno", "u_carla"])]
PROPERTIES = [
    ("p_plano", "plano", "Plano", "choice", ["Básico", "Pro", "Enterprise"], True, 1),
    ("p_cidade", "cidade", "Cidade", "text", None, True, 2),
    ("p_cliente_desde", "cliente_desde", "Cliente desde", "date", None, True, 3),
    ("p_nps", "nps", "NPS", "number", None, True, 4),
    ("p_vip", "vip", "VIP", "bool", None, True, 5),
    ("p_origem", "origem", "Origem", "text", None, False, 6),
]
CONTACTS = [
    ("c_maria", "Maria Oliveira", "+5511987654321", None, "maria@example.com.br", "u_ana",
     ["cliente"], {"plano": "Pro", "cidade": "São Paulo", "cliente_desde": "2023-04-01", "nps": 9, "vip": True}),
    ("c_joao", "João Pereira", "+5521998765432", None, "joao@example.com.br", "u_bruno",
     ["lead"], {"plano": "Básico", "cidade": "Rio de Janeiro", "nps": 7}),
    ("c_lucia", "Lúcia Araújo", "+5531991234567", None, None, None, [], {"cidade": "Belo Horizonte"}),
    ("c_pedro", "Pedro Santos", None, "17841400000000101", "pedro@example.com.br", "u_carla",
     ["instagram"], {"origem": "Instagram Ads"}),
    ("c_fernanda", "Fernanda Costa", "+5541987651234", None, "fernanda@example.com.br", None, [], {}),
]
SNIPPETS = [
    ("s_ola", "ola", "Saudação", "Olá, {{contact.name}}! Aqui é {{agent.name}}, da Rvops. Como posso ajudar?"),
    ("s_pix", "pix", "Chave Pix", "Nossa chave Pix é o CNPJ 12.345.678/0001-90. Envie o comprovante por aqui."),
    ("s_horario", "horario", "Horário", "Atendemos de segunda a sexta, das 8h às 18h."),
    ("s_obrigado", "obrigado", "Encerramento", "Obrigado pelo contato, {{contact.name}}! Qualquer coisa, é só chamar."),
]
TEMPLATES = [
    ("tpl_retomar", "retomar_atendimento", "pt_BR", "UTILITY", "APPROVED",
     [{"type": "BODY", "text": "Olá {{1}}! Podemos continuar seu atendimento sobre {{2}}?"}]),
    ("tpl_boleto", "lembrete_boleto", "pt_BR", "UTILITY", "APPROVED",
     [{"type": "BODY", "text": "Olá {{1}}, seu boleto vence em {{2}}."},
      {"type": "FOOTER", "text": "Rvops CRM"}]),
    ("tpl_promo", "promocao_black_friday", "pt_BR", "MARKETING", "PENDING",
     [{"type": "BODY", "text": "{{1}}, aproveite 30% de desconto nesta Black Friday!"}]),
    ("tpl_pausado", "pesquisa_nps", "pt_BR", "MARKETING", "PAUSED",
     [{"type": "BODY", "text": "De 0 a 10, quanto você recomendaria a Rvops?"}]),
    ("tpl_welcome", "welcome_back", "en_US", "UTILITY", "APPROVED",
     [{"type": "BODY", "text": "Hi {{1}}, shall we pick up where we left off?"}]),
]


def seed_if_empty(store: Store) -> bool:
    """Seed the demo workspace when the database has no users; True if it did."""
    with store.read() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(t.users)).scalar():
            return False
    password_hash = hash_password(DEMO_PASSWORD)  # on the password pool, before the write lock
    with store.write() as uow:
        if uow.conn.execute(sa.select(sa.func.count()).select_from(t.users)).scalar():
            return False
        seed(uow, store.clock.now(), password_hash)
    return True


def customer_windows(store: Store) -> list[tuple[str, str, datetime]]:
    """What Meta saw of the seeded customers before the demo began: (channel, Meta's id for the
    customer — wa_id digits or Instagram id —, their last message), for every open WhatsApp and
    Instagram conversation. The demo's stand-in is told, so Meta and the inbox agree on each
    24-hour window (otherwise Meta refuses the first reply to a customer who wrote minutes ago)."""
    c, k = t.conversations.c, t.contacts.c
    with store.read() as conn:
        rows = conn.execute(sa.select(c.channel, c.last_inbound_at, k.phone, k.instagram_id)
                            .select_from(t.conversations.join(t.contacts, k.id == c.contact_id))
                            .where(c.status == "open", c.last_inbound_at.is_not(None),
                                   c.channel.in_(("whatsapp", "instagram")))).all()
    seen = []
    for row in rows:
        customer = "".join(ch for ch in row.phone or "" if ch.isdigit()) if row.channel == "whatsapp" else row.instagram_id
        if customer:
            seen.append((row.channel, customer, row.last_inbound_at.replace(tzinfo=UTC)))
    return seen


def seed(uow: UnitOfWork, now: datetime, password_hash: str) -> None:
    conn = uow.conn
    ts = naive_utc(now)
    conn.execute(t.workspace.insert().values(
        id="default", name="Rvops Demo", distribution_method="manual",
        settings={"whatsapp": {"phone_number_id": creds.WHATSAPP_PHONE_NUMBER_ID, "waba_id": creds.WHATSAPP_WABA_ID},
                  "instagram": {"account_id": creds.INSTAGRAM_ACCOUNT_ID}}))
    uow.changed("workspace", "default")
    for user_id, name, email, role in USERS:
        conn.execute(t.users.insert().values(id=user_id, name=name, email=email, password_hash=password_hash, role=role,
                                             permissions={}, status="online", created_at=ts,
                                             sip_extension=email.split("@")[0]))
        uow.changed("users", user_id)
        uow.changed("presence", user_id)
    conn.execute(t.users.update().where(t.users.c.id == "u_ana").values(permissions={"manage_snippets": True,
                                                                                      "create_company": True}))
    for team_id, name, members in TEAMS:
        conn.execute(t.teams.insert().values(id=team_id, name=name))
        for user_id in members:
            conn.execute(t.team_members.insert().values(team_id=team_id, user_id=user_id))
        uow.changed("teams", team_id)
    for pid, key, label, kind, choices, shown, position in PROPERTIES:
        conn.execute(t.property_definitions.insert().values(id=pid, key=key, label=label, type=kind, choices=choices,
                                                            show_in_panel=shown, position=position))
        uow.changed("property_definitions", pid)
    for cid, contact_name, phone, ig, contact_email, owner, tags, props in CONTACTS:
        conn.execute(t.contacts.insert().values(id=cid, name=contact_name, phone=phone, instagram_id=ig,
                                                email=contact_email,
                                                owner_id=owner, tags=tags, properties=props, created_at=ts,
                                                updated_at=ts))
        uow.changed("contacts", cid)
    conn.execute(t.companies.insert().values(id="co_acme", name="Acme Ltda", domain="acme.com.br",
                                             contact_id="c_maria", created_at=ts))
    conn.execute(t.deals.insert().values(id="d_maria_pro", title="Upgrade para Enterprise", pipeline="default",
                                         stage="proposta", value=12000.0, owner_id="u_ana", contact_id="c_maria",
                                         created_at=ts))
    conn.execute(t.tasks.insert().values(id="tk_ligar", title="Ligar para a Maria sobre a proposta",
                                         due_at=ts + timedelta(days=1), assignee_id="u_ana", done=False,
                                         contact_id="c_maria", created_at=ts))
    for table, rid in (("companies", "co_acme"), ("deals", "d_maria_pro"), ("tasks", "tk_ligar")):
        uow.changed(table, rid)
    for sid, shortcut, title, body in SNIPPETS:
        conn.execute(t.snippets.insert().values(id=sid, shortcut=shortcut, title=title, body=body, updated_at=ts))
        uow.changed("snippets", sid)
    for tid, name, lang, category, status, components in TEMPLATES:
        conn.execute(t.templates.insert().values(id=tid, name=name, language=lang, category=category, status=status,
                                                 components=components, updated_at=ts))
        uow.changed("templates", tid)
    _conversations(uow, now)


def _conversation(uow: UnitOfWork, now: datetime, conv_id: str, contact_id: str, channel: str, assignee: str | None,
                  inbound_ago: timedelta, lines: list[tuple[str, str]], *, team: str | None = None,
                  status: str = "open") -> None:
    """`lines` a minute apart, the last one `inbound_ago` before `now`; the conversation's last message and
    last inbound times are those of its lines (the inbox row's time is the thread's last message's)."""
    conn = uow.conn
    last_message = naive_utc(now - inbound_ago)
    times = [last_message - timedelta(minutes=len(lines) - 1 - i) for i in range(len(lines))]
    last_inbound = max(at for at, (direction, _) in zip(times, lines, strict=True) if direction == Direction.INBOUND)
    conn.execute(t.conversations.insert().values(
        id=conv_id, contact_id=contact_id, channel=channel, status=status, assignee_id=assignee, team_id=team,
        opened_at=times[0] - timedelta(minutes=5), last_inbound_at=last_inbound,
        last_message_at=last_message, last_message_preview=preview_of(MessageKind.TEXT, lines[-1][1]), unread_count=1 if assignee else 0,
        window_closed_by_provider=False, queued_at=None if assignee else last_inbound,
        closed_at=naive_utc(now - inbound_ago + timedelta(hours=1)) if status == "closed" else None,
        closed_by=assignee if status == "closed" else None,
        address=address_at_opening(channel, conn.execute(sa.select(t.contacts).where(
            t.contacts.c.id == contact_id)).one()._mapping)))
    uow.changed("conversations", conv_id)
    for at, (direction, text) in zip(times, lines, strict=True):
        mid = uuid.uuid4().hex
        inbound = direction == Direction.INBOUND
        insert_message(conn, NewMessage(
            id=mid, conversation_id=conv_id, direction=Direction(direction), kind=MessageKind.TEXT, text=text,
            status=MessageStatus.RECEIVED if inbound else MessageStatus.READ, author_id=None if inbound else assignee,
            channel=channel, provider_id=f"seed.{mid}", created_at=at))
        uow.changed("messages", mid)


def _conversations(uow: UnitOfWork, now: datetime) -> None:
    _conversation(uow, now, "cv_maria", "c_maria", "whatsapp", "u_ana", timedelta(minutes=12), [
        ("inbound", "Oi! Queria saber do upgrade para o plano Enterprise."),
        ("outbound", "Olá, Maria! Claro, vou te passar os detalhes."),
        ("inbound", "Perfeito, pode mandar a proposta em PDF?")])
    _conversation(uow, now, "cv_joao", "c_joao", "whatsapp", "u_ana", timedelta(hours=30), [
        ("inbound", "Boa tarde, meu boleto venceu ontem."),
        ("outbound", "Oi João, vou verificar e te retorno.")])
    _conversation(uow, now, "cv_pedro", "c_pedro", "instagram", "u_ana", timedelta(hours=26), [
        ("inbound", "Vi o anúncio no Instagram, vocês têm plano anual?")])
    _conversation(uow, now, "cv_lucia", "c_lucia", "whatsapp", None, timedelta(minutes=3), [
        ("inbound", "Olá, alguém pode me ajudar com o acesso?")])
    _conversation(uow, now, "cv_maria_old", "c_maria", "whatsapp", "u_ana", timedelta(days=40), [
        ("inbound", "Vocês emitem nota fiscal?"), ("outbound", "Emitimos sim, Maria!")], status="closed")
