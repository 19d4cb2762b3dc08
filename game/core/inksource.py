"""Reading ink source as an author sees it: which lines are text a player reads, who speaks
them, their tags and line ids — and adding missing `#id:` tags in place.

This is a line-level reading, not a second ink parser: it knows choices, gathers, inline
conditionals, multi-line blocks, comments and diverts, which is what ids and lint need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_COMMENT = re.compile(r"(?<![:\\])//.*$")
_NOT_TEXT = ("=", "~", "VAR ", "CONST ", "LIST ", "INCLUDE ", "EXTERNAL ", "->", "<-", "#",
             "TODO", "}", "/*", "*/", "*/")
_BULLETS = re.compile(r"^((?:[*+]\s*)+|(?:-(?!>)\s*)+)")
_LABEL = re.compile(r"^\(\s*\w+\s*\)\s*")
_CONDITION = re.compile(r"^\{[^{}]*\}\s*")
_INLINE_IF = re.compile(r"^\{([^{}:]*):(.*)\}\s*$")
# a branch of a multi-line conditional: `- else:`, `- a == "x" && b:`, `- seen and not told:` —
# the condition may hold quoted strings, and its operator can be anywhere before the colon —
# or a case of a switch on a value (`{choice:` then `- "accepted":`, `- 2:`)
_BRANCH = re.compile(r'^(else|(?:[^:"“]|"[^"]*")*?[=<>!()&|](?:[^:"“]|"[^"]*")*?'
                     r'|"[^"]*"|-?\d+(?:\.\d+)?'
                     r'|[\w.\s]+(?:\s+(?:and|or|not)\s+[\w.]+)*)\s*:(.*)$')
_DIVERT = re.compile(r"->\s*[\w.]*(?:\([^)]*\))?")
_TAG = re.compile(r"#\s*([^#]*)")
_SPEAKER = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}):\s")
_ID_TAG = re.compile(r"#\s*id\s*:\s*([\w.-]+)")


@dataclass(frozen=True)
class SourceLine:
    path: Path
    number: int  # 1-based
    text: str  # the words a player reads, tags and logic removed
    speaker: str | None  # the prefix as written ("Samantha"), not yet matched to story.yaml
    tags: tuple[str, ...]
    line_id: str | None
    is_choice: bool = False


def _strip_comment(raw: str) -> str:
    return _COMMENT.sub("", raw).rstrip()


def classify(raw: str, in_block: bool) -> str | None:
    """The printed part of one ink line, or None when the line prints nothing."""
    line = _strip_comment(raw).strip()
    if not line or line.startswith(_NOT_TEXT):
        return None
    if line.startswith("{") and line.count("{") > line.count("}"):
        return None  # opens a multi-line block; its branches are lines of their own
    choice = line[0] in "*+"
    bullets = _BULLETS.match(line)
    if bullets:
        line = line[bullets.end():]
        line = _LABEL.sub("", line)
        while choice and _CONDITION.match(line):
            line = _CONDITION.sub("", line, count=1)
    if line.startswith("{") and line.count("{") > line.count("}"):
        return None
    if choice:
        if "[" in line:
            line = line[line.index("]") + 1:] if "]" in line else ""
    elif bullets and in_block:
        branch = _BRANCH.match(line)
        if branch:
            line = branch.group(2)
    inline = _INLINE_IF.match(line.strip())
    if inline:
        line = inline.group(2)
    words = _TAG.sub("", _DIVERT.sub("", line)).strip()
    if not re.search(r"[A-Za-z]{2}", words) or words.startswith("{") and words.endswith("}") \
            and ":" not in words:
        return None
    return line.strip()


def scan(path: Path) -> list[SourceLine]:
    return scan_text(path.read_text(encoding="utf-8-sig"), path)


def scan_text(text: str, path: Path) -> list[SourceLine]:
    """Every printed line of one ink file's text, skipping `//` and `/* … */` comments."""
    lines = []
    depth = 0
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        raw, in_comment = strip_block_comments(raw, in_comment)
        content = classify(raw, depth > 0)
        clean = _strip_comment(raw)
        depth = max(0, depth + clean.count("{") - clean.count("}"))
        if content is None:
            continue
        tags = tuple(t.strip() for t in _TAG.findall(content) if t.strip())
        words = _TAG.sub("", _DIVERT.sub("", content)).strip()
        speaker_match = _SPEAKER.match(words)
        found = _ID_TAG.search(content)
        lines.append(SourceLine(path, number, words, speaker_match.group(1)
                                if speaker_match else None, tags,
                                found.group(1) if found else None,
                                raw.lstrip().startswith(("*", "+"))))
    return lines


