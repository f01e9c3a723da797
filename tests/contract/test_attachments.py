"""The channel attachment rules (S4): one pure function for server and client."""
import pytest

from rvops_contract.attachments import (
    INSTAGRAM_AUDIO_MAX_BYTES,
    INSTAGRAM_IMAGE_MAX_BYTES,
    MB,
    WEBCHAT_DOCUMENT_MAX_BYTES,
    WHATSAPP_ANIMATED_STICKER_MAX_BYTES,
    WHATSAPP_DOCUMENT_MAX_BYTES,
    WHATSAPP_IMAGE_MAX_BYTES,
    WHATSAPP_STICKER_MAX_BYTES,
    AttachmentRefusal,
    CaptionRule,
    MediaType,
    accepted_mime_types,
    caption_rule,
    check_attachment,
    normalise_mime_type,
)
from rvops_contract.wire import Channel


@pytest.mark.parametrize("channel", [Channel.INSTAGRAM, Channel.WEBCHAT])
def test_pdf_only_on_whatsapp(channel):
    decision = check_attachment(channel, "application/pdf", 1000, "boleto.pdf")
    assert not decision.allowed
    assert decision.reason is AttachmentRefusal.PDF_WHATSAPP_ONLY
    assert decision.message_pt == "PDF só pode ser enviado no WhatsApp."
    assert decision.message_en == "PDF files can only be sent on WhatsApp."
    assert decision.message("en") == decision.message_en


@pytest.mark.parametrize("channel", [Channel.INSTAGRAM, Channel.WEBCHAT])
def test_csv_only_on_whatsapp_even_when_declared_as_text(channel):
    for mime in ("text/csv", "text/plain", "application/octet-stream", ""):
        decision = check_attachment(channel, mime, 10, "lista.csv")
        assert decision.reason is AttachmentRefusal.CSV_WHATSAPP_ONLY, mime
        assert "CSV" in decision.message_pt


def test_pdf_and_csv_allowed_on_whatsapp_as_documents():
    for mime, name in (("application/pdf", "a.pdf"), ("text/csv", "a.csv")):
        decision = check_attachment("whatsapp", mime, 2 * MB, name)
        assert decision.allowed and decision.media_type is MediaType.DOCUMENT
        assert decision.reason is None and decision.message_pt is None


def test_no_audio_on_webchat():
    decision = check_attachment(Channel.WEBCHAT, "audio/ogg; codecs=opus", 5000, "nota.ogg")
    assert decision.reason is AttachmentRefusal.NO_AUDIO_ON_WEBCHAT
    assert decision.message_pt == "Áudio não pode ser enviado no Webchat."


def test_voice_note_on_whatsapp_with_codec_parameter():
    decision = check_attachment(Channel.WHATSAPP, "audio/ogg; codecs=opus", 5000)
    assert decision.allowed and decision.media_type is MediaType.AUDIO
    assert decision.mime_type == "audio/ogg"


@pytest.mark.parametrize("channel, mime, limit", [
    (Channel.WHATSAPP, "image/jpeg", WHATSAPP_IMAGE_MAX_BYTES),
    (Channel.WHATSAPP, "video/mp4", 16 * MB),
    (Channel.WHATSAPP, "audio/mpeg", 16 * MB),
    (Channel.WHATSAPP, "application/msword", WHATSAPP_DOCUMENT_MAX_BYTES),
    (Channel.WHATSAPP, "image/webp", WHATSAPP_STICKER_MAX_BYTES),
    (Channel.INSTAGRAM, "image/gif", INSTAGRAM_IMAGE_MAX_BYTES),
    (Channel.INSTAGRAM, "video/quicktime", 25 * MB),
    (Channel.INSTAGRAM, "audio/wav", INSTAGRAM_AUDIO_MAX_BYTES),
    (Channel.WEBCHAT, "text/plain", WEBCHAT_DOCUMENT_MAX_BYTES),
])
def test_size_limits_are_inclusive(channel, mime, limit):
    assert check_attachment(channel, mime, limit).allowed
    too_big = check_attachment(channel, mime, limit + 1)
    assert too_big.reason is AttachmentRefusal.TOO_LARGE
    assert too_big.max_bytes == limit
    assert "limite" in too_big.message_pt and "limit" in too_big.message_en


def test_too_large_sentence_names_the_sizes():
    decision = check_attachment(Channel.WHATSAPP, "image/png", 6 * MB, "foto.png")
    assert decision.message_pt == "O arquivo tem 6 MB; o limite do WhatsApp para este tipo é 5 MB."
    assert decision.message_en == "The file is 6 MB; WhatsApp's limit for this type is 5 MB."


def test_animated_sticker_has_its_own_limit():
    size = WHATSAPP_STICKER_MAX_BYTES + 1
    assert not check_attachment(Channel.WHATSAPP, "image/webp", size).allowed
    assert check_attachment(Channel.WHATSAPP, "image/webp", size, animated=True).allowed
    assert not check_attachment(Channel.WHATSAPP, "image/webp", WHATSAPP_ANIMATED_STICKER_MAX_BYTES + 1,
                                animated=True).allowed


@pytest.mark.parametrize("channel, mime", [
    (Channel.WHATSAPP, "image/gif"),
    (Channel.WHATSAPP, "video/webm"),
    (Channel.INSTAGRAM, "application/msword"),
    (Channel.INSTAGRAM, "audio/ogg"),
    (Channel.WEBCHAT, "application/x-msdownload"),
])
def test_types_outside_the_channel_list_are_refused(channel, mime):
    decision = check_attachment(channel, mime, 100)
    assert decision.reason is AttachmentRefusal.TYPE_NOT_SUPPORTED
    assert mime in decision.message_pt and mime in decision.message_en


def test_empty_file_refused():
    assert check_attachment(Channel.WHATSAPP, "image/png", 0).reason is AttachmentRefusal.EMPTY_FILE


def test_type_guessed_from_extension_when_generic():
    assert normalise_mime_type("application/octet-stream", "FOTO.JPG") == "image/jpeg"
    assert normalise_mime_type(None, "som.mp3") == "audio/mpeg"
    assert normalise_mime_type("IMAGE/JPG", None) == "image/jpeg"
    assert check_attachment(Channel.INSTAGRAM, "", 100, "clip.mov").allowed


def test_accepted_types_for_the_picker():
    assert "application/pdf" in accepted_mime_types(Channel.WHATSAPP)
    assert "application/pdf" not in accepted_mime_types(Channel.WEBCHAT)
    assert not any(t.startswith("audio/") for t in accepted_mime_types(Channel.WEBCHAT))


@pytest.mark.parametrize(("channel", "media_type", "rule"), [
    ("whatsapp", "image", CaptionRule.WITH_FILE), ("whatsapp", "video", CaptionRule.WITH_FILE),
    ("whatsapp", "document", CaptionRule.WITH_FILE), ("whatsapp", "audio", CaptionRule.NONE),
    ("whatsapp", "sticker", CaptionRule.NONE), ("instagram", "image", CaptionRule.SEPARATE),
    ("webchat", "document", CaptionRule.WITH_FILE),
])
def test_the_caption_rule_says_where_the_text_written_with_a_file_goes(channel, media_type, rule):
    assert caption_rule(channel, media_type) is rule
