"""YAML without anchors and aliases: safe against alias bombs, small and reusable.

Content and data never need ``&anchor``/``*alias``, and a few nested aliases can
expand to gigabytes (a "billion laughs"). ``Loader`` composes the document as
usual (libyaml's parser where PyYAML has it) and refuses it if any node is
reached twice, which is what an alias is, before anything is constructed.
"""

from __future__ import annotations

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ALIAS_MESSAGE = (
    "YAML anchors and aliases (&name, *name) are not allowed: write each value out in full"
)


class AliasError(yaml.YAMLError):
    """The document uses an alias; ``problem_mark`` is where (0-based, as PyYAML's marks)."""

    def __init__(self, mark):
        super().__init__(ALIAS_MESSAGE)
        self.problem = ALIAS_MESSAGE
        self.problem_mark = mark


class Loader(_Base):
    """``yaml.SafeLoader`` that refuses anchors and aliases (``AliasError``)."""

    def get_single_node(self):
        node = super().get_single_node()
        if node is not None:
            refuse_aliases(node)
        return node


class DuplicateKeyError(yaml.YAMLError):
    """A mapping gives the same key twice (YAML would keep the last silently)."""

    def __init__(self, key: str, mark):
        super().__init__(f"'{key}' is given twice in one entry: keep one")
        self.problem = f"'{key}' is given twice in one entry: keep one"
        self.problem_mark = mark


class StrictLoader(Loader):
    """``Loader`` that also refuses a key given twice in any mapping (``DuplicateKeyError``)."""

    def get_single_node(self):
        node = super().get_single_node()
        if node is not None:
            refuse_duplicate_keys(node)
        return node


def refuse_duplicate_keys(node: yaml.Node) -> None:
    """Raise ``DuplicateKeyError`` for the first mapping that repeats a scalar key (no aliases:
    ``refuse_aliases`` has run, so the graph is a tree)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise DuplicateKeyError(key.value, key.start_mark)
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def refuse_aliases(node: yaml.Node) -> None:
    """Raise ``AliasError`` if any node in the graph is reached twice (an alias)."""
    seen: set[int] = set()
    stack = [(node, node.start_mark)]
    while stack:
        current, where = stack.pop()
        if id(current) in seen:
            raise AliasError(where)
        seen.add(id(current))
        children = []
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                children += [(key, key.start_mark), (value, key.start_mark)]
        elif isinstance(current, yaml.SequenceNode):
            children = [(item, current.start_mark) for item in current.value]
        stack += reversed(children)  # in document order, so the alias, not its anchor, is named


def load(text: str, loader: type = Loader) -> tuple[object, str | None]:
    """The data in ``text``, or ``(None, message)`` with the 1-based line where known."""
    try:
        return yaml.load(text, Loader=loader), None
    except yaml.YAMLError as err:
        return None, describe(err)


def describe(err: yaml.YAMLError, first_line: int = 1) -> str:
    """``line N: what is wrong`` for a YAML error (``first_line``: where the text starts)."""
    mark = getattr(err, "problem_mark", None)
    what = getattr(err, "problem", None) or str(err).splitlines()[0]
    return f"line {mark.line + first_line}: {what}" if mark is not None else what
