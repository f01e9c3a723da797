"""Merging two contacts (rvops_contract.contacts): the kept one's values win, the duplicate fills gaps."""
from rvops_contract.contacts import merged_fields


def test_the_kept_contacts_values_win_and_the_duplicate_fills_what_it_lacks():
    keep = {"phone": "+5511987654321", "email": None, "owner_id": "u_ana", "tags": ["cliente"],
            "properties": {"plano": "Pro", "cidade": ""}}
    duplicate = {"phone": "+5511912340000", "email": "m@example.com", "owner_id": "u_bruno",
                 "instagram_id": None, "tags": ["evento", "cliente"],
                 "properties": {"plano": "Básico", "cidade": "Santos", "origem": "Feira", "nps": None}}
    assert merged_fields(keep, duplicate) == {
        "email": "m@example.com", "tags": ["cliente", "evento"],
        "properties": {"plano": "Pro", "cidade": "Santos", "origem": "Feira"}}
    assert merged_fields({}, {}) == {"tags": [], "properties": {}}
