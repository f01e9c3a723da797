"""The demo's people, each signed in over real HTTP to the server under test (`live_server`):
ana and bruno (Vendas), carla (Suporte, with bruno; sees everything), admin. Folders whose tests
run another server (gateways, webchat) define their own."""
import pytest

from tests.support.servers import signed_in


def _person(name: str):
    """The fixture `name`: that demo person signed in to `live_server` for the test."""
    @pytest.fixture(name=name)
    def person(live_server):
        with signed_in(live_server, f"{name}@demo.rvops") as agent:
            yield agent
    return person


ana, bruno, carla, admin = (_person(name) for name in ("ana", "bruno", "carla", "admin"))
