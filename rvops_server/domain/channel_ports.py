"""What the domain asks of a channel gateway, as protocols: the edges implement them
(rvops_server.gateways.gateway.MetaGateway) and the app hands them in through Services, so the
domain never imports an edge."""
from __future__ import annotations

from typing import Protocol


class MetaAccount(Protocol):
    """The WhatsApp Business account the gateway acts for (gateways/config.py MetaConfig)."""
    @property
    def waba_id(self) -> str: ...
    @property
    def access_token(self) -> str: ...


class MetaTemplatesApi(Protocol):
    """Creating and deleting WhatsApp templates at Meta (domain/mutations/templates.py)."""
    @property
    def config(self) -> MetaAccount: ...

    async def client(self) -> object:
        """A Graph API client (rvops_server.channels.graph_client.GraphClient)."""
        ...
