"""The contacts directory's writes (issue 18), over real HTTP on SQLite and PostgreSQL: a contact is
created with its phone read by the contract's one rule (rvops_contract.phones) and refused, with a
sentence, when the number cannot be one or belongs to another contact; a supervisor merges a
duplicate into the contact kept (conversations, deals, companies, tasks, calls, tags and the
properties the kept one lacks), the duplicate leaves every desk through the change log, and the
merge is audited. An agent may not merge."""
import sqlalchemy as sa

from rvops_server.store import schema as t


def contact(agent, contact_id):
    return next((c for c in agent.bootstrap()["contacts"] if c["id"] == contact_id), None)


def test_a_contact_is_created_with_its_phone_in_e164_and_typed_properties(ana, bruno):
    made = ana.mutate("create_contact", id="c_new", name="Rita Gomes", phone="0 21 11 97654-3210",
                      email="rita@example.com.br", tags=["lead", "lead", "feira"],
                      properties={"plano": "Pro", "nps": 8})
    assert made["status"] == "accepted" and made["data"] == {"id": "c_new", "phone": "+5511976543210"}, made
    rita = contact(ana, "c_new")  # the carrier code and the trunk 0 are not digits of the number
    assert rita["phone"] == "+5511976543210" and rita["owner_id"] == "u_ana"
    assert rita["tags"] == ["lead", "feira"] and rita["properties"] == {"plano": "Pro", "nps": 8}
    assert contact(bruno, "c_new") is None  # an agent's own contact: not in a colleague's directory
    wrong = ana.mutate("create_contact", name="Zé", phone="+5511912345678", properties={"nps": "dez"})
    assert wrong["status"] == "refused" and wrong["reason"] == "invalid" and wrong["data"]["field"] == "NPS"
    unknown = ana.mutate("create_contact", name="Zé", properties={"sapato": 42})
    assert unknown["reason"] == "invalid" and "sapato" in unknown["message"]


def test_a_number_without_its_area_code_or_anothers_number_is_refused_with_a_sentence(ana):
    short = ana.mutate("create_contact", name="Sem DDD", phone="98765-4321")
    assert short["status"] == "refused" and short["reason"] == "invalid" and short["data"]["field"] == "phone"
    assert "DDD" in short["message"] and "98765-4321" in short["message"]
    garbage = ana.mutate("create_contact", name="Letras", phone="+55 abc 98765")
    assert garbage["reason"] == "invalid" and "não é um número de telefone válido" in garbage["message"]
    taken = ana.mutate("create_contact", name="Outra Maria", phone="(11) 98765-4321")  # Maria's, typed nationally
    assert taken["status"] == "refused" and taken["reason"] == "conflict"
    assert "Maria Oliveira" in taken["message"] and "+55 11 98765-4321" in taken["message"]
    assert taken["data"] == {"field": "phone", "contact_id": "c_maria"}
    assert all(c["name"] not in ("Sem DDD", "Letras", "Outra Maria") for c in ana.bootstrap()["contacts"])


def test_editing_a_phone_follows_the_same_rule(ana):
    assert ana.mutate("update_contact", contact_id="c_maria", fields={"phone": "98765-4321"})["reason"] == "invalid"
    taken = ana.mutate("update_contact", contact_id="c_maria", fields={"phone": "+55 21 99876-5432"})
    assert taken["reason"] == "conflict" and "João Pereira" in taken["message"]


def _duplicate_of_maria(ana):
    """Maria again, typed by hand, with a deal, a task, a company, a call and a conversation of her own."""
    assert ana.mutate("create_contact", id="c_dup", name="Maria O.", phone="+55 11 91234-0000",
                      email="maria.o@example.com.br", tags=["cliente", "evento"],
                      properties={"origem": "Feira", "plano": "Básico"})["status"] == "accepted"
    assert ana.mutate("create_deal", contact_id="c_dup", title="Renovação", id="d_dup")["status"] == "accepted"
    assert ana.mutate("create_task", contact_id="c_dup", title="Retornar", id="tk_dup")["status"] == "accepted"
    assert ana.mutate("log_call", id="call_dup", contact_id="c_dup", direction="outbound", number="+5511912340000",
                      started_at="2026-12-01T10:00:00Z", outcome="answered")["status"] == "accepted"
    started = ana.mutate("start_conversation", contact_id="c_dup", template_name="retomar_atendimento",
                         language="pt_BR", variables=["Maria", "a renovação"], conversation_id="cv_dup")
    assert started["status"] == "accepted", started


