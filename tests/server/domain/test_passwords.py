"""Password hashing: argon2id with RFC 9106's low-memory profile unless the operator names another."""
import os
import subprocess
import sys

import pytest

PRINT_HASH = ("import asyncio; from rvops_server.domain import passwords; "
              "h = asyncio.run(passwords.hash_password('s3cret')); print(h); "
              "print(passwords.verify_blocking(h, 's3cret'), passwords.verify_blocking(h, 'wrong'))")


def _run(setting: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "RVOPS_PASSWORD_HASHING"}
    if setting is not None:
        env["RVOPS_PASSWORD_HASHING"] = setting
    return subprocess.run([sys.executable, "-c", PRINT_HASH], env=env, capture_output=True, text=True, timeout=60, check=False)


def test_unset_the_server_hashes_with_rfc_9106_low_memory_argon2id():
    done = _run(None)
    assert done.returncode == 0, done.stderr
    hashed, verdicts = done.stdout.splitlines()
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")  # 64 MiB, 3 passes, 4 lanes
    assert verdicts == "True False"


def test_the_test_suite_runs_on_the_cheap_profile_that_says_it_is_insecure():
    assert os.environ["RVOPS_PASSWORD_HASHING"] == "insecure-for-tests"  # set by tests/conftest.py
    done = _run("insecure-for-tests")
    hashed, verdicts = done.stdout.splitlines()
    assert hashed.startswith("$argon2id$v=19$m=8,t=1,p=1$") and verdicts == "True False"


def test_a_hash_from_either_profile_verifies_under_the_other():
    from argon2 import PasswordHasher, profiles
    strong, cheap = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY), \
        PasswordHasher.from_parameters(profiles.CHEAPEST)
    assert cheap.verify(strong.hash("x"), "x") and strong.verify(cheap.hash("x"), "x")


@pytest.mark.parametrize("typo", ["fast", "CHEAPEST"])
def test_an_unknown_profile_stops_the_server_saying_which_names_exist(typo):
    done = _run(typo)
    assert done.returncode != 0
    assert f"RVOPS_PASSWORD_HASHING='{typo}'" in done.stderr and "rfc9106-low-memory" in done.stderr
