"""The contacts directory (Qt-free): found by name, phone, e-mail, tag and property values, accents and
case ignored, in name order, and fresh after the replica's contacts change."""
from __future__ import annotations

import pytest

from rvops_desktop.models.contacts_directory import ContactsDirectory, phone_digits
from rvops_desktop.sync.actions import Actions
from tests.desktop.models.replica_factories import contact


@pytest.fixture
def directory(replica):
    replica.apply_bootstrap({"cursor": 1, "contacts": [
        contact("k1", "João Conceição", "+5511987654321", tags=["Lead-Quente"], properties={"cidade": "São Paulo"}),
        contact("k2", "Maria Araújo", "+552133330000", email="maria@acme.com.br", tags=["cliente"],
                properties={"plano": "Pró", "vip": True, "nps": 9}),
        contact("k3", "ana beatriz", None, email=None, properties={"cidade": "Belém"}),
    ]})
    made = ContactsDirectory(replica)
    yield made
    made.close()


def names(entries):
    return [e.name for e in entries]


def test_everyone_in_name_order_when_the_query_is_blank(directory):
    assert names(directory.search("")) == ["ana beatriz", "João Conceição", "Maria Araújo"]
    assert directory.count() == 3 and len(directory.search("", limit=2)) == 2


@pytest.mark.parametrize(("query", "expected"), [
    ("joao", ["João Conceição"]), ("CONCEICAO", ["João Conceição"]), ("mar ara", ["Maria Araújo"]),
    ("acme", ["Maria Araújo"]),                      # e-mail
    ("lead", ["João Conceição"]), ("quente", ["João Conceição"]), ("cliente", ["Maria Araújo"]),  # tags
    ("sao paulo", ["João Conceição"]), ("belem", ["ana beatriz"]), ("pro", ["Maria Araújo"]),  # properties
    ("9", ["Maria Araújo"]),                          # a number property is a word too
    ("(11) 98765", ["João Conceição"]), ("+55 21 3333", ["Maria Araújo"]), ("4321", ["João Conceição"]),
    ("joao 98765", ["João Conceição"]),
    ("true", []), ("maria joao", []), ("xyz", []),
])
def test_found_by_name_email_tag_property_and_phone(directory, query, expected):
    assert names(directory.search(query)) == expected


def test_a_contact_created_merged_or_edited_is_found_at_once(directory, replica):
    heard = []
    directory.subscribe(lambda: heard.append(1))
    actions = Actions(replica, "u1")
    actions.create_contact("Zélia Duarte", phone="0 21 11 91234-5678", tags=["feira"], id="k9")
    assert names(directory.search("zelia")) == ["Zélia Duarte"] and heard
    assert directory.search("feira")[0].phone == "+5511912345678"  # the contract's rule, before sending
    actions.update_contact("k3", {"cidade": "Recife"})
    assert names(directory.search("recife")) == ["ana beatriz"] and directory.search("belem") == []
    actions.merge_contacts("k1", "k9")
    assert directory.search("zelia") == [] and names(directory.search("feira")) == ["João Conceição"]


def test_phone_digits():
    assert phone_digits("(11) 98765-4321") == "11987654321" and phone_digits("+55 11") == "5511"
    assert phone_digits("12") is None and phone_digits("maria 11") is None and phone_digits("") is None


def test_a_typed_phone_is_read_by_the_contract_rule_and_checked_against_the_directory(directory):
    good = directory.read_phone("0 21 11 91234-5678")
    assert (good.e164, good.why, good.taken_by, good.acceptable) == ("+5511912345678", None, None, True)
    short = directory.read_phone("98765-4321")
    assert (short.e164, short.why, short.acceptable) == (None, "too_short", False)
    taken = directory.read_phone("(11) 98765-4321")
    assert taken.e164 == "+5511987654321" and taken.taken_by.name == "João Conceição" and not taken.acceptable
    assert directory.read_phone("(11) 98765-4321", besides="k1").acceptable  # its own number
    assert directory.read_phone("  ").acceptable and directory.read_phone("").e164 is None


def test_tags_as_typed_in_one_line():
    from rvops_desktop.models.contacts_directory import parse_tags
    assert parse_tags(" lead, feira;vip ,lead,, ") == ["lead", "feira", "vip"] and parse_tags("") == []


def test_an_edited_phone_is_stored_as_the_server_will(directory, replica):
    Actions(replica, "u1").update_contact("k3", {"phone": "(31) 99123-4567"})
    assert replica.store.contact("k3").phone == "+5531991234567"
    assert names(directory.search("99123")) == ["ana beatriz"]
