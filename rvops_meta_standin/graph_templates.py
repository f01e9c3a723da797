"""Graph API message templates on /{version}/{waba-id}/message_templates: list (cursor-paged, with
the summary pywa asks for), submit (PENDING until reviewed), delete (every language, or one)."""
from __future__ import annotations

import base64
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import templates as review
from .errors import MetaError
from .graph import Graph, json_body, no_node

TEMPLATE_LIMIT = 250  # message templates a WABA may hold (Meta's limit for an unverified business)
TEMPLATE_EXISTS_SUBCODE = 2388024  # "Content in this language already exists"
FIRST_NEW_TEMPLATE_ID = 1_034_000_000_000_000  # Meta's template ids are numbers (webhooks carry them as such)
PATH = "/{version}/{node}/message_templates"


class TemplatesApi:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.config, self.state = graph.config, graph.state

    def routes(self) -> list[Route]:
        guarded = self.graph.guarded
        return [Route(PATH, guarded(self.list_templates), methods=["GET"]),
                Route(PATH, guarded(self.create_template), methods=["POST"]),
                Route(PATH, guarded(self.delete_template), methods=["DELETE"])]

    def _waba(self, request: Request) -> str:
        node: str = request.path_params["node"]
        if node != self.config.waba_id:
            raise no_node(node)
        return node

    async def list_templates(self, request: Request) -> Response:
        node = self._waba(request)
        try:
            limit = max(1, min(int(request.query_params.get("limit", "25")), 1000))
            start = int(base64.b64decode(request.query_params["after"]).decode()) if "after" in request.query_params else 0
        except (ValueError, UnicodeDecodeError):
            raise MetaError(100, "(#100) Invalid parameter", error_type="OAuthException") from None
        page = self.state.templates[start:start + limit]
        data = [dict(t.items()) for t in page]
        answer: dict[str, Any] = {"data": data}
        asked = request.query_params.get("summary")
        if asked:  # `summary=total_count,message_template_count,…` (pywa asks for all four); `true`: all
            summary = {"total_count": len(self.state.templates),
                       "message_template_count": len(self.state.templates),
                       "message_template_limit": TEMPLATE_LIMIT, "are_translations_complete": True}
            wanted = set(asked.split(",")) if asked not in ("true", "1") else set(summary)
            answer["summary"] = {k: v for k, v in summary.items() if k in wanted}
        if page:
            cursors = {"before": _cursor(start), "after": _cursor(start + len(page))}
            answer["paging"] = {"cursors": cursors}
            if start + len(page) < len(self.state.templates):
                version = request.path_params["version"]
                answer["paging"]["next"] = (str(request.base_url).rstrip("/") + f"/{version}/{node}/message_templates"
                                            f"?limit={limit}&after={cursors['after']}")
        return JSONResponse(answer)

    async def create_template(self, request: Request) -> Response:
        """Meta's answer: {"id", "status": "PENDING", "category"}; a bad name, category or component
        (templates.check_submission), or a name already in that language, is error 100 with Meta's
        words for the person."""
        self._waba(request)
        body = await json_body(request)
        review.check_submission(body)
        name, language = str(body["name"]), str(body["language"])
        category, components = str(body["category"]).upper(), body["components"]
        if self.state.find_template(name, language) is not None:
            raise MetaError(100, "Invalid parameter", subcode=TEMPLATE_EXISTS_SUBCODE,
                            user_title="Content in this language already exists",
                            user_msg=f"There is already {language} content for this template. You can create a "
                                     "new template and try again.")
        template_id = str(FIRST_NEW_TEMPLATE_ID + len(self.state.templates))
        self.state.templates.append({"name": name, "language": language, "status": "PENDING", "category": category,
                                     "id": template_id, "parameter_format": "POSITIONAL", "components": components})
        return JSONResponse({"id": template_id, "status": "PENDING", "category": category})

    async def delete_template(self, request: Request) -> Response:
        """`?name=` deletes every language of the template (`&hsm_id=` one of them); {"success": true}."""
        self._waba(request)
        name, hsm_id = request.query_params.get("name", ""), request.query_params.get("hsm_id")
        doomed = [t for t in self.state.templates if t["name"] == name and (hsm_id is None or t["id"] == hsm_id)]
        if not name or not doomed:
            raise MetaError(100, "Invalid parameter", user_title="Message template not found",
                            user_msg=f"Message template \"{name}\" can't be found.")
        self.state.templates = [t for t in self.state.templates if not any(t is d for d in doomed)]
        return JSONResponse({"success": True})


def _cursor(index: int) -> str:
    return base64.b64encode(str(index).encode()).decode()