def bracket_choice_tags(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """(line number, tags) of tags inside a choice's brackets (`* [Buy #price:2]`): they
    belong to the choice only, so `scan`, which reads the printed part, never sees them."""
    found = []
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        raw, in_comment = strip_block_comments(raw, in_comment)
        line = raw.strip()
        if not line or line[0] not in "*+" or "[" not in line or "]" not in line:
            continue
        tags = tuple(t.strip() for t in _TAG.findall(line[:line.index("]")]) if t.strip())
        if tags:
            found.append((number, tags))
    return found


def strip_block_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """`line` without the parts inside `/* … */` (which may span lines) or after `//`;
    returns the rest and whether a block comment is still open at the end of the line."""
    out = []
    index = 0
    while index < len(line):
        if in_comment:
            end = line.find("*/", index)
            if end < 0:
                return "".join(out), True
            index, in_comment = end + 2, False
            continue
        if line.startswith("//", index) and (index == 0 or line[index - 1] not in ":\\"):
            break
        if line.startswith("/*", index):
            in_comment = True
            index += 2
            continue
        out.append(line[index])
        index += 1
    return "".join(out), in_comment


def with_id(raw: str, line_id: str) -> str:
    """`raw` with ` #id:<line_id>` placed where ink attaches it to the printed text: before a
    trailing divert, inside a one-line conditional, and before any comment."""
    comment = _COMMENT.search(raw)
    body, tail = (raw[:comment.start()].rstrip(), " " + comment.group(0)) if comment else \
        (raw.rstrip(), "")
    tag = f" #id:{line_id}"
    stripped = body.strip()
    if stripped.endswith("}") and _INLINE_IF.match(_tail_of_prefix(stripped)):
        close = body.rindex("}")
        head = body[:close].rstrip()
        return _insert_before_divert(head, tag) + body[close:] + tail
    return _insert_before_divert(body, tag) + tail


def _tail_of_prefix(line: str) -> str:
    bullets = _BULLETS.match(line)
    return _LABEL.sub("", line[bullets.end():]) if bullets else line


def _insert_before_divert(body: str, tag: str) -> str:
    divert = re.search(r"\s*->\s*[\w.]*(?:\([^)]*\))?\s*$", body)
    if divert and divert.start() > 0:
        return body[:divert.start()] + tag + body[divert.start():]
    return body + tag


def id_prefix(path: Path) -> str:
    """`chapters/03_date.ink` -> `date`: ids read as where the line lives."""
    stem = re.sub(r"^\d+[_-]*", "", path.stem) or path.stem
    return re.sub(r"[^a-z0-9_]", "_", stem.lower())


def add_missing_ids(paths: list[Path], taken: set[str],
                    prefix: str | None = None) -> dict[Path, str]:
    """New text for every file that has text lines without ids. Existing ids never change;
    new ones continue each file's own sequence (`date_0042`), or, with `prefix` (a mod's),
    one sequence of that prefix across the files (`umb_0008`)."""
    changed = {}
    for path in paths:
        lines = scan(path)
        missing = [line for line in lines if line.line_id is None]
        if not missing:
            continue
        own = prefix or id_prefix(path)
        numbers = [int(m.group(1)) for line_id in (taken if prefix else
                                                    [x.line_id for x in lines if x.line_id])
                   for m in [re.fullmatch(rf"{re.escape(own)}_(\d+)", line_id)] if m]
        counter = max(numbers, default=0)
        raw = path.read_text(encoding="utf-8-sig").split("\n")
        for line in missing:
            counter += 1
            new_id = f"{own}_{counter:04d}"
            while new_id in taken:
                counter += 1
                new_id = f"{own}_{counter:04d}"
            taken.add(new_id)
            raw[line.number - 1] = with_id(raw[line.number - 1], new_id)
        changed[path] = "\n".join(raw)
    return changed
