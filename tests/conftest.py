"""Root test configuration: no display, and no network beyond loopback."""
import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Thousands of sign-ins: argon2 at its cheapest (never for production; see domain/passwords.py).
# Servers and desks the tests start as processes inherit it.
os.environ.setdefault("RVOPS_PASSWORD_HASHING", "insecure-for-tests")


def _share_one_tls_context() -> None:
    """Every httpx client builds a TLS context on creation, loading certifi's CA bundle (≈ 90 ms
    of CPU), even for the plain-HTTP loopback servers the tests talk to; the suite makes clients
    by the thousand (each sign-in, each `httpx.get`). Clients asking for the default context get
    one built once: an SSLContext may serve any number of connections."""
    from functools import cache

    import httpx._transports.default as transports
    build = transports.create_ssl_context

    @cache
    def default_context():
        return build()

    def create_ssl_context(verify=True, cert=None, trust_env=True):
        if verify is True and cert is None and trust_env:
            return default_context()
        return build(verify=verify, cert=cert, trust_env=trust_env)

    transports.create_ssl_context = create_ssl_context


_share_one_tls_context()
_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and not (host.startswith("127.") or host in ("localhost", "::1")):
        raise RuntimeError(f"test tried to reach {host!r}: only loopback is allowed in tests")
    return _real_connect(self, address)


# scripts/test runs the suite in two passes: everything else on two workers (pytest-xdist), then
# these alone, one at a time. The SIP rig listens on fixed UDP ports (one rig per machine); the
# audio tests judge real-time sound through PulseAudio, and the journeys drive the installed app
# with real input within timeouts: a second worker beside them would only make them slower and
# less sure.
EXCLUSIVE = (
    "tests/journeys/",
    "tests/desktop/voip/",
    "tests/desktop/test_app_call_audio.py",
    "tests/desktop/ui/test_softphone_ui.py",
    "tests/desktop/ui/test_mic_level.py",
    "tests/desktop/ui/test_voice_note_recording.py",
    "tests/benchmarks/test_bench_call_setup.py",
)


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(config, items):
    root = config.rootpath
    for item in items:
        if item.path.relative_to(root).as_posix().startswith(EXCLUSIVE):
            item.add_marker(pytest.mark.exclusive)


def pytest_collection_finish(session):
    """A run with tests of the frozen app starts its build now, beside the other tests."""
    if any("frozen" in getattr(item, "fixturenames", ()) for item in session.items):
        from tests.packaging.frozen_build import FrozenBuild
        build = FrozenBuild.of_run(session.config._tmp_path_factory)  # what the tmp_path_factory fixture is
        build.start()
        session.config.add_cleanup(build.stop)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """The run is over: what it left in memory (about 2 M objects after tests/desktop) is not
    walked again. pytest's last collection and the interpreter's own at exit took 9–10 s over it, and
    pytest-xdist's controller interrupts a worker not gone 5 s after the end (a KeyboardInterrupt
    printed in whatever ran then)."""
    import gc
    gc.collect()  # what is garbage now goes, finalizers and all, while pytest still watches
    gc.freeze()


if os.environ.get("PYTEST_XDIST_WORKER"):
    # Beside another worker, this process keeps its own settings and data (QSettings: mutes, the
    # last login; the replica's folder): nothing one test writes there reaches the other worker.
    import atexit
    import shutil
    import tempfile
    _own = tempfile.mkdtemp(prefix=f"rvops-{os.environ['PYTEST_XDIST_WORKER']}-")
    atexit.register(shutil.rmtree, _own, ignore_errors=True)
    for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[_name] = os.path.join(_own, _name.lower())


@pytest.fixture(autouse=True)
def _block_outside_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(scope="session")
def pg_cluster():
    """One PostgreSQL cluster for the whole run; each test asks it for a fresh database."""
    from tests.support.postgres import PostgresCluster, pg_bin
    if pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI (scripts/setup installs it)")
        pytest.skip("PostgreSQL is not installed: run scripts/setup")
    cluster = PostgresCluster()
    yield cluster
    cluster.stop()


def _siprig():
    """tests/desktop/voip/siprig.py, imported as those tests import it (one module for the run)."""
    import importlib
    import sys
    from pathlib import Path
    folder = str(Path(__file__).parent / "desktop" / "voip")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module("siprig")


@pytest.fixture(scope="session")
def rig_dir(tmp_path_factory):
    """The loopback SIP rig's folder. Its registrar (below) is one for the run, shared by the voip
    tests and the journeys' calls: it listens on fixed ports, so there is one per machine."""
    from rvops_desktop.voip import availability
    siprig = _siprig()
    missing = siprig.missing_binaries()
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip  # CI must run the real rig
    if missing:
        give_up(f"SIP rig binaries not installed: {', '.join(missing)} "
                "(scripts/setup apt-installs kamailio, sip-tester, baresip)")
    if not availability().available:
        give_up(availability().reason)
    busy = [p for p in siprig.RIG_PORTS if siprig.udp_port_busy(p)]
    if busy:
        pytest.fail(f"UDP ports {busy} on 127.0.0.1 are busy: a stale SIP rig process? "
                    "(ss -lunp shows which)")
    return tmp_path_factory.mktemp("siprig")


@pytest.fixture(scope="session")
def kamailio(rig_dir):
    """kamailio as registrar and proxy on :5060, digest auth against siprig.SIP_PASSWORDS."""
    helper = _siprig().start_kamailio(rig_dir)
    yield helper
    helper.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """Each integration test runs on SQLite and on the real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return request.getfixturevalue("pg_cluster").new_database()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


@pytest.fixture
def fake_clock():
    from rvops_contract.clock import FakeClock
    return FakeClock()


@pytest.fixture
def live_server(database_url, fake_clock, tmp_path):
    """The real server on loopback with the demo workspace, on SQLite and on PostgreSQL."""
    from tests.support.servers import running_demo_server
    with running_demo_server(database_url, fake_clock, tmp_path) as server:
        yield server


@pytest.fixture
def server(sqlite_url, fake_clock, tmp_path):
    """The same server on SQLite only, for folders that test something else through it (sync,
    webchat); gateways and journeys define their own `server`."""
    from tests.support.servers import running_demo_server
    with running_demo_server(sqlite_url, fake_clock, tmp_path) as live:
        yield live
