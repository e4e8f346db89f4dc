"""Work both test workers share: a build made once per run, not once per worker, and the web
server for it, started once and kept until the run ends.

pytest-xdist gives each worker its own temporary folder inside one folder for the run; the
first worker to ask for a build makes it there while the other waits on a lock, then reads
what it recorded. A shared build bakes its port into its pages (site_url), so it is served
on that port by one server for the whole run: a process of its own (serve_folder.py) that
outlives the worker that started it and stops when the run's main process ends.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

SERVER = Path(__file__).with_name("serve_folder.py")


def run_folder(tmp_path_factory) -> Path:
    """The folder every worker of this run sees: the parent of a worker's own temporary folder,
    or, without workers (``-n 0``), the run's temporary folder itself."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def run_pid() -> int:
    """The run's main process: a worker's parent, or this process without workers."""
    return os.getppid() if os.environ.get("PYTEST_XDIST_WORKER") else os.getpid()


@contextlib.contextmanager
def one_at_a_time(lock: Path) -> Iterator[None]:
    """Hold ``lock`` (a file) while the block runs; another worker asking waits."""
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield  # closing the file lets go of the lock


def once(folder: Path, make: Callable[[Path], dict]) -> dict:
    """What ``make(folder)`` returned, made in the empty ``folder`` by whichever worker asks
    first: the others wait, then read the record it left. A ``make`` that fails leaves no
    record, so the next worker to ask tries again (and fails with its own message)."""
    record = folder / "made.json"
    with one_at_a_time(folder.with_name(folder.name + ".lock")):
        if not record.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a make that failed left
            folder.mkdir(parents=True)
            made = make(folder)
            record.write_text(json.dumps(made), encoding="utf-8")
        return json.loads(record.read_text(encoding="utf-8"))


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def serve_for_the_run(folder: Path, port: int, locks: Path) -> str:
    """http://127.0.0.1:port/, serving ``folder`` until the run ends, started by whichever
    worker asks first (it leaves a mark beside the locks, so the other knows)."""
    with one_at_a_time(locks / f"serve-{port}.lock"):
        started = locks / f"serve-{port}.started"
        if not started.exists():
            log = locks / f"serve-{port}.log"
            with open(log, "w") as errors:
                server = subprocess.Popen(
                    [sys.executable, str(SERVER), str(folder), str(port), str(run_pid())],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=errors,
                    start_new_session=True,
                )
            deadline = time.monotonic() + 15
            while not _listening(port):
                if server.poll() is not None:  # it could not listen: the port was taken
                    last = (log.read_text(encoding="utf-8").strip().splitlines() or ["?"])[-1]
                    raise RuntimeError(f"the server for {folder} on port {port} stopped: {last}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the server for {folder} did not listen on port {port}")
                time.sleep(0.05)
            started.touch()
    return f"http://127.0.0.1:{port}/"
