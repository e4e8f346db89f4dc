"""Golden pages: the expected output of a generator, kept as a file under tests/golden/.

A test compares what the code makes with ``golden.load("area/name.md")``. After a
deliberate change, ``pytest --update-goldens`` rewrites every golden it compares from
what the code now makes; read the change in ``git diff tests/golden`` before committing.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent / "golden"
UPDATE = False  # set by conftest.py from --update-goldens


class Golden(str):
    """A golden file's text that, when goldens are being updated, takes the other side."""

    path: Path

    def __eq__(self, other: object) -> bool:
        if UPDATE and isinstance(other, str):
            self.path.write_text(other, encoding="utf-8")
            return True
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def load(name: str) -> Golden:
    path = FOLDER / name
    golden = Golden(path.read_text(encoding="utf-8") if path.is_file() else "")
    golden.path = path
    return golden
