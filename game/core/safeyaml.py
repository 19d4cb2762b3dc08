"""YAML for story.yaml and mod.yaml: `yaml.safe_load` without anchors and aliases.

Aliases let a 400-byte file stand for a billion values ("billion laughs"); nothing a story or
a mod declares needs them, so the loader refuses the first `&anchor` or `*alias` it meets, as
an ordinary `yaml.YAMLError` with the line, before anything is expanded.

With libyaml (PyYAML's C extension, `yaml.CSafeLoader`), the same rules are checked on the C
parser's events first and the document is then built in C: about twenty times faster than the
pure-Python loader, which is what start-up paid for reading story.yaml.
"""

from __future__ import annotations

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

MAX_NODES = 200_000


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases and bounds the number of nodes."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._nodes = 0

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 - PyYAML's own signature
        event = self.peek_event()
        problem = _refused(event)
        if problem:
            raise ComposerError(None, None, problem, event.start_mark)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise ComposerError(None, None, f"more than {MAX_NODES:,} values",
                                event.start_mark)
        return super().compose_node(parent, index)


def _refused(event: yaml.Event) -> str | None:
    if isinstance(event, AliasEvent) or (
            isinstance(event, (ScalarEvent, CollectionStartEvent)) and event.anchor):
        return "anchors and aliases (&name, *name) are not allowed here; write the value out"
    return None


_CLoader = getattr(yaml, "CSafeLoader", None)


def load(text: str) -> object:
    """The single document in `text`, with safe_load's types; YAMLError when it is not valid
    YAML or uses anchors or aliases."""
    if _CLoader is not None:
        nodes = 0
        for event in yaml.parse(text, Loader=_CLoader):  # nothing is built yet
            problem = _refused(event)
            if problem:
                raise ComposerError(None, None, problem, event.start_mark)
            if isinstance(event, (ScalarEvent, CollectionStartEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise ComposerError(None, None, f"more than {MAX_NODES:,} values",
                                        event.start_mark)
        return yaml.load(text, Loader=_CLoader)
    loader = _NoAliasLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
