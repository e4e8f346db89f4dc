"""The output folder of ``hub build``: what may be replaced, and how, safely.

The build writes a new site into a staging folder beside the output and swaps it
in by renaming. That swap deletes the old folder, so it must only ever touch a
folder the hub wrote itself (it carries a ``MARKER`` file), never a source
folder, and never run twice at once (a lock file beside the output).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MARKER = ".hub-site"
MARKER_TEXT = "Written by 'hub build', which replaces this whole folder on the next build.\n"
# Folders of the project that hold its sources: an output folder may not be,
# contain or sit inside any of them (the project's root may contain the output).
SOURCE_FOLDERS = (
    "docs",
    "guides",
    "data",
    "includes",
    "overrides",
    "hooks",
    "src",
    "tests",
    "deploy",
    "requirements",
    ".git",
    ".venv",
)


class OutputError(Exception):
    """The output folder cannot be written or replaced: the message says why and what to do."""


def refusal(root: Path, out: Path) -> str | None:
    """Why ``out`` may not be the output folder of the project at ``root``, or None."""
    out = Path(os.path.abspath(out))
    real = out.resolve()
    root = root.resolve()
    for candidate in {out, real}:
        if candidate == root or root.is_relative_to(candidate):
            return f"{out} is the project's folder or holds it: choose a folder such as site"
        for name in SOURCE_FOLDERS:
            source = root / name
            if candidate == source or candidate.is_relative_to(source):
                return f"{out} is inside the source folder {name}/: choose a folder such as site"
            if source.is_relative_to(candidate):
                return f"{out} holds the source folder {name}/: choose a folder such as site"
    if out.is_symlink():
        return f"{out} is a symbolic link: give the real folder as --out"
    if out.exists() and not out.is_dir():
        return f"{out} is a file, not a folder: choose another --out"
    if out.is_dir() and os.path.ismount(out):
        return (
            f"{out} is a mount point, which cannot be replaced by renaming: "
            "build into a folder inside it (--out {out}/site) and serve that"
        )
    if out.is_dir() and not is_hub_site(out) and any(out.iterdir()):
        return (
            f"{out} already exists and was not written by hub build (it has no {MARKER} file): "
            "move it away, or choose another --out"
        )
    return None


def is_hub_site(folder: Path) -> bool:
    """Whether ``folder`` is a site this hub wrote (so a build may replace it)."""
    marker = folder / MARKER
    return folder.is_dir() and not folder.is_symlink() and marker.is_file()


@contextmanager
def lock(out: Path, on_wait) -> Iterator[None]:
    """Hold the lock for ``out``; a second build waits (``on_wait`` is told once)."""
    path = out.with_name(f".{out.name}.lock")
    with open(path, "a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def old_folder(out: Path) -> Path:
    return out.with_name(f".{out.name}-old")


def recover(out: Path) -> list[str]:
    """Undo what an interrupted build left behind; what was done, as sentences.

    A build killed between its two renames leaves the previous site in the ``-old``
    folder and no output: put it back. Staging folders of killed builds are removed,
    but only those the hub made (they carry the marker).
    """
    done = []
    old = old_folder(out)
    if not out.exists() and is_hub_site(old):
        old.rename(out)
        done.append(f"restored the previous site to {out} (an earlier build was interrupted)")
    elif is_hub_site(old):
        shutil.rmtree(old)
    for leftover in sorted(out.parent.glob(f".{out.name}-building-*")):
        if is_hub_site(leftover):
            shutil.rmtree(leftover)
            done.append(f"removed {leftover.name}, left by an interrupted build")
    return done


def staging(out: Path) -> Path:
    """A new, empty staging folder beside ``out``, already marked as the hub's."""
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-building-", dir=out.parent))
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return folder


def make_readable(site: Path) -> None:
    """Folders 0755, files 0644: a web server running as another user can read the site."""
    site.chmod(0o755)
    for folder, dirs, files in os.walk(site):
        for name in dirs:
            os.chmod(os.path.join(folder, name), 0o755, follow_symlinks=False)
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, 0o644)


def swap(new: Path, out: Path) -> None:
    """Put ``new`` where ``out`` is, keeping the old site until the new one is in place."""
    old = old_folder(out)
    if is_hub_site(old):
        shutil.rmtree(old)
    if out.exists():
        if not is_hub_site(out) and any(out.iterdir()):
            raise OutputError(f"{out} was not written by hub build: it was left as it is")
        out.rename(old)
    new.rename(out)
    if is_hub_site(old):
        shutil.rmtree(old)
    elif old.is_dir():
        old.rmdir()  # an empty folder the hub was allowed to replace


def explain(err: OSError, out: Path) -> str:
    """A sentence for an ``OSError`` met while writing ``out``: what happened and what to do."""
    where = err.filename or out
    if err.errno == errno.ENOSPC or err.errno == errno.EDQUOT:
        return f"the disk holding {where} is full: free some space and build again"
    if err.errno == errno.EROFS:
        return f"{where} is on a read-only file system: choose another --out"
    if err.errno in (errno.EACCES, errno.EPERM):
        return f"not allowed to write {where} (or it is immutable): check its permissions, or choose another --out"
    if err.errno == errno.EBUSY:
        return f"{where} is in use or a mount point: choose another --out"
    return (
        f"cannot write {where} ({err.strerror or err}): check the folder, or choose another --out"
    )


def low_on_space(folder: Path, needed: int = 50_000_000) -> bool:
    """Whether the disk holding ``folder`` has less room than a build needs."""
    try:
        return shutil.disk_usage(folder).free < needed
    except OSError:
        return False
