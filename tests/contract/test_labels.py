"""The label rule (issue 15 #16): one spelling per label, a length and a count limit."""
from rvops_contract.labels import MAX_LABELS, LabelRefusal, check_labels, normalise_labels


def test_labels_are_trimmed_lower_cased_and_kept_once_in_their_order():
    assert normalise_labels(["  VIP ", "2ª  via", "vip", "", "Boleto"]) == ["vip", "2ª via", "boleto"]


def test_too_long_or_too_many_labels_are_refused():
    assert check_labels(["x" * 31]) is LabelRefusal.TOO_LONG
    assert check_labels([f"l{i}" for i in range(MAX_LABELS + 1)]) is LabelRefusal.TOO_MANY
    assert check_labels([f"l{i}" for i in range(MAX_LABELS)]) is None
