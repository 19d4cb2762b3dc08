"""docs/MODDING.md followed literally: its files pasted as written, its commands run as typed
(in a scratch folder, so the repo's mods/ is untouched). If the guide drifts from the game,
this fails."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

from helpers import ROOT, run_cli

GUIDE = ROOT / "docs" / "MODDING.md"


def guide_blocks() -> list[tuple[str, str]]:
    return re.findall(r"```(\w*)\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def run_step(command: str, cwd: Path) -> subprocess.CompletedProcess:
    words = shlex.split(command)
    assert words[:2] == ["python", "main.py"], command
    return run_cli(*words[2:], cwd=cwd)


def test_the_guide_gets_a_new_mod_playing(tmp_path: Path) -> None:
    blocks = guide_blocks()
    shell = [line.strip() for lang, body in blocks if lang == "sh"
             for line in body.splitlines() if line.strip()]
    files = {}  # the guide says "Save this as <path>" right before each file's block
    text = GUIDE.read_text(encoding="utf-8")
    for lang, body in blocks:
        if lang in ("ink", "yaml"):
            before = text[:text.index(body)]
            named = re.findall(r"Save this as `([^`]+)`", before)
            if named and named[-1] not in files:
                files[named[-1]] = body
    assert set(files) == {"mods/my_first_mod/main.ink", "mods/my_first_mod/mod.yaml",
                          "mods/my_first_mod/story.yaml"}
    assert shell[0] == "mkdir -p mods/my_first_mod"
    (tmp_path / "mods" / "my_first_mod").mkdir(parents=True)
    for path, body in files.items():
        if not path.endswith("story.yaml"):
            (tmp_path / path).write_text(body, encoding="utf-8")

    plain = run_step(shell[2], tmp_path)  # `text --story … --choose 2`, before story.yaml
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.rstrip().endswith("ENDING: soaked")

    (tmp_path / "mods/my_first_mod/story.yaml").write_text(
        files["mods/my_first_mod/story.yaml"], encoding="utf-8")
    named = run_step(shell[2], tmp_path)
    assert "*** Soaked ***" in named.stdout and "Amy: It's nobody's." in named.stdout

    lint = run_step(shell[3], tmp_path)
    assert lint.returncode == 0 and "0 errors" in lint.stderr, lint.stdout + lint.stderr
    routes = run_step(shell[4], tmp_path)
    assert "borrowed:" in routes.stdout and "soaked:" in routes.stdout
    compiled = run_step(shell[5], tmp_path)
    assert compiled.returncode == 0 and (tmp_path / "mods/my_first_mod/main.json").is_file()
    assert shell[6] == "python main.py play --story mods/my_first_mod"
    assert shell[7] == "python main.py voice build --story mods/my_first_mod"
