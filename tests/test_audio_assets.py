"""The composed music and effects: every cue the story names exists, loops are seamless,
levels are sane, and assets/ stays small."""

from __future__ import annotations

import re
import shutil

import pytest
from audio_decode import decode
from helpers import ROOT

from game.audio.analysis import analyse
from game.audio.compose import MUSIC
from game.audio.effects import EFFECTS, chime
from game.audio.synth import RATE

ASSETS = ROOT / "assets"
STORY = ROOT / "story"


def _cues(kind: str) -> set[str]:
    names = set()
    for path in STORY.rglob("*.ink"):
        names |= set(re.findall(rf"#\s*{kind}\s*:\s*([A-Za-z0-9_]+)", path.read_text()))
    return names - {"stop"}


def test_every_cue_in_the_story_has_a_composed_file():
    assert _cues("music") <= set(MUSIC) and _cues("sfx") <= set(EFFECTS)
    for name in MUSIC:
        assert (ASSETS / "music" / f"{name}.ogg").is_file(), name
    for name in EFFECTS:
        assert (ASSETS / "sfx" / f"{name}.ogg").is_file(), name


@pytest.mark.parametrize("name", sorted(MUSIC))
def test_music_loops_cleanly_at_a_level_below_the_voice(name):
    report = analyse(decode(ASSETS / "music" / f"{name}.ogg", RATE).samples)
    assert 30.0 <= report.seconds <= 60.0, report
    assert report.peak < 0.95, report  # no clipping
    assert -26.0 < report.rms_db < -17.0, report  # under the voice's -20 dBFS, not silent
    assert abs(report.dc) < 0.005, report
    assert report.seam < 6.0, report  # no click where the loop joins
    assert report.quiet_db > -45.0, report  # no dead gap inside the loop


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_effects_are_short_audible_and_unclipped(name):
    audio = decode(ASSETS / "sfx" / f"{name}.ogg")
    assert 0.2 < audio.seconds < 5.0
    assert -32.0 < audio.dbfs and audio.max_dbfs < -0.5


@pytest.mark.skipif(not shutil.which("ffmpeg"),
                    reason="composing encodes OGG with ffmpeg: apt-get install ffmpeg")
def test_composing_writes_a_playable_file(tmp_path):
    from game.audio.compose import main

    assert main(["--out", str(tmp_path), "chime"]) == 0
    written = decode(tmp_path / "sfx" / "chime.ogg")
    assert abs(written.seconds - analyse(chime(), loops=False).seconds) < 0.05


def test_assets_stay_under_60_mb():
    total = sum(p.stat().st_size for p in ASSETS.rglob("*") if p.is_file())
    assert total < 60 * 1024 * 1024, f"assets/ is {total / 1e6:.1f} MB"
