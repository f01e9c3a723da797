"""Meta Graph API error codes → one machine reason and a sentence for people (pt-BR, English).

Used for the synchronous error answers of the Graph API and for `errors[]` of failed status
webhooks. Logs keep Meta's numeric code; people see the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rvops_contract.sentences import in_language
from rvops_contract.wire import Reason


class ChannelErrorReason(StrEnum):
    WINDOW_CLOSED = "window_closed"
    RATE_LIMITED = "rate_limited"
    UNDELIVERABLE = "undeliverable"
    TEMPLATE_PARAMETERS = "template_parameters"
    TEMPLATE_NOT_FOUND = "template_not_found"
    TEMPLATE_UNAVAILABLE = "template_unavailable"
    TOKEN_EXPIRED = "token_expired"
    PERMISSION_DENIED = "permission_denied"
    INVALID_REQUEST = "invalid_request"
    MEDIA_FAILED = "media_failed"
    UNSUPPORTED_MESSAGE = "unsupported_message"
    ACCOUNT_PROBLEM = "account_problem"
    RECIPIENT_UNAVAILABLE = "recipient_unavailable"
    SERVICE_UNAVAILABLE = "service_unavailable"
    UNKNOWN = "unknown"


WINDOW_CLOSED_CODES = frozenset({131047})
RATE_LIMIT_CODES = frozenset({4, 80007, 130429, 131048, 131056})
INSTAGRAM_WINDOW_CODE, INSTAGRAM_WINDOW_SUBCODE = 10, 2534022

_SENTENCES: dict[ChannelErrorReason, tuple[str, str]] = {
    ChannelErrorReason.WINDOW_CLOSED: (
        "A janela de 24 horas está fechada: envie um modelo aprovado para retomar a conversa.",
        "The 24-hour window is closed: send an approved template to resume the conversation."),
    ChannelErrorReason.RATE_LIMITED: (
        "O limite de envios da Meta foi atingido; a mensagem será reenviada em instantes.",
        "Meta's sending limit was reached; the message will be retried shortly."),
    ChannelErrorReason.UNDELIVERABLE: (
        "Não foi possível entregar a mensagem a este contato (número sem WhatsApp ou indisponível).",
        "The message could not be delivered to this contact (no WhatsApp account, or unavailable)."),
    ChannelErrorReason.TEMPLATE_PARAMETERS: (
        "As variáveis do modelo não conferem com o modelo aprovado; revise-as e tente de novo.",
        "The template's variables do not match the approved template; check them and try again."),
    ChannelErrorReason.TEMPLATE_NOT_FOUND: (
        "Este modelo não existe neste idioma ou ainda não foi aprovado; sincronize os modelos.",
        "This template does not exist in this language or is not approved yet; sync the templates."),
    ChannelErrorReason.TEMPLATE_UNAVAILABLE: (
        "Este modelo foi pausado ou desativado pela Meta; escolha outro modelo.",
        "This template was paused or disabled by Meta; pick another template."),
    ChannelErrorReason.TOKEN_EXPIRED: (
        "O token de acesso da Meta expirou ou é inválido; peça a um administrador para renová-lo.",
        "Meta's access token expired or is invalid; ask an administrator to renew it."),
    ChannelErrorReason.PERMISSION_DENIED: (
        "A conta não tem permissão para esta ação na Meta; peça a um administrador para verificar.",
        "The account lacks Meta's permission for this action; ask an administrator to check it."),
    ChannelErrorReason.INVALID_REQUEST: (
        "A Meta recusou a mensagem por um parâmetro inválido.",
        "Meta refused the message because of an invalid parameter."),
    ChannelErrorReason.MEDIA_FAILED: (
        "A Meta não conseguiu processar o arquivo; verifique o tipo e o tamanho e tente de novo.",
        "Meta could not process the file; check its type and size and try again."),
    ChannelErrorReason.UNSUPPORTED_MESSAGE: (
        "Este tipo de mensagem não é suportado pelo canal.",
        "This kind of message is not supported by the channel."),
    ChannelErrorReason.ACCOUNT_PROBLEM: (
        "Há um problema na conta comercial da Meta (bloqueio ou pagamento); avise um administrador.",
        "There is a problem with the Meta business account (lock or payment); tell an administrator."),
    ChannelErrorReason.RECIPIENT_UNAVAILABLE: (
        "Este contato não está disponível para receber mensagens agora.",
        "This contact cannot receive messages right now."),
    ChannelErrorReason.SERVICE_UNAVAILABLE: (
        "O serviço da Meta está temporariamente indisponível; tente de novo em instantes.",
        "Meta's service is temporarily unavailable; try again shortly."),
    ChannelErrorReason.UNKNOWN: (
        "A Meta recusou a mensagem (código {code}).",
        "Meta refused the message (code {code})."),
}

_BY_CODE: dict[int, ChannelErrorReason] = {
    131047: ChannelErrorReason.WINDOW_CLOSED,
    **dict.fromkeys(RATE_LIMIT_CODES, ChannelErrorReason.RATE_LIMITED),
    131026: ChannelErrorReason.UNDELIVERABLE,
    131021: ChannelErrorReason.INVALID_REQUEST,  # recipient cannot be sender
    131049: ChannelErrorReason.UNDELIVERABLE,  # not delivered to keep the ecosystem healthy
    133010: ChannelErrorReason.ACCOUNT_PROBLEM,  # phone number not registered
    132000: ChannelErrorReason.TEMPLATE_PARAMETERS,
    132005: ChannelErrorReason.TEMPLATE_PARAMETERS,  # hydrated text too long
    132007: ChannelErrorReason.TEMPLATE_PARAMETERS,  # format character policy violated
    132012: ChannelErrorReason.TEMPLATE_PARAMETERS,  # parameter format mismatch
    132001: ChannelErrorReason.TEMPLATE_NOT_FOUND,
    132015: ChannelErrorReason.TEMPLATE_UNAVAILABLE,  # paused
    132016: ChannelErrorReason.TEMPLATE_UNAVAILABLE,  # disabled
    190: ChannelErrorReason.TOKEN_EXPIRED,
    2500: ChannelErrorReason.TOKEN_EXPIRED,  # an active access token must be used
    0: ChannelErrorReason.TOKEN_EXPIRED,  # AuthException
    3: ChannelErrorReason.PERMISSION_DENIED,
    10: ChannelErrorReason.PERMISSION_DENIED,
    200: ChannelErrorReason.PERMISSION_DENIED,
    131005: ChannelErrorReason.PERMISSION_DENIED,
    100: ChannelErrorReason.INVALID_REQUEST,
    131008: ChannelErrorReason.INVALID_REQUEST,
    131009: ChannelErrorReason.INVALID_REQUEST,
    131051: ChannelErrorReason.UNSUPPORTED_MESSAGE,
    131052: ChannelErrorReason.MEDIA_FAILED,
    131053: ChannelErrorReason.MEDIA_FAILED,
    131031: ChannelErrorReason.ACCOUNT_PROBLEM,
    131042: ChannelErrorReason.ACCOUNT_PROBLEM,
    368: ChannelErrorReason.ACCOUNT_PROBLEM,  # temporarily blocked for policy violations
    551: ChannelErrorReason.RECIPIENT_UNAVAILABLE,  # Instagram: this person isn't available
    1: ChannelErrorReason.SERVICE_UNAVAILABLE,
    2: ChannelErrorReason.SERVICE_UNAVAILABLE,
    131000: ChannelErrorReason.SERVICE_UNAVAILABLE,
    131016: ChannelErrorReason.SERVICE_UNAVAILABLE,
}

_WIRE_REASONS = {
    ChannelErrorReason.WINDOW_CLOSED: Reason.WINDOW_CLOSED,
    ChannelErrorReason.TEMPLATE_NOT_FOUND: Reason.TEMPLATE_NOT_APPROVED,
    ChannelErrorReason.TEMPLATE_UNAVAILABLE: Reason.TEMPLATE_NOT_APPROVED,
    ChannelErrorReason.MEDIA_FAILED: Reason.ATTACHMENT_REFUSED,
    ChannelErrorReason.UNSUPPORTED_MESSAGE: Reason.ATTACHMENT_REFUSED,
}


@dataclass(frozen=True)
class ChannelError:
    reason: ChannelErrorReason
    code: int | None
    subcode: int | None
    message_pt: str
    message_en: str
    provider_message: str | None = None  # Meta's own text, for logs
    fbtrace_id: str | None = None

    @property
    def retryable(self) -> bool:
        return self.reason in (ChannelErrorReason.RATE_LIMITED, ChannelErrorReason.SERVICE_UNAVAILABLE)

    @property
    def wire_reason(self) -> Reason:
        """The reason a refused `send_message`/`resume` mutation carries to the client."""
        return _WIRE_REASONS.get(self.reason, Reason.INVALID)

    def message(self, language: str = "pt-BR") -> str:
        return in_language(language, self.message_pt, self.message_en)

    @property
    def stored_text(self) -> str:
        """The sentence kept with a failed message or file: one language, the workspace's (pt-BR).
        Clients show their own translation of the `reason` stored beside it, this when they have none."""
        return self.message_pt


def describe_error(code: int | None, subcode: int | None = None, *, provider_message: str | None = None,
                   fbtrace_id: str | None = None) -> ChannelError:
    """The reason and sentences for Meta's `code` (and `error_subcode`)."""
    if code == INSTAGRAM_WINDOW_CODE and subcode == INSTAGRAM_WINDOW_SUBCODE:
        reason = ChannelErrorReason.WINDOW_CLOSED
        pt = "A janela de 24 horas do Instagram está fechada: aguarde o contato escrever de novo."
        en = "Instagram's 24-hour window is closed: wait for the contact to write again."
        return ChannelError(reason, code, subcode, pt, en, provider_message, fbtrace_id)
    reason = _BY_CODE.get(code, ChannelErrorReason.UNKNOWN) if code is not None else ChannelErrorReason.UNKNOWN
    pt, en = _SENTENCES[reason]
    label = "?" if code is None else str(code)
    return ChannelError(reason, code, subcode, pt.format(code=label), en.format(code=label),
                        provider_message, fbtrace_id)


def describe_error_body(body: Any) -> ChannelError:
    """From Meta's error answer `{"error": {"message","type","code","error_subcode",…}}`."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return describe_error(None, provider_message=str(body)[:500])
    return describe_error(_int(error.get("code")), _int(error.get("error_subcode")),
                          provider_message=error.get("message"), fbtrace_id=error.get("fbtrace_id"))


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
