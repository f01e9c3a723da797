"""What every Graph API route area shares: the configuration, the state, the webhooks out, the
pause, and the Graph API's bearer-token check and error shape."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import MetaError
from .state import StandinConfig, StandinState
from .webhooks_out import Sleep, WebhookSender

Handler = Callable[[Request], Awaitable[Response]]


class Graph:
    def __init__(self, config: StandinConfig, state: StandinState, webhooks: WebhookSender, sleep: Sleep) -> None:
        self.config, self.state, self.webhooks, self.sleep = config, state, webhooks, sleep

    def check_token(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else request.query_params.get("access_token")
        if token and token in self.config.access_tokens:
            return
        if token and token in self.config.expired_tokens:
            raise MetaError(190, "Error validating access token: Session has expired on Tuesday, 01-Jul-25 "
                                 "12:00:00 PDT. The current time is later.", subcode=463, http_status=401)
        raise MetaError(190, "Invalid OAuth access token - Cannot parse access token", http_status=401)

    def error_response(self, error: MetaError) -> JSONResponse:
        body: dict[str, Any] = {"message": error.message, "type": error.error_type, "code": error.code}
        if error.subcode is not None:
            body["error_subcode"] = error.subcode
        if error.details:
            body["error_data"] = {"messaging_product": "whatsapp", "details": error.details}
        if error.user_msg:
            body["is_transient"] = False
            body["error_user_title"] = error.user_title or error.message
            body["error_user_msg"] = error.user_msg
        body["fbtrace_id"] = self.state.fbtrace_id()
        return JSONResponse({"error": body}, status_code=error.http_status,
                            headers={"WWW-Authenticate": 'OAuth "Facebook Platform" "invalid_token"'}
                            if error.http_status == 401 else None)

    def guarded(self, handler: Handler) -> Handler:
        """`handler` behind the access token; a MetaError it raises is answered as Meta does."""
        async def endpoint(request: Request) -> Response:
            try:
                self.check_token(request)
                return await handler(request)
            except MetaError as error:
                return self.error_response(error)
        return endpoint


def no_node(node: str) -> MetaError:
    return MetaError(100, f"Unsupported post request. Object with ID '{node}' does not exist, cannot be "
                          "loaded due to missing permissions, or does not support this operation.",
                     subcode=33, error_type="GraphMethodException")


async def json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise MetaError(100, "(#100) Invalid JSON in request body", error_type="OAuthException") from None
    if not isinstance(body, dict):
        raise MetaError(100, "(#100) Invalid parameter", error_type="OAuthException")
    return body
