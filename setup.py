"""The game's data inside the wheel: `pip install .` must give a game that starts.

Everything about the project is declared in pyproject.toml; this file only adds one build
step. The story, its voices, music and art, the example mod and the pinned ink compiler's
package files live at the top of the checkout (where writers and modders work on them), so the
build copies them into the package as `game/_data/`, which `game.paths` finds when the game
does not run from a checkout. An editable install needs no copy: it runs from the checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA = ("story", "assets", "mods", "package.json", "package-lock.json")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "saves", ".*")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "game" / "_data"
        for name in DATA:
            source, dest = HERE / name, target / name
            if source.is_dir():
                shutil.copytree(source, dest, ignore=SKIP, dirs_exist_ok=True)
            elif source.is_file():
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, dest)


setup(cmdclass={"build_py": BuildWithData})
