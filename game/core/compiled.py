"""One compiled story: its JSON and everything read off it — its hash, knots, global variables,
global tags and title — and fresh ink runtimes over it, set up the one way the game sets them up.

Every module that needs one of these asks a `CompiledStory` (the engine, save restoring, the
route finder, save files, the replay verifier, the window's title), so there is one hash format
(`sha256:<hex>`), one title rule and one place where a runtime gets its `has_seen` external, its
error handler and its seed. Parsing is lazy and done at most once per story.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container
from functools import cached_property

from bink.story import Story as InkRuntime

from .errors import StoryError
from .tags import parse_global_tags

HASH_PREFIX = "sha256:"
UNTITLED = "Untitled story"
MAX_TITLE = 400
SEED_MODULO = 2**31  # ink keeps its seed as a 32-bit signed int


def text_hash(json_text: str) -> str:
    """The story hash of compiled JSON text, `sha256:<hex>` (a BOM does not count)."""
    import hashlib  # OpenSSL: 3 ms of a start-up that hashes nothing, loaded when one does

    digest = hashlib.sha256(json_text.lstrip("\ufeff").encode("utf-8")).hexdigest()
    return HASH_PREFIX + digest


# the start of compiled JSON (inkjs, inklecate, Inky: compact) and the global tags that open
# its first container, each a plain-text tag: "#", "^text", "/#" (ink format 21)
_JSON_START = re.compile(r'\s*\{\s*"inkVersion"\s*:\s*21\s*,\s*"root"\s*:\s*\[\s*\[')
_OLD_TAG = re.compile(r'\{\s*"#"')
_PLAIN_TAG = re.compile(r'\s*"#"\s*,\s*"\^((?:[^"\\]|\\.)*)"\s*,\s*"/#"\s*,')


def global_tags_of(json_text: str) -> list[str] | None:
    """The story's global tags (what a runtime's `get_global_tags()` answers) read off the
    start of its compiled JSON, or None when that start is in a shape this does not read
    (a nested first container, an old-format tag object, a tag with more than plain text):
    the caller then asks a runtime. Building one is 8 ms for the shipped story, and the title
    screen needs nothing else of it (the `# title:`)."""
    text = json_text.lstrip("\ufeff")
    start = _JSON_START.match(text)
    if start is None:
        return None
    tags, at = [], start.end()
    while (tag := _PLAIN_TAG.match(text, at)) is not None:
        try:
            tags.append(json.loads(f'"{tag.group(1)}"'))
        except ValueError:
            return None
        at = tag.end()
    after = text[at:at + 16].lstrip()
    if not after or after.startswith('"#"') or _OLD_TAG.match(after) or (
            not tags and after.startswith("[")):
        return None  # a tag of another shape, or a first container the runtime looks into
    return tags


def title_of(meta: dict, config_title: str = "", folder: str = "") -> str:
    """The one title rule: the ink's `# title:`, else story.yaml's `title`, else the story
    folder's name, else "Untitled story"."""
    return str(meta.get("title") or config_title or folder or UNTITLED)[:MAX_TITLE]