def test_a_supervisor_merges_a_duplicate_and_every_desk_sees_it(live_server, ana, carla, admin):
    _duplicate_of_maria(ana)
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"  # one open conversation each
    assert admin.mutate("create_company", contact_id="c_dup", name="Feira SA", id="co_dup")["status"] == "accepted"
    since = ana.bootstrap()["cursor"]
    merged = carla.mutate("merge_contacts", keep_id="c_maria", duplicate_id="c_dup")
    assert merged["status"] == "accepted", merged
    assert merged["data"]["moved"] == {"conversations": 1, "calls": 1, "deals": 1, "companies": 1, "tasks": 1}
    maria = contact(ana, "c_maria")
    assert maria["tags"] == ["cliente", "evento"]
    assert maria["properties"]["plano"] == "Pro" and maria["properties"]["origem"] == "Feira"  # hers win
    assert maria["phone"] == "+5511987654321" and maria["email"] == "maria@example.com.br"
    snapshot = ana.bootstrap()
    assert contact(ana, "c_dup") is None
    assert {r["contact_id"] for k in ("deals", "tasks", "calls", "conversations") for r in snapshot[k]
            if r["id"] in ("d_dup", "tk_dup", "call_dup", "cv_dup")} == {"c_maria"}
    changes = ana.changes(since)["changes"]  # what a desk that was online receives
    assert {"collection": "contacts", "op": "delete", "id": "c_dup"} in [
        {k: c[k] for k in ("collection", "op", "id")} for c in changes]
    moved = {c["id"]: c["record"]["contact_id"] for c in changes if c["op"] == "upsert" and c["id"].endswith("_dup")}
    assert moved == dict.fromkeys(("cv_dup", "d_dup", "tk_dup", "call_dup", "co_dup"), "c_maria")
    with live_server.services.store.read() as conn:
        assert conn.execute(sa.select(t.contacts.c.id).where(t.contacts.c.id == "c_dup")).first() is None
        assert conn.execute(sa.select(t.companies.c.contact_id).where(t.companies.c.id == "co_dup")).scalar() \
            == "c_maria"
        event = conn.execute(sa.select(t.audit_events).where(t.audit_events.c.event == "contacts_merged")).one()
    assert (event.actor_id, event.target_kind, event.target_id) == ("u_carla", "contact", "c_maria")
    assert event.details["duplicate_id"] == "c_dup" and event.details["moved"]["deals"] == ["d_dup"]
    assert event.details["tags_added"] == ["evento"] and event.details["properties_filled"] == ["origem"]


def test_merging_is_refused_to_agents_and_for_missing_or_identical_contacts(ana, carla):
    assert ana.mutate("create_contact", id="c_dup", name="Maria O.")["status"] == "accepted"
    forbidden = ana.mutate("merge_contacts", keep_id="c_maria", duplicate_id="c_dup")
    assert forbidden["reason"] == "forbidden" and "merge_contacts" in forbidden["message"]
    same = carla.mutate("merge_contacts", keep_id="c_maria", duplicate_id="c_maria")
    assert same["reason"] == "invalid" and "dois contatos diferentes" in same["message"]
    missing = carla.mutate("merge_contacts", keep_id="c_maria", duplicate_id="c_nobody")
    assert missing["reason"] == "not_found" and "c_nobody" in missing["message"]
    assert contact(ana, "c_dup") is not None and contact(carla, "c_maria") is not None


def test_two_open_whatsapp_conversations_are_not_merged_into_one_contact(ana, carla):
    _duplicate_of_maria(ana)  # Maria O. is in an open conversation, and Maria in cv_maria
    both = carla.mutate("merge_contacts", keep_id="c_maria", duplicate_id="c_dup")
    assert both["reason"] == "conflict" and "WhatsApp" in both["message"]
    assert ana.mutate("close", conversation_id="cv_dup")["status"] == "accepted"
    assert carla.mutate("merge_contacts", keep_id="c_maria", duplicate_id="c_dup")["status"] == "accepted"
