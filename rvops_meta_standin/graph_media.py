"""Graph API media: upload (POST /{version}/{phone-number-id}/media), a media id's URL and metadata
(GET /{version}/{media-id}), the bytes behind that URL (bearer token required) and Instagram's
public CDN links."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .errors import MetaError
from .graph import Graph, no_node
from .state import INSTAGRAM_CDN_PATH, MEDIA_URL_PATH


class MediaApi:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.config, self.state = graph.config, graph.state

    def file_routes(self) -> list[Route]:
        """The bytes: before the Graph API's /{version}/{node} routes."""
        return [Route(MEDIA_URL_PATH, self.graph.guarded(self.media_bytes)),
                Route(INSTAGRAM_CDN_PATH, self.instagram_cdn)]

    def upload_routes(self) -> list[Route]:
        return [Route("/{version}/{node}/media", self.graph.guarded(self.upload_media), methods=["POST"])]

    def node_routes(self) -> list[Route]:
        """GET /{version}/{media-id}: matches any node, so it comes last."""
        return [Route("/{version}/{node}", self.graph.guarded(self.get_node))]

    async def upload_media(self, request: Request) -> Response:
        if request.path_params["node"] != self.config.phone_number_id:
            raise no_node(request.path_params["node"])
        form = await request.form()
        upload = form.get("file")
        if form.get("messaging_product") != "whatsapp" or upload is None or isinstance(upload, str):
            raise MetaError(100, "(#100) The parameter file is required.", details="file")
        data = await upload.read()
        mime_type = str(form.get("type") or upload.content_type or "application/octet-stream")
        media = self.state.store_media(data, mime_type, upload.filename)
        return JSONResponse({"id": media.id})

    async def get_node(self, request: Request) -> Response:
        node = request.path_params["node"]
        media = self.state.media.get(node)
        if media is None:
            raise MetaError(100, f"Unsupported get request. Object with ID '{node}' does not exist, cannot be "
                                 "loaded due to missing permissions, or does not support this operation.",
                            subcode=33, error_type="GraphMethodException")
        base = self.config.media_url_base or str(request.base_url)
        url = base.rstrip("/") + f"{MEDIA_URL_PATH}?mid={media.id}&ext=1&hash=ATuv"
        return JSONResponse({"url": url, "mime_type": media.mime_type, "sha256": media.sha256,
                             "file_size": len(media.data), "id": media.id, "messaging_product": "whatsapp"})

    async def media_bytes(self, request: Request) -> Response:
        media = self.state.media.get(request.query_params.get("mid", ""))
        if media is None:
            return Response(status_code=404)
        self.state.media_fetches[media.id] = self.state.media_fetches.get(media.id, 0) + 1
        hold = self.state.take_hold("media")
        if hold:
            await self.graph.sleep(hold)
        return Response(media.data, media_type=media.mime_type)

    async def instagram_cdn(self, request: Request) -> Response:  # public, like Meta's CDN links
        media = self.state.media.get(request.query_params.get("asset_id", ""))
        if media is None:
            return Response(status_code=404)
        return Response(media.data, media_type=media.mime_type)
