"""One phone rule for the server, the contacts directory and the softphone (rvops_contract.phones)."""
import pytest

from rvops_contract.permissions import Permission, has_permission
from rvops_contract.phones import PhoneError, is_e164, looks_like_phone, shown, to_e164


@pytest.mark.parametrize(("raw", "expected"), [
    ("+55 (11) 98765-4321", "+5511987654321"),
    ("0055 11 98765 4321", "+5511987654321"),
    ("11 98765-4321", "+5511987654321"),
    ("011 98765-4321", "+5511987654321"),
    ("0 21 11 98765-4321", "+5511987654321"),  # trunk 0 and a carrier code (21): not +552111987654321
    ("+1 415 555 2671", "+14155552671"),
])
def test_what_people_type_becomes_e164(raw, expected):
    assert to_e164(raw, "55") == expected


@pytest.mark.parametrize(("raw", "why", "words"), [
    ("98765-4321", "too_short", "area code"),  # not +55987654321
    ("+55 11", "too_short", "missing digits"),
    ("+55 abc 98765", "invalid", "not a valid phone number"),
    ("+1234567890123456", "invalid", "not a valid phone number"),
    ("   ", "empty", "Type a phone number"),
])
def test_what_cannot_be_a_number_is_refused_with_a_sentence(raw, why, words):
    with pytest.raises(PhoneError) as refused:
        to_e164(raw, "55")
    assert refused.value.why == why and words in str(refused.value) and refused.value.raw == raw


def test_a_national_number_needs_a_country_code():
    with pytest.raises(PhoneError, match="country code") as refused:
        to_e164("11 98765-4321")
    assert refused.value.why == "no_country_code"
    assert to_e164("+55 11 98765-4321") == "+5511987654321"  # international: no country needed


def test_shown_looks_like_and_is_e164():
    assert shown("+5511987654321") == "+55 11 98765-4321"
    assert is_e164("+5511987654321") and not is_e164("11987654321") and not is_e164("+55987654321")
    assert looks_like_phone("(11) 98765-4321") and looks_like_phone("+55 11 98765 4321")
    assert not looks_like_phone("maria") and not looks_like_phone("4321") and not looks_like_phone("ana 98765-4321")


def test_merging_contacts_is_for_admins_and_supervisors():
    allowed = {role: has_permission({"id": "x", "role": role}, Permission.MERGE_CONTACTS)
               for role in ("admin", "supervisor", "agent", "viewer")}
    assert allowed == {"admin": True, "supervisor": True, "agent": False, "viewer": False}
