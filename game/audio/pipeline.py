"""`python main.py voice build`: synthesise a clip for every spoken line, offline.

Incremental by design: a line is remade only when its words or its character's voice settings
changed, or its clip is missing; recorded human takes are never overwritten. Synthesis runs in
a small process pool (one worker per core, two by default), and the manifest is saved as clips
arrive, so an interrupted build keeps what it made.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydub import AudioSegment

from game.core.files import atomic_write_bytes

from . import clip
from .lines import SpokenLine, safe_line_id, story_lines
from .manifest import ClipRecord, Manifest, voice_root
from .voices import (
    PACKAGES,
    VoiceError,
    engine_available,
    settings_hash,
    synthesise,
    voice_settings,
)

SAVE_EVERY = 20
MARK = "her-voice-build"  # written into every generated clip, with its text and voice hashes


@dataclass(frozen=True)
class Job:
    line_id: str
    speaker: str
    text: str
    text_hash: str
    voice: dict
    voice_hash: str
    out: str


@dataclass
class BuildReport:
    made: int = 0
    kept: int = 0
    adopted: int = 0
    failed: int = 0
    skipped: int = 0
    pruned: int = 0


def build(story: str | Path | None = None, *, only_missing: bool = False,
          workers: int | None = None, prune: bool = False, progress=None) -> BuildReport:
    """Bring a story's voice folder up to date; returns counts of what happened."""
    lines, config, folder = story_lines(story)
    manifest = Manifest.load(voice_root(folder))
    report = BuildReport()
    jobs = _plan(lines, config, manifest, only_missing, report, progress)
    _check_engines(jobs)
    if jobs:
        _run(jobs, manifest, report, workers, progress)
    if prune:
        _prune(lines, manifest, report, progress)
    manifest.save()
    return report


def _prune(lines: list[SpokenLine], manifest: Manifest, report: BuildReport, progress) -> None:
    """Delete generated clips whose line is gone; recorded takes are only reported."""
    wanted = {(line.speaker, line.line_id) for line in lines}
    for path in manifest.clip_files():
        key = (path.parent.name, path.stem)
        if key in wanted:
            continue
        record = manifest.records.get(path.stem)
        generated = (clip.ogg_comment(path) or "").startswith(MARK)
        if not generated or (record is not None and record.recorded):
            _say(progress, f"{path}: a recorded take with no line; left in place")
            continue
        path.unlink()
        if record is not None and record.file == f"{key[0]}/{path.name}":
            del manifest.records[path.stem]
        report.pruned += 1
        _say(progress, f"removed {key[0]}/{path.name}: no line of the story has it")


def _plan(lines: list[SpokenLine], config, manifest: Manifest, only_missing: bool,
          report: BuildReport, progress) -> list[Job]:
    jobs: list[Job] = []
    seen: set[str] = set()
    for line in lines:
        if line.line_id in seen or not safe_line_id(line.line_id):
            report.skipped += 1
            _say(progress, f"{line.path}:{line.line}: skipped: duplicate or unusable id "
                           f"'{line.line_id}'")
            continue
        seen.add(line.line_id)
        character = config.characters.get(line.speaker)
        voice = voice_settings(character.voice if character else None, line.mood,
                               line.speaker)
        vhash = settings_hash(voice)
        existing = manifest.clip_path(line.speaker, line.line_id)
        record = manifest.records.get(line.line_id)
        if existing and record is None:
            record = _recover(existing, line, manifest)
        if existing and _is_recorded(existing, record):
            if record is None or not record.recorded:
                manifest.records[line.line_id] = adopt(existing, line, manifest.root)
                report.adopted += 1
            else:
                report.kept += 1
            continue
        up_to_date = (existing is not None and record is not None
                      and record.text_hash == line.text_hash and record.voice_hash == vhash)
        if existing is not None and (only_missing or up_to_date):
            report.kept += 1
            continue
        out = manifest.root / line.speaker / f"{line.line_id}.ogg"
        jobs.append(Job(line.line_id, line.speaker, line.text, line.text_hash, voice, vhash,
                        str(out)))
    return jobs


