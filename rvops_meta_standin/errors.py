"""A Graph API error as Meta answers it: `{"error": {"message", "type", "code", "error_subcode",
"error_data", "error_user_title", "error_user_msg", "fbtrace_id"}}` (built by MetaStandin)."""
from __future__ import annotations


class MetaError(Exception):
    def __init__(self, code: int, message: str, *, subcode: int | None = None, http_status: int = 400,
                 error_type: str = "OAuthException", details: str | None = None,
                 user_title: str | None = None, user_msg: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.subcode = code, message, subcode
        self.http_status, self.error_type, self.details = http_status, error_type, details
        self.user_title, self.user_msg = user_title, user_msg  # Meta's words for the business's people
