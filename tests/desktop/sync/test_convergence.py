"""Two clients edit the same contact: both converge to the server's order (last writer per field)."""
from __future__ import annotations

import asyncio

from tests.desktop.sync.syncrig import eventually


def server_contact(server, contact_id: str) -> dict:
    import sqlalchemy as sa

    from rvops_server.store import schema as t
    with server.services.store.read() as conn:
        return dict(conn.execute(sa.select(t.contacts).where(t.contacts.c.id == contact_id)).first()._mapping)


def view(client, contact_id: str) -> tuple:
    contact = client.replica.store.contact(contact_id)
    return contact.name, (contact.properties or {}).get("cidade"), (contact.properties or {}).get("nps")


async def test_same_field_edited_offline_by_two_agents_ends_as_the_server_applied_it(server, clients):
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    carla = await clients(server.url, "carla@demo.rvops", start=False)
    await ana.engine.sync_once()
    await carla.engine.sync_once()

    ana.actions.update_contact("c_maria", {"cidade": "Santos"})  # both offline, same field
    carla.actions.update_contact("c_maria", {"cidade": "Recife", "nps": 10})
    ana.actions.update_contact("c_maria", {"name": "Maria O. Souza"})  # a field only ana touches
    assert view(ana, "c_maria") == ("Maria O. Souza", "Santos", 9)  # each sees its own at once
    assert view(carla, "c_maria") == ("Maria Oliveira", "Recife", 10)

    ana.engine.start()
    await ana.engine.wait_idle(15)  # ana's edits reach the server first ...
    carla.engine.start()
    await carla.engine.wait_idle(15)  # ... carla's last: her cidade wins, ana's name stays

    expected = ("Maria O. Souza", "Recife", 10)
    row = server_contact(server, "c_maria")
    assert (row["name"], row["properties"]["cidade"], row["properties"]["nps"]) == expected
    await eventually(lambda: view(ana, "c_maria") == expected)
    await eventually(lambda: view(carla, "c_maria") == expected)


async def test_simultaneous_edits_converge_on_whatever_the_server_decided(server, clients):
    ana = await clients(server.url, "ana@demo.rvops")
    carla = await clients(server.url, "carla@demo.rvops")
    await asyncio.gather(ana.engine.wait_idle(15), carla.engine.wait_idle(15))
    for i in range(10):
        ana.actions.update_contact("c_joao", {"cidade": f"ana {i}"})
        carla.actions.update_contact("c_joao", {"cidade": f"carla {i}"})
    await asyncio.gather(ana.engine.wait_idle(30), carla.engine.wait_idle(30))

    final = server_contact(server, "c_joao")["properties"]["cidade"]
    assert final in ("ana 9", "carla 9")  # each client's last edit is its last in server order
    await eventually(lambda: view(ana, "c_joao")[1] == final)
    await eventually(lambda: view(carla, "c_joao")[1] == final)
