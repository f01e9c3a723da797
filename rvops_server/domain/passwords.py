"""Password hashing off every shared path: argon2 runs on its own small thread pool.

argon2 is slow on purpose (tens of milliseconds of CPU and 64 MiB per hash). Run inside the
SQLite write lock, or on the thread pool that webhook writes and stream reads wait for, a flood of
sign-ins stalled webhook acknowledgements for seconds (issue 12). Here at most HASHING_THREADS
hashes run at once, on threads nobody else uses; further sign-ins queue for them, and only they do.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

HASHING_THREADS = 1  # argon2 already runs its 4 lanes on threads of its own: one hash fills the cores
HASHING_NICENESS = 19  # Linux: these threads (and argon2's own lane threads) yield the CPU to the rest
# argon2's parameter profiles by name. Production uses RFC 9106's low-memory one (argon2-cffi's
# default: 3 passes over 64 MiB, 4 lanes). The test suite signs in thousands of times and sets
# RVOPS_PASSWORD_HASHING=insecure-for-tests (argon2-cffi's own CHEAPEST, "for testing"): the same
# code and the same argon2id, verified the same way, at a cost nobody should ever deploy.
HASHING_PROFILES: dict[str, Parameters] = {
    "rfc9106-low-memory": profiles.RFC_9106_LOW_MEMORY,
    "insecure-for-tests": profiles.CHEAPEST,
}
DEFAULT_HASHING = "rfc9106-low-memory"


def hashing_profile() -> str:
    """The profile RVOPS_PASSWORD_HASHING names (the strong default when unset); a typo fails loudly."""
    name = os.environ.get("RVOPS_PASSWORD_HASHING", "").strip() or DEFAULT_HASHING
    if name not in HASHING_PROFILES:
        raise ValueError(f"RVOPS_PASSWORD_HASHING={name!r}: use one of {', '.join(HASHING_PROFILES)}")
    return name


_hasher = PasswordHasher.from_parameters(HASHING_PROFILES[hashing_profile()])


def _lower_priority() -> None:
    """On Linux a thread has its own nice value and CPU affinity, inherited by the threads it starts
    (argon2 runs its lanes on threads of its own): hashing gets the CPU the event loop leaves, not
    the reverse, and never more than half the cores."""
    me = threading.get_native_id()
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, me, HASHING_NICENESS)
    with contextlib.suppress(AttributeError, OSError):  # and at most half the cores: the rest stay free
        cpus = sorted(os.sched_getaffinity(0))
        if len(cpus) > 1:
            os.sched_setaffinity(me, cpus[len(cpus) - max(1, len(cpus) // 2):])


_pool = ThreadPoolExecutor(HASHING_THREADS, thread_name_prefix="rvops-password", initializer=_lower_priority)


@functools.cache
def _stand_in_hash() -> str:
    """Verified against when the account does not exist, so both cases take the same time."""
    return _hasher.hash("timing-equaliser")


# The password of a user who has not accepted their invite yet (domain/invites.py): no password
# matches it. Not an argon2 hash, so it can never be one a password hashes to.
UNUSABLE = "!invited"


def usable(password_hash: str | None) -> bool:
    """Whether some password may match `password_hash` (False: none set yet, an invite pending)."""
    return password_hash is not None and password_hash != "" and not password_hash.startswith("!")


def _verify(password_hash: str | None, password: str) -> bool:
    """Always one argon2 verification, whether the account exists, is invited or has a password."""
    try:
        _hasher.verify(password_hash if password_hash is not None and usable(password_hash) else _stand_in_hash(),
                       password)
    except (VerificationError, InvalidHashError):
        return False
    return usable(password_hash)


async def verify(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches `password_hash` (None: no such account, always False, same cost)."""
    return await asyncio.get_running_loop().run_in_executor(_pool, _verify, password_hash, password)


async def hash_password(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_pool, _hasher.hash, password)


def hash_blocking(password: str) -> str:
    """`hash_password` for code on a worker thread (mutations): waits for the password pool,
    never hashing on the caller's thread, and never inside a write transaction (see PREPARERS)."""
    return _pool.submit(_hasher.hash, password).result()


def verify_blocking(password_hash: str | None, password: str) -> bool:
    """`verify` for code on a worker thread, on the password pool."""
    return _pool.submit(_verify, password_hash, password).result()
