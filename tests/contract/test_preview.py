"""The inbox preview of a last message: text cut at 120; a file by a mark every font has and its
name; other kinds by their mark; never blank."""
from rvops_contract.preview import AUDIO, DOCUMENT, IMAGE, MARKS, PREVIEW_LENGTH, preview_of


def test_text_is_cut_and_files_are_marked_with_their_name():
    assert preview_of("text", "x" * 300) == "x" * PREVIEW_LENGTH
    assert preview_of("media", None, [{"mime_type": "application/pdf", "filename": "boleto.pdf"}]) == \
        f"{DOCUMENT} boleto.pdf"
    assert preview_of("media", "", [{"mime_type": "image/jpeg"}]) == IMAGE
    assert preview_of("media", None, [{"mime_type": None, "media_type": "audio"}]) == AUDIO  # Instagram
    assert preview_of("media", "Segue a foto", [{"mime_type": "image/jpeg"}]) == "Segue a foto"  # the caption
    assert preview_of("location", None) in MARKS and preview_of("order", None) in MARKS
    assert preview_of("whatever", None) == "…"
    assert all(ord(mark) < 0x10000 for mark in MARKS)  # no emoji font needed to draw them
