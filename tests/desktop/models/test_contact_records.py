"""The contact panel's lists beside a conversation (Store.contact_records): a contact's own deals,
companies and tasks, the same as its full history holds; none for a contact without any."""
from __future__ import annotations

from rvops_desktop.models import Replica


def _replica() -> Replica:
    replica = Replica.open(None)
    replica.apply_bootstrap({
        "cursor": 1,
        "contacts": [{"id": "c_ana", "name": "Ana"}, {"id": "c_bia", "name": "Bia"}, {"id": "c_caio", "name": "Caio"}],
        "deals": [{"id": "d_1", "contact_id": "c_ana", "title": "Plano Pro", "stage": "lead"},
                  {"id": "d_2", "contact_id": "c_bia", "title": "Renovação", "stage": "won"}],
        "companies": [{"id": "co_1", "contact_id": "c_bia", "name": "Loja da Bia"}],
        "tasks": [{"id": "t_1", "contact_id": "c_ana", "title": "Ligar amanhã", "done": False},
                  {"id": "t_2", "contact_id": "c_ana", "title": "Enviar proposta", "done": True}]})
    return replica


def test_each_contact_gets_its_own_records_and_a_contact_without_any_gets_none():
    store = _replica().store
    ana, bia, caio = (store.contact_records(c) for c in ("c_ana", "c_bia", "c_caio"))
    assert ([d.id for d in ana.deals], ana.companies, sorted(t.id for t in ana.tasks)) == (["d_1"], [], ["t_1", "t_2"])
    assert ([d.id for d in bia.deals], [c.name for c in bia.companies], bia.tasks) == (["d_2"], ["Loja da Bia"], [])
    assert (caio.deals, caio.companies, caio.tasks) == ([], [], [])


def test_the_records_are_those_of_the_full_history():
    store = _replica().store
    for contact_id in ("c_ana", "c_bia", "c_caio"):
        records, history = store.contact_records(contact_id), store.contact_history(contact_id)
        assert ([d.id for d in records.deals], [c.id for c in records.companies], [t.id for t in records.tasks]) == (
            [d.id for d in history.deals], [c.id for c in history.companies], [t.id for t in history.tasks])


def test_a_contact_without_records_is_answered_by_the_probe_alone(monkeypatch):
    """The panel reads these on every conversation switch: most contacts hold none, and for them
    no ORM session is made (≈ 0.2 ms a switch)."""
    from rvops_desktop.models import store as store_module
    store = _replica().store

    def no_session(*_args, **_kwargs):
        raise AssertionError("an ORM session for a contact without records")
    monkeypatch.setattr(store_module, "Session", no_session)
    caio = store.contact_records("c_caio")
    assert (caio.deals, caio.companies, caio.tasks) == ([], [], [])


def test_the_panel_lists_tasks_to_do_soonest_due_first_deals_newest_first_companies_by_name():
    replica = Replica.open(None)
    replica.apply_bootstrap({
        "cursor": 1, "contacts": [{"id": "c_ana", "name": "Ana"}],
        "tasks": [{"id": "t_done", "contact_id": "c_ana", "title": "Feita", "done": True,
                   "due_at": "2026-01-01T00:00:00", "created_at": "2026-01-01T00:00:00"},
                  {"id": "t_undated", "contact_id": "c_ana", "title": "Sem prazo", "done": False,
                   "created_at": "2026-01-02T00:00:00"},
                  {"id": "t_friday", "contact_id": "c_ana", "title": "Sexta", "done": False,
                   "due_at": "2026-03-06T18:00:00", "created_at": "2026-01-03T00:00:00"},
                  {"id": "t_monday", "contact_id": "c_ana", "title": "Segunda", "done": False,
                   "due_at": "2026-03-02T09:00:00", "created_at": "2026-01-04T00:00:00"},
                  {"id": "t_later", "contact_id": "c_ana", "title": "Depois", "done": False,
                   "created_at": "2026-01-05T00:00:00"}],
        "deals": [{"id": "d_old", "contact_id": "c_ana", "title": "Antigo", "created_at": "2025-05-01T00:00:00"},
                  {"id": "d_new", "contact_id": "c_ana", "title": "Novo", "created_at": "2026-05-01T00:00:00"},
                  {"id": "d_here", "contact_id": "c_ana", "title": "Ainda não sincronizado"}],
        "companies": [{"id": "co_z", "contact_id": "c_ana", "name": "Zeta"},
                      {"id": "co_a", "contact_id": "c_ana", "name": "Alfa"}]})
    records = replica.store.contact_records("c_ana")
    assert [t.id for t in records.tasks] == ["t_monday", "t_friday", "t_undated", "t_later", "t_done"]
    assert [d.id for d in records.deals] == ["d_new", "d_old", "d_here"]
    assert [c.name for c in records.companies] == ["Alfa", "Zeta"]
