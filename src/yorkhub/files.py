"""Read the project's files safely: regular files only, so nothing can hang a build.

A FIFO, a device or a socket named ``*.md`` would block ``read()`` for ever; a
folder or a dangling symlink with that name would raise. ``read`` opens without
blocking, checks what it opened, and says what is wrong instead.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotReadable(Exception):
    """The path is not a regular file that can be read; the message says what it is."""


def read(path: Path) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed); ``NotReadable`` if not."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise NotReadable("is a symbolic link to nothing: delete it or fix its target") from None
    except IsADirectoryError:
        raise NotReadable("is a folder with a file's name: rename it") from None
    except OSError as err:
        if err.errno == 40:  # ELOOP
            raise NotReadable("is a symbolic link that loops: delete it") from None
        raise NotReadable(f"cannot be read ({err.strerror}): check its permissions") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise NotReadable("is a folder with a file's name: rename it")
        if not stat.S_ISREG(mode):
            raise NotReadable(
                "is not a regular file (a pipe, socket or device): delete it and save a real file"
            )
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