class CompiledStory:
    """A compiled ink story (the JSON an ink compiler writes), read once."""

    def __init__(self, json_text: str, *, where: str | None = None) -> None:
        self.json_text = json_text
        self.where = where  # the file it came from, for error messages
        self._line_knots: dict[str, str | None] = {}  # knot_of_line's answers, the last few

    # --- identity ------------------------------------------------------------------------
    @cached_property
    def hash(self) -> str:
        return text_hash(self.json_text)

    def matches(self, recorded: object) -> bool:
        """Whether a recorded hash names this story; saves before format 2 wrote bare hex."""
        if not isinstance(recorded, str):
            return False
        return recorded == self.hash or HASH_PREFIX + recorded == self.hash

    # --- what is in it -------------------------------------------------------------------
    @cached_property
    def _named(self) -> dict:
        """The root container's named content: knots, and "global decl"."""
        try:
            root = json.loads(self.json_text.lstrip("\ufeff"))["root"]
            named = root[-1] if isinstance(root[-1], dict) else {}
        except (ValueError, KeyError, IndexError, TypeError):
            return {}
        return named

    @cached_property
    def knots(self) -> dict[str, str]:
        """Each top-level knot's compiled JSON as text (for finding where a line lives)."""
        return {knot: json.dumps(body, ensure_ascii=False)
                for knot, body in self._named.items() if knot != "global decl"}

    def knots_holding(self, text: str, *, whole_line: bool = False) -> list[str]:
        """The knots whose compiled text contains `text`; `whole_line`: as the start of an
        ink string (a line of its own), not anywhere inside one."""
        if not text:
            return []
        quoted = json.dumps(("^" + text) if whole_line else text, ensure_ascii=False)
        needle = quoted[:-1] if whole_line else quoted[1:-1]
        return [knot for knot, body in self.knots.items() if needle in body]

    @cached_property
    def _top_level(self) -> str:
        """The compiled text of the content outside every knot (before the first one, and
        any INCLUDEd file's loose lines), as `knots` gives each knot's."""
        try:
            root = json.loads(self.json_text.lstrip("\ufeff"))["root"]
            return json.dumps(root[0], ensure_ascii=False) if isinstance(root[0], list) else ""
        except (ValueError, KeyError, IndexError, TypeError):
            return ""

    def knot_of_line(self, text: str) -> str | None:
        """The one knot whose compiled content holds `text` as a whole ink string (give or
        take the spaces the runtime trims), "" when that is the content outside all knots,
        None when no single place does (the line was put together from pieces, or the same
        words are in two places): a cheap answer to where a line came from, trusted only when
        it cannot be wrong."""
        if not text:
            return None
        # a story's endings end on a few lines, every play-through: each is looked for once
        # (the search reads every knot: most of a millisecond, a tenth of a short play-through)
        if text in self._line_knots:
            return self._line_knots[text]
        if len(self._line_knots) >= 256:
            self._line_knots.clear()
        knot = self._line_knots[text] = self._find_line(text)
        return knot

    def _find_line(self, text: str) -> str | None:
        words = json.dumps(text, ensure_ascii=False)[1:-1]
        needle = re.compile(r'"\^\s*' + re.escape(words) + r'\s*"')
        found = [knot for knot, body in self.knots.items() if words in body
                 and needle.search(body)]
        if words in self._top_level and needle.search(self._top_level):
            found.append("")
        return found[0] if len(found) == 1 else None

    @cached_property
    def marked_json(self) -> str:
        """This story with every piece of text followed by the name of the knot it is in
        (MARK_OPEN knot MARK_CLOSE), and every line break by the same in LINE_OPEN/LINE_CLOSE
        (empty for content outside knots): played from a state of the real story, its output
        says which knot made each line (`knot_of_last_line`). Only text the reader sees is
        marked — strings inside string expressions (`str` … `/str`) and tags stay as they
        are, so every condition and choice goes the same way — and no container changes
        shape, so the real story's saved states load into it. A marked line break is text to
        the runtime, so a whole stretch up to a choice comes out in one piece."""
        try:
            data = json.loads(self.json_text.lstrip("\ufeff"))
            root = data["root"]
            named = root[-1] if isinstance(root[-1], dict) else {}
        except (ValueError, KeyError, IndexError, TypeError):
            return self.json_text
        for knot, body in named.items():
            if knot != "global decl":
                _mark_text(body, knot)
        if isinstance(root[0], list):
            _mark_text(root[0], "")
        return json.dumps(data, ensure_ascii=False)

    @cached_property
    def globals(self) -> tuple[str, ...]:
        """Names of the story's global VARs, from the compiled "global decl" container."""
        decl = self._named.get("global decl", [])
        if not isinstance(decl, list):
            return ()
        return tuple(item["VAR="] for item in decl if isinstance(item, dict) and "VAR=" in item)

    @cached_property
    def uses_has_seen(self) -> bool:
        """Whether the story calls the `has_seen(ending)` external at all."""
        return '"x()":"has_seen"' in self.json_text.replace(" ", "")

    @cached_property
    def meta(self) -> dict:
        """The story's global tags (`# title:`, `# author:`, `# version:`)."""
        return parse_global_tags(list(self.new_runtime(quiet=True).get_global_tags()))

    def title(self, config_title: str = "", folder: str = "") -> str:
        return title_of(self.meta, config_title, folder)

    # --- runtimes ------------------------------------------------------------------------
    def new_runtime(self, seed: int | None = None,
                    has_seen: Callable[[str], bool] | Container[str] | None = None, *,
                    on_message: Callable[[str, bool], None] | None = None,
                    quiet: bool = False) -> InkRuntime:
        """A fresh ink runtime: fallbacks for missing externals allowed, runtime messages sent
        to `on_message` (dropped when `quiet`), `has_seen` bound when the story uses it (a
        set of ending ids, or a function asked each time — a live answer), and, with `seed`,
        seeded so shuffles and RANDOM repeat."""
        try:
            ink = InkRuntime(self.json_text.lstrip("\ufeff"))
        except RuntimeError as exc:
            big = _too_big_integer(self.json_text)
            if big is not None:
                raise StoryError(f"the story holds the whole number {big[:40]}, larger than the "
                                 "runtime's 32-bit integers (-2147483648 to 2147483647)",
                                 path=self.where, hint="use a smaller number, or a decimal "
                                 "like 5000000000.0") from None
            raise StoryError(f"not a compiled ink story: {exc}", path=self.where,
                             hint="compile it with `python main.py compile FILE.ink`") from None
        ink.set_allow_external_function_fallbacks(True)
        ink.set_error_handler(on_message if on_message is not None and not quiet
                              else _ignore)
        if self.uses_has_seen:
            ask = _asker(has_seen)
            ink.bind_external_function(
                "has_seen", lambda _name, ending_id=None: ask(str(ending_id)),
                lookahead_safe=True)
        if seed is not None:
            seed_runtime(ink, seed)
        return ink


