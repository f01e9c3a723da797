"""A throwaway PostgreSQL cluster started by the test run (Debian's postgresql package)."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.support.servers import free_port


def pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


class PostgresCluster:
    def __init__(self) -> None:
        bindir = pg_bin()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed: run scripts/setup (apt-get install postgresql)")
        self.bindir = bindir
        self.dir = tempfile.mkdtemp(prefix="rvops-pg-")
        self.data, self.sock = f"{self.dir}/data", f"{self.dir}/sock"
        os.mkdir(self.sock)
        self.port = free_port()
        self.pre: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            shutil.chown(self.dir, "postgres", "postgres")
            shutil.chown(self.sock, "postgres", "postgres")
            self.pre = ["runuser", "-u", "postgres", "--"]
        self._run(f"{bindir}/initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sock} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=1000 -c shared_buffers=64MB")
        self._run(f"{bindir}/pg_ctl", "-D", self.data, "-l", f"{self.dir}/server.log", "-w", "-t", "30",
                  "-o", opts, "start")
        self._n = 0

    def _run(self, *args: str) -> None:
        subprocess.run(self.pre + list(args), check=True, capture_output=True)

    def new_database(self) -> str:
        self._n += 1
        name = f"rvops_test_{self._n}"
        done = subprocess.run([f"{self.bindir}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                               name], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = Path(self.dir, "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"createdb {name} failed: {done.stderr.strip()}\n--- server.log tail ---\n{tail}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run(f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            # A run leaves hundreds of databases (gigabytes): removed by a process of its own, so the
            # run's end does not wait for it (it outlives pytest if need be).
            subprocess.Popen(["rm", "-rf", "--", self.dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
