"""Translations of a story: gettext PO files keyed by line id, one per language, in the story's
`translations/` folder (`translations/fr.po`).

Each line is an entry whose context (`msgctxt`) is its `#id:` and whose `msgid` is the source
text it was translated from, so a line whose words changed since is found by comparing the two
(stale), and translators' tools (Poedit, Weblate, Lokalize) open the file as it is. Choices
have no ids; each choice's words are an entry in the context `choice`. A line or choice with no
translation, an empty one, or a stale one plays in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import polib

from . import inksource
from .compiler import Diagnostic, source_files
from .config import StoryConfig
from .errors import StoryError

FOLDER = "translations"
CHOICE_CONTEXT = "choice"
_LANG = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")


def check_language(lang: str) -> str:
    if not _LANG.match(lang or ""):
        raise StoryError(f"'{lang}' is not a language code like fr, pt_BR or de")
    return lang


@dataclass(frozen=True)
class SourceText:
    """One translatable unit of the ink: a line (with its id) or a choice's words."""

    context: str  # the line id, or CHOICE_CONTEXT
    text: str
    where: str  # file:line


def source_texts(entry: Path, config: StoryConfig) -> list[SourceText]:
    """Every line with an id (its words as the player reads them, speaker prefix removed) and
    every choice's words, in story order, each once."""
    files, _ = source_files(entry)
    found: dict[tuple[str, str], SourceText] = {}
    for path in files:
        for line in inksource.scan(path):
            words = _spoken(line.text, line.speaker, config)
            if line.line_id and words:
                found.setdefault((line.line_id, ""),
                                 SourceText(line.line_id, words, f"{path}:{line.number}"))
        for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            stripped = raw.strip()
            if stripped[:1] in ("*", "+"):
                choice = _choice_words(path, number)
                if choice:
                    found.setdefault((CHOICE_CONTEXT, choice),
                                     SourceText(CHOICE_CONTEXT, choice, f"{path}:{number}"))
    return list(found.values())


def _spoken(words: str, speaker: str | None, config: StoryConfig) -> str:
    if speaker and (config.speaker_for(speaker) or not config.characters):
        return words[len(speaker) + 1:].strip()
    return words


def _choice_words(path: Path, number: int) -> str:
    """What the choice shows: its text up to `]` (or the whole text), without tags or logic."""
    raw = path.read_text(encoding="utf-8-sig").splitlines()[number - 1]
    line = re.sub(r"^\s*(?:[*+]\s*)+", "", raw)
    line = re.sub(r"^\(\s*\w+\s*\)\s*", "", line)
    while line.startswith("{") and "}" in line:
        line = line[line.index("}") + 1:].lstrip()
    if "[" in line:
        head, _, rest = line.partition("[")
        line = head + rest.split("]")[0]
    line = re.sub(r"#[^#\]]*", "", re.sub(r"->\s*[\w.]*", "", line))
    line = re.sub(r"//.*$", "", line).strip()
    return line if re.search(r"[^\W\d_]", line) else ""


def po_path(folder: Path, lang: str) -> Path:
    return folder / FOLDER / f"{check_language(lang)}.po"


def extract(entry: Path, config: StoryConfig, folder: Path, lang: str) -> tuple[Path, int, int]:
    """Write (or update) the language's PO file: new entries added, existing translations kept,
    entries whose source text changed marked fuzzy with the old text kept as previous_msgid.
    Returns the path, the number of entries and how many are new."""
    path = po_path(folder, lang)
    po = polib.pofile(str(path)) if path.is_file() else polib.POFile()
    po.metadata = {"Project-Id-Version": config.title or folder.name, "Language": lang,
                   "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
                   "Content-Transfer-Encoding": "8bit", **(po.metadata or {})}
    by_id = {entry.msgctxt: entry for entry in po if entry.msgctxt != CHOICE_CONTEXT}
    choices = {entry.msgid for entry in po if entry.msgctxt == CHOICE_CONTEXT}
    new = 0
    for unit in source_texts(entry, config):
        if unit.context == CHOICE_CONTEXT:
            if unit.text not in choices:
                po.append(polib.POEntry(msgctxt=CHOICE_CONTEXT, msgid=unit.text, msgstr="",
                                        occurrences=[_occurrence(unit.where, folder)]))
                choices.add(unit.text)
                new += 1
            continue
        known = by_id.get(unit.context)
        if known is None:
            po.append(polib.POEntry(msgctxt=unit.context, msgid=unit.text, msgstr="",
                                    occurrences=[_occurrence(unit.where, folder)]))
            new += 1
        elif known.msgid != unit.text:
            known.previous_msgid = known.msgid
            known.msgid = unit.text
            if known.msgstr and "fuzzy" not in known.flags:
                known.flags.append("fuzzy")
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path, len(po), new


