"""Sign-in throttling over real HTTP: per account and per client address, 429 with Retry-After and
a JSON sentence, lifted when the window ends on the server's clock (no sleeping)."""
from __future__ import annotations

import httpx

from rvops_server.domain.login_throttle import ACCOUNT_MAX_FAILURES, ADDRESS_MAX_FAILURES, WINDOW


def attempt(server, email: str, password: str, address: str = "198.51.100.1") -> httpx.Response:
    # uvicorn trusts X-Forwarded-For from loopback (FORWARDED_ALLOW_IPS), as from a load balancer
    return httpx.post(f"{server.url}/api/v1/auth/login", json={"email": email, "password": password},
                      headers={"X-Forwarded-For": address}, timeout=30)


def test_wrong_passwords_lock_the_account_even_for_the_right_one_until_the_window_ends(live_server, fake_clock):
    for _ in range(ACCOUNT_MAX_FAILURES):
        assert attempt(live_server, "ana@demo.rvops", "guess").status_code == 401
    refused = attempt(live_server, "ana@demo.rvops", "demo")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) == WINDOW.total_seconds()
    body = refused.json()
    assert body["error"] == "too_many_attempts" and body["retry_after"] == int(WINDOW.total_seconds())
    assert "Too many sign-in attempts" in body["message"]
    assert attempt(live_server, "ANA@demo.rvops", "demo", address="198.51.100.2").status_code == 429  # any address
    assert attempt(live_server, "bruno@demo.rvops", "demo").status_code == 200  # others are not locked out
    fake_clock.advance(seconds=WINDOW.total_seconds() - 60)
    assert int(attempt(live_server, "ana@demo.rvops", "demo").headers["Retry-After"]) == 60
    fake_clock.advance(seconds=60)
    assert attempt(live_server, "ana@demo.rvops", "demo").status_code == 200


def test_one_address_guessing_at_many_accounts_is_throttled_other_addresses_are_not(live_server, monkeypatch):
    from rvops_server.domain import login_throttle
    assert ADDRESS_MAX_FAILURES > ACCOUNT_MAX_FAILURES  # an office behind one NAT address
    monkeypatch.setattr(login_throttle, "ADDRESS_MAX_FAILURES", 6)  # the same rule, fewer argon2 hashes
    for n in range(6):
        assert attempt(live_server, f"nobody{n}@demo.rvops", "guess", address="203.0.113.9").status_code == 401
    assert attempt(live_server, "carla@demo.rvops", "demo", address="203.0.113.9").status_code == 429
    assert attempt(live_server, "carla@demo.rvops", "demo", address="203.0.113.10").status_code == 200


def test_a_successful_sign_in_clears_its_accounts_count(live_server):
    for _ in range(2):
        for _ in range(ACCOUNT_MAX_FAILURES - 1):
            assert attempt(live_server, "bruno@demo.rvops", "guess").status_code == 401
        assert attempt(live_server, "bruno@demo.rvops", "demo").status_code == 200