def _recover(path: Path, line: SpokenLine, manifest: Manifest) -> ClipRecord | None:
    """A generated clip the manifest lost (an interrupted build): its own comment says which
    words and voice made it, so it is not mistaken for a recorded take."""
    mark = clip.ogg_comment(path) or ""
    parts = mark.split()
    if len(parts) != 3 or parts[0] != MARK:
        return None
    segment = AudioSegment.from_file(str(path))
    record = ClipRecord(line.line_id, path.relative_to(manifest.root).as_posix(), line.speaker,
                        parts[1], len(segment) / 1000.0, clip.envelope(segment), parts[2],
                        path.stat().st_size)
    manifest.records[line.line_id] = record
    return record


def _is_recorded(path: Path, record: ClipRecord | None) -> bool:
    """A clip the pipeline did not write (or that was replaced since) is a recorded take."""
    if record is None:
        return True
    if record.recorded:
        return True
    try:
        return record.size != path.stat().st_size
    except OSError:
        return False


def adopt(path: Path, line: SpokenLine, root: Path) -> ClipRecord:
    """Describe a recorded take in the manifest, without touching the file."""
    segment = AudioSegment.from_file(str(path))
    return ClipRecord(line.line_id, path.relative_to(root).as_posix(), line.speaker,
                      line.text_hash, len(segment) / 1000.0, clip.envelope(segment), "",
                      path.stat().st_size, recorded=True)


def _check_engines(jobs: list[Job]) -> None:
    for engine in sorted({job.voice.get("engine", "espeak-ng") for job in jobs}):
        if engine in PACKAGES and not engine_available(engine):
            raise VoiceError(f"the voice engine {engine} is not installed",
                             hint=PACKAGES[engine])


def _run(jobs: list[Job], manifest: Manifest, report: BuildReport, workers: int | None,
         progress) -> None:
    count = workers or min(2, os.cpu_count() or 1)
    total = len(jobs)
    if count <= 1 or total == 1:
        results = map(make_clip, jobs)
        _collect(results, manifest, report, total, progress)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(count) as pool:
        _collect(pool.imap_unordered(make_clip, jobs), manifest, report, total, progress)


def _collect(results, manifest: Manifest, report: BuildReport, total: int, progress) -> None:
    for done, (job, record, error) in enumerate(results, 1):
        if record is None:
            report.failed += 1
            _say(progress, f"[{done}/{total}] {job.line_id}: failed: {error}")
            continue
        manifest.records[job.line_id] = record
        report.made += 1
        _say(progress, f"[{done}/{total}] {job.speaker}/{job.line_id} {record.duration:.1f}s")
        if done % SAVE_EVERY == 0:
            manifest.save()


def make_clip(job: Job) -> tuple[Job, ClipRecord | None, str]:
    """Synthesise, post-process and write one clip (runs in a worker process)."""
    out = Path(job.out)
    try:
        with tempfile.TemporaryDirectory(prefix="her-voice-") as work:
            wav = synthesise(job.text, job.voice, Path(work) / "line.wav")
            raw = clip.load_wav(wav)
        # the mark tells a generated clip from a recorded take even without the manifest
        segment, data = clip.finished_ogg(raw, f"{MARK} {job.text_hash} {job.voice_hash}")
        atomic_write_bytes(out, data, keep_previous=False)
        out.chmod(0o644)
    except VoiceError as exc:
        return job, None, exc.message + (f" ({exc.hint})" if exc.hint else "")
    except (OSError, ValueError) as exc:
        return job, None, str(exc)
    record = ClipRecord(job.line_id, f"{job.speaker}/{out.name}", job.speaker, job.text_hash,
                        len(segment) / 1000.0, clip.envelope(segment), job.voice_hash,
                        len(data))
    return job, record, ""


def _say(progress, text: str) -> None:
    if progress:
        progress(text)