def _occurrence(where: str, folder: Path) -> tuple[str, str]:
    file, _, line = where.rpartition(":")
    try:
        file = Path(file).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        pass
    return (file, line)


class Translation:
    """What a play-through in another language reads: translated lines by id and choices by
    their words, only where a translation exists and still matches its source text."""

    def __init__(self, lang: str, lines: dict[str, tuple[str, str]],
                 choices: dict[str, str]) -> None:
        self.lang = lang
        self._lines = lines  # id -> (source text, translation)
        self._choices = choices

    @classmethod
    def load(cls, folder: Path, lang: str) -> Translation | None:
        path = po_path(folder, lang)
        if not path.is_file():
            return None
        try:
            po = polib.pofile(str(path))
        except (OSError, ValueError) as exc:
            raise StoryError(f"cannot read the translation: {exc}", path=str(path)) from None
        lines, choices = {}, {}
        for entry in po:
            if not entry.msgstr or "fuzzy" in entry.flags or entry.obsolete:
                continue
            if entry.msgctxt == CHOICE_CONTEXT:
                choices[entry.msgid] = entry.msgstr
            elif entry.msgctxt:
                lines[entry.msgctxt] = (entry.msgid, entry.msgstr)
        return cls(lang, lines, choices)

    def line(self, line_id: str | None, text: str) -> str:
        found = self._lines.get(line_id) if line_id else None
        if found is None:
            return text
        source, translated = found
        return translated if source == text else text  # stale: the original is right

    def choice(self, text: str) -> str:
        return self._choices.get(text, text)


def translation_lint(folder: Path, entry: Path, config: StoryConfig) -> list[Diagnostic]:
    """For each PO file: untranslated entries, stale ones (fuzzy, or source text changed since),
    and story lines that the file has no entry for yet (run translate extract)."""
    base = folder / FOLDER
    if not base.is_dir():
        return []
    units = source_texts(entry, config)
    current = {u.context: u.text for u in units if u.context != CHOICE_CONTEXT}
    choices = {u.text for u in units if u.context == CHOICE_CONTEXT}
    findings = []
    for path in sorted(base.glob("*.po")):
        shown = str(path)
        try:
            po = polib.pofile(str(path))
        except (OSError, ValueError) as exc:
            findings.append(Diagnostic(shown, None, "error", f"not a PO file: {exc}"))
            continue
        seen_ids, seen_choices = set(), set()
        missing = 0
        for item in po:
            if item.obsolete:
                continue
            is_choice = item.msgctxt == CHOICE_CONTEXT
            (seen_choices if is_choice else seen_ids).add(item.msgid if is_choice
                                                          else item.msgctxt)
            label = f"choice '{item.msgid}'" if is_choice else f"line '{item.msgctxt}'"
            stale = "fuzzy" in item.flags or (not is_choice and item.msgctxt in current
                                              and current[item.msgctxt] != item.msgid)
            if stale and item.msgstr:
                findings.append(Diagnostic(shown, item.linenum, "warning",
                                           f"stale translation of {label}: its source text "
                                           "changed since it was translated"))
            elif not item.msgstr:
                missing += 1
        missing += sum(1 for i in current if i not in seen_ids)
        missing += sum(1 for c in choices if c not in seen_choices)
        if missing:
            findings.append(Diagnostic(shown, None, "warning", f"{missing} untranslated "
                                       f"entries (run `python main.py translate extract "
                                       f"--lang {path.stem}` to add new lines, then translate)"))
    return findings
