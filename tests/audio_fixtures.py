"""A voiced copy of the audio fixture story, built once per test module through the real
command line (`python main.py voice build --story …`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, run_cli

VOICE_STORY = FIXTURES / "audio" / "voice_story"


def engines_missing() -> str | None:
    missing = [name for name in ("text2wave", "espeak-ng", "ffmpeg") if not shutil.which(name)]
    if missing:
        return (f"{', '.join(missing)} not installed: apt-get install festival "
                f"festvox-us-slt-hts espeak-ng ffmpeg")
    return None


def copy_story(target: Path) -> Path:
    shutil.copytree(VOICE_STORY, target)
    shutil.rmtree(target / "voice", ignore_errors=True)
    return target


def build_voiced_story(tmp_path_factory) -> Path:
    """Each module wraps this in its own module-scoped `built_story` fixture."""
    reason = engines_missing()
    if reason:
        pytest.skip(reason)
    story = copy_story(tmp_path_factory.mktemp("voiced") / "story")
    done = run_cli("voice", "build", "--story", str(story))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 made" in done.stdout, done.stdout
    return story
