"""Channel gateways: Meta's WhatsApp Cloud API and Instagram Messaging wired into the server.

`install(app, services)` (registered in `rvops_server.app.CHANNEL_INSTALLERS`) adds the webhook
routes, the public media route and template sync, and registers the senders. The pure parts
(parsers, signatures, error table, Graph client) live in `rvops_server.channels`.
"""
from __future__ import annotations

from fastapi import FastAPI

from rvops_server.channels.instagram_webhook import parse_instagram_webhook
from rvops_server.channels.whatsapp_webhook import parse_whatsapp_webhook
from rvops_server.services import Services


def install(app: FastAPI, services: Services) -> None:
    from rvops_server.gateways import download_routes, media, senders, templates
    from rvops_server.gateways.downloads import Downloads
    from rvops_server.gateways.gateway import MetaGateway
    from rvops_server.gateways.webhooks import webhook_router

    gateway = MetaGateway(services)
    services.meta_gateway = gateway
    services.server_secret = gateway.secret
    downloads = gateway.downloads = Downloads(gateway)  # customers' files, fetched by a durable job
    app.include_router(webhook_router(gateway, "whatsapp", parse_whatsapp_webhook))
    app.include_router(webhook_router(gateway, "instagram", parse_instagram_webhook))
    app.include_router(templates.templates_router(gateway))
    app.include_router(media.router)
    app.include_router(download_routes.router(downloads))
    services.outbound.register("whatsapp", senders.whatsapp_sender(gateway))
    services.outbound.register("instagram", senders.instagram_sender(gateway))
    services.on_startup.append(gateway.start)
    services.on_shutdown.append(gateway.stop)
    services.background.append(lambda: templates.sync_on_start(gateway))
    services.background.append(downloads.run_forever)
