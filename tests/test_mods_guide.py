"""docs/MODDING.md followed literally, top to bottom, from an empty folder: every file it says to
save is saved as written, every command in a `sh` block is run as typed, in order, and every
`text` block after a command is output that command must print. If the guide drifts from the
game, this fails."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT, run_cli

GUIDE = ROOT / "docs" / "MODDING.md"
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.S)


def guide_steps() -> list[tuple[str, str, str]]:
    """(kind, body, prose before it) for each fenced block, in the guide's order."""
    text = GUIDE.read_text(encoding="utf-8")
    steps, last = [], 0
    for match in BLOCK.finditer(text):
        steps.append((match.group(1), match.group(2), text[last:match.start()]))
        last = match.end()
    return steps


def same(line: str) -> str:
    """Timings vary from machine to machine; everything else must match as written."""
    return re.sub(r"\d+\.\d+ s\b", "N s", line.strip())


def run_command(command: str, cwd: Path) -> str:
    words = shlex.split(command)
    if words[0] == "mkdir":
        subprocess.run(words, cwd=cwd, check=True)
        return ""
    assert words[:2] == ["python", "main.py"], command
    if words[2] == "play":
        return _window_opens(words[2:], cwd)
    if words[2:4] == ["voice", "build"]:
        from game.commands.voice import voice_extra_missing

        if not shutil.which("flite") or not shutil.which("ffmpeg") or voice_extra_missing():
            return ("skipped: voice build needs flite and ffmpeg (apt-get install flite ffmpeg) "
                    "and the voice extra (pip install -e '.[voice]')")
    stdin = "2\n" if "--choose" not in words and words[2] == "text" else ""
    result = run_cli(*words[2:], cwd=cwd, stdin=stdin)
    assert result.returncode == 0, (command, result.stdout, result.stderr)
    return result.stdout + result.stderr


def _window_opens(args: list[str], cwd: Path) -> str:
    """`play` opens a window and waits for the player: it must still be running, unharmed,
    a few seconds later."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**__import__("os").environ, "SDL_VIDEODRIVER": "dummy",
                                 "SDL_AUDIODRIVER": "dummy"})
    time.sleep(4)
    alive = proc.poll() is None
    proc.terminate()
    out, err = proc.communicate(timeout=20)
    assert alive, ("play exited early", out, err)
    return out + err


@pytest.mark.slow  # the whole guide through the command line, ~13 s: from .ci/run
def test_the_guide_runs_as_written_from_an_empty_folder(tmp_path: Path) -> None:
    steps = guide_steps()
    saved, ran, checked = [], [], 0
    output = None
    for kind, body, before in steps:
        named = re.findall(r"Save this as `([^`]+)`", before)
        if kind in ("ink", "yaml") and named:
            target = tmp_path / named[-1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
            saved.append(named[-1])
        elif kind == "sh":
            output = ""
            for command in filter(None, (line.strip() for line in body.splitlines())):
                output += run_command(command, tmp_path)
                ran.append(command)
        elif kind == "text" and output is not None and not output.startswith("skipped"):
            printed = [same(line) for line in output.splitlines()]
            for expected in filter(None, (same(line) for line in body.splitlines())):
                assert any(expected in line for line in printed), (ran[-1], expected, output)
                checked += 1
    assert saved == ["mods/my_first_mod/main.ink", "mods/my_first_mod/mod.yaml",
                     "mods/my_first_mod/story.yaml"]
    assert ran[0] == "mkdir -p mods/my_first_mod"
    assert "python main.py play --story mods/my_first_mod" in ran
    assert "python main.py voice build --story mods/my_first_mod" in ran
    assert checked >= 8  # the guide shows output, and the output is the game's
    assert (tmp_path / "mods/my_first_mod/main.json").is_file()  # step 7 compiled it


def test_the_guides_before_and_after_story_yaml_is_true(tmp_path: Path) -> None:
    """Step 5's claim: before story.yaml the same lines have no speaker; after, they do."""
    steps = guide_steps()
    files = {re.findall(r"Save this as `([^`]+)`", before)[-1]: body
             for kind, body, before in steps
             if kind in ("ink", "yaml") and "Save this as" in before}
    mod = tmp_path / "mods" / "my_first_mod"
    mod.mkdir(parents=True)
    for path, body in files.items():
        if not path.endswith("story.yaml"):
            (tmp_path / path).write_text(body, encoding="utf-8")
    args = ("text", "--story", "mods/my_first_mod", "--choose", "2", "--json")
    before = run_cli(*args, cwd=tmp_path).stdout
    (tmp_path / "mods/my_first_mod/story.yaml").write_text(
        files["mods/my_first_mod/story.yaml"], encoding="utf-8")
    after = run_cli(*args, cwd=tmp_path).stdout
    assert '"speaker": "amy"' not in before and '"speaker": "amy"' in after
