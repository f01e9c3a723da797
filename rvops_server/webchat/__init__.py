"""The Webchat channel: an embeddable widget, visitors over a WebSocket, agents' replies pushed.

`install(app, services)` (registered in `rvops_server.app.CHANNEL_INSTALLERS`) adds the routes,
registers the webchat sender and starts the hub that follows the change feed. See docs/webchat.md.
"""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from rvops_contract.wire import MessageKind
from rvops_server.outbound import SendFailed
from rvops_server.services import Services


def install(app: FastAPI, services: Services) -> None:
    from rvops_server.edge.secrets import server_secret
    from rvops_server.webchat.hub import WebchatHub
    from rvops_server.webchat.routes import webchat_router

    secret = services.server_secret or server_secret(services.settings)
    services.server_secret = secret
    hub = WebchatHub(services, secret)
    services.webchat_hub = hub
    app.include_router(webchat_router(hub))
    services.outbound.register("webchat", webchat_sender)
    services.background.append(hub.run)
    services.on_shutdown.append(hub.close_all)


async def webchat_sender(message: dict[str, Any], conversation: dict[str, Any], contact: dict[str, Any]) -> str:
    """Nothing to call: once marked sent, the hub pushes the message to the visitor's sockets
    (on whichever instance holds them); a visitor who is away sees it in their history."""
    if message.get("kind") == MessageKind.TEMPLATE:
        raise SendFailed("unsupported_message", "Modelos não se aplicam ao Webchat. / "
                                                "Templates do not apply to Webchat.")
    return f"webchat.out.{message['id']}"
