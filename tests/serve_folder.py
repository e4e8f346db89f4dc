"""Serve a folder on 127.0.0.1 until a given process ends (once_per_run.serve_for_the_run).

python tests/serve_folder.py FOLDER PORT PID
"""

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
import time


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def main(folder: str, port: str, watched: str) -> None:
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    while _alive(int(watched)):
        time.sleep(0.5)
    server.shutdown()
    server.server_close()


if __name__ == "__main__":
    main(*sys.argv[1:])
