"""The demo's people, each signed in over real HTTP to the server under test (`live_server`):
ana and bruno (Vendas), carla (Suporte, with bruno; sees everything), admin. Folders whose tests
run another server (gateways, webchat) define their own."""
import pytest

from tests.support.servers import Agent


def _agent(server, email):
    agent = Agent(server.url, email)
    yield agent
    agent.close()


@pytest.fixture
def ana(live_server):
    yield from _agent(live_server, "ana@demo.rvops")


@pytest.fixture
def bruno(live_server):
    yield from _agent(live_server, "bruno@demo.rvops")


@pytest.fixture
def carla(live_server):
    yield from _agent(live_server, "carla@demo.rvops")


@pytest.fixture
def admin(live_server):
    yield from _agent(live_server, "admin@demo.rvops")
