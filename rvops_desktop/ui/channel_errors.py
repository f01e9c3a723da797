"""Why Meta refused a message or a file, in the agent's language.

The server keeps, with a failed message or attachment, a reason code (`error_code` / `error`:
`rvops_server.channels.errors.ChannelErrorReason`, or a download's own code) and one sentence in
the workspace's language. The client says each known reason through Qt's translations, and
falls back to the server's sentence for a reason it does not know (a newer server)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SENTENCES = {
    "window_closed": QT_TRANSLATE_NOOP(
        "ChannelError", "The 24-hour window is closed: send an approved template to resume the conversation."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "ChannelError", "Meta's sending limit was reached; the message will be retried shortly."),
    "undeliverable": QT_TRANSLATE_NOOP(
        "ChannelError", "The message could not be delivered to this contact (no WhatsApp account, or unavailable)."),
    "template_parameters": QT_TRANSLATE_NOOP(
        "ChannelError", "The template's variables do not match the approved template; check them and try again."),
    "template_not_found": QT_TRANSLATE_NOOP(
        "ChannelError", "This template does not exist in this language or is not approved yet; sync the templates."),
    "template_unavailable": QT_TRANSLATE_NOOP(
        "ChannelError", "This template was paused or disabled by Meta; pick another template."),
    "token_expired": QT_TRANSLATE_NOOP(
        "ChannelError", "Meta's access token expired or is invalid; ask an administrator to renew it."),
    "permission_denied": QT_TRANSLATE_NOOP(
        "ChannelError", "The account lacks Meta's permission for this action; ask an administrator to check it."),
    "invalid_request": QT_TRANSLATE_NOOP(
        "ChannelError", "Meta refused the message because of an invalid parameter."),
    "media_failed": QT_TRANSLATE_NOOP(
        "ChannelError", "Meta could not process the file; check its type and size and try again."),
    "unsupported_message": QT_TRANSLATE_NOOP(
        "ChannelError", "This kind of message is not supported by the channel."),
    "account_problem": QT_TRANSLATE_NOOP(
        "ChannelError", "There is a problem with the Meta business account (lock or payment); tell an administrator."),
    "recipient_unavailable": QT_TRANSLATE_NOOP(
        "ChannelError", "This contact cannot receive messages right now."),
    "service_unavailable": QT_TRANSLATE_NOOP(
        "ChannelError", "Meta's service is temporarily unavailable; try again shortly."),
    "media_host_not_allowed": QT_TRANSLATE_NOOP(
        "ChannelError", "The file points outside Meta's hosts and was not downloaded."),
    "media_missing": QT_TRANSLATE_NOOP("ChannelError", "The file did not come with the message."),
    "retries_exhausted": QT_TRANSLATE_NOOP(
        "ChannelError", "Not sent: Meta did not take the message in 24 hours of retries; send it again."),
    "attachment_missing": QT_TRANSLATE_NOOP("ChannelError", "The attachment was not found on the server."),
    "no_instagram_id": QT_TRANSLATE_NOOP("ChannelError", "The contact has no Instagram account."),
    "channel_not_configured": QT_TRANSLATE_NOOP(
        "ChannelError", "This channel is not configured on the server; ask an administrator."),
}


# Codes a refused mutation also carries (`rvops_contract.wire.Reason`): its sentence was written for
# this agent, in their language, with details (when the window closed): keep it when there is one.
REFUSAL_CODES = frozenset({"window_closed"})


def explain(code: str | None, server_text: str | None) -> str:
    """The sentence for `code` in the agent's language; else the server's; else the bare code."""
    if code in REFUSAL_CODES and server_text:
        return server_text
    known = SENTENCES.get(code or "")
    if known is not None:
        return QCoreApplication.translate("ChannelError", known)
    return server_text or code or ""