def seed_runtime(ink: InkRuntime, seed: int) -> None:
    """Put `seed` into the runtime's state, as a new play-through with that seed starts."""
    state = json.loads(ink.save_state())
    state["storySeed"] = int(seed) % SEED_MODULO
    state["previousRandom"] = 0
    ink.load_state(json.dumps(state))


def _asker(has_seen: Callable[[str], bool] | Container[str] | None) -> Callable[[str], bool]:
    if has_seen is None:
        return lambda _ending: False
    if callable(has_seen):
        return has_seen
    return has_seen.__contains__


def _ignore(_message: str, _is_error: bool) -> None:
    return None


_BIG_INTEGER = re.compile(r"(?<![\w.\"^])-?\d{10,}(?![\d.eE])")


def _too_big_integer(json_text: str) -> str | None:
    """The first integer in compiled JSON that bink cannot hold (it refuses the whole story
    as "not a compiled ink story"; inkjs takes it), for an error that says what to change."""
    for match in _BIG_INTEGER.finditer(json_text):
        if not -2**31 <= int(match.group()) < 2**31:
            return match.group()
    return None


# private-use characters, which no story's own text holds
MARK_OPEN, MARK_CLOSE, LINE_OPEN, LINE_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"
_TEXT_MARK = re.compile(MARK_OPEN + "([^" + MARK_CLOSE + "]*)" + MARK_CLOSE)
_LINE_MARK = re.compile(LINE_OPEN + "([^" + LINE_CLOSE + "]*)" + LINE_CLOSE)
_ANY_MARK = re.compile(f"[{MARK_OPEN}{LINE_OPEN}][^{MARK_CLOSE}{LINE_CLOSE}]*"
                       f"[{MARK_CLOSE}{LINE_CLOSE}]")


def knot_of_last_line(output: str) -> str | None:
    """The knot that made the last line with words in `output` (what the marked story
    printed): the mark after its last piece of text, as inkjs's path of that text names it;
    for a line that is only a printed value (`{score}`), which carries no text mark, the
    knot of the line break that ends it, where the value was printed. None: no such line."""
    lines = output.split("\n")
    for number in range(len(lines) - 1, -1, -1):
        if not _ANY_MARK.sub("", lines[number]).strip():
            continue
        marks = _TEXT_MARK.findall(lines[number])
        if marks:
            return marks[-1]
        after = _LINE_MARK.match(lines[number + 1]) if number + 1 < len(lines) else None
        return after.group(1) if after else None
    return None


def _mark_text(node: object, knot: str, quoted: bool = False) -> None:
    """Mark each visible text string and line break in the compiled container `node` with
    `knot`, in place; `quoted`: inside a string expression or a tag, where text is a value,
    not output. Named content (a container's last dict) is reached by diverts, never inside
    an expression."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, list) and not key.startswith("#"):
                _mark_text(value, knot)
        return
    if not isinstance(node, list):
        return
    for index, item in enumerate(node):
        if item in ("str", "#"):
            quoted = True
        elif item in ("/str", "/#"):
            quoted = False
        elif isinstance(item, str):
            if quoted:
                continue
            if item == "\n":
                node[index] = "^\n" + LINE_OPEN + knot + LINE_CLOSE
            elif item.startswith("^") and item[1:].strip():
                node[index] = item + MARK_OPEN + knot + MARK_CLOSE
        elif isinstance(item, list):
            _mark_text(item, knot, quoted)
        elif isinstance(item, dict):
            _mark_text(item, knot)
