"""Every error a client sees is JSON with a machine code and a sentence; never a stack trace."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from rvops_contract.wire import Reason
from rvops_server.domain.errors import Refused

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


STATUS_OF_REASON = {Reason.NOT_FOUND: 404, Reason.FORBIDDEN: 403, Reason.CONFLICT: 409, Reason.INVALID: 422}


def refused(exc: Refused) -> ApiError:
    """A domain refusal as the HTTP error that carries it (409 for the reasons without their own)."""
    return ApiError(STATUS_OF_REASON.get(exc.reason, 409), exc.reason.value, exc.message)


class ErrorBody(BaseModel):
    """Every error body: a machine code, a sentence (also as `detail`), and per-error extras."""
    error: str
    message: str
    detail: str
    retry_after: int | None = None  # 429: seconds, as in the Retry-After header


class ValidationProblem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorBody(BaseModel):
    """What a 422 really carries (the OpenAPI says so too, in place of FastAPI's default schema)."""
    error: str
    message: str
    detail: str
    errors: list[ValidationProblem]


def _body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": code, "message": message, "detail": message, **extra}


def install(app: FastAPI) -> None:
    _document_validation_errors(app)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(_body(exc.code, exc.message, **exc.extra), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        message = f"Invalid request: '{where}' {first.get('msg', 'is invalid')}."
        safe = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
        return JSONResponse(_body("invalid", message, errors=safe), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(_body("http_error", str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(_body("internal", "Internal server error; the event was logged."), status_code=500)


def _document_validation_errors(app: FastAPI) -> None:
    """Every operation's 422 in /openapi.json describes the body `_invalid` sends."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = generate()
        ref = "#/components/schemas/ValidationErrorBody"
        body = ValidationErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(body.pop("$defs", {}))
        schemas["ValidationErrorBody"] = body
        for schema_name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(schema_name, None)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                invalid = operation.get("responses", {}).get("422") if isinstance(operation, dict) else None
                if invalid is not None:
                    invalid["content"] = {"application/json": {"schema": {"$ref": ref}}}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI documents replacing app.openapi
