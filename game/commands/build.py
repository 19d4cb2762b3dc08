"""`python main.py build [--out DIR]`: a standalone player build for this operating system.

A player should be able to download the game and play, without Python, pip or a terminal.
PyInstaller (the `[build]` extra) freezes the interpreter, the game and its dependencies into
one folder; the story, voices, music, art and the example mod go inside it as `game/_data/`,
where `game.paths` looks when the game does not run from a checkout. The folder's `her`
program takes the same commands as `python main.py`.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import metadata
from pathlib import Path

from game.core.errors import HerError
from game.paths import PROJECT_ROOT

DATA = ("story", "assets", "mods", "package.json", "package-lock.json")
NAME = "her"


def _data_packages() -> list[str]:
    """Import names of the runtime dependencies that ship files beside their code (pygame's
    default font, a font package, bink's native library): PyInstaller collects only the
    code it sees imported unless told."""
    # named here too, not only read from the installed metadata (which may predate a new
    # dependency): the reading face must travel with the build, never pygame's default
    wanted = {"pygame-ce", "bink", "pyyaml", "platformdirs", "font-lato"}
    try:
        requires = metadata.requires("her-game") or []
    except metadata.PackageNotFoundError:
        requires = []
    for requirement in requires:
        if "extra ==" in requirement:
            continue
        name = requirement.split(";")[0].strip()
        for cut in "<>=!~[ ":
            name = name.split(cut)[0]
        wanted.add(name.lower())
    names = set()
    for module, distributions in metadata.packages_distributions().items():
        if any(d.lower() in wanted for d in distributions) and not module.startswith("_"):
            names.add(module)
    return sorted(names)


def pyinstaller_args(out: Path, work: Path) -> list[str]:
    sep = os.pathsep
    args = [str(PROJECT_ROOT / "main.py"), "--name", NAME, "--onedir", "--noconfirm",
            "--log-level", "WARN", "--distpath", str(out), "--workpath", str(work / "work"),
            "--specpath", str(work), "--collect-submodules", "game",
            # optional imports of pygame's that the game never uses: 40 MB the player needn't carry
            "--exclude-module", "numpy", "--exclude-module", "tkinter",
            "--add-data", f"{PROJECT_ROOT / 'game' / 'core' / 'inkc.js'}{sep}game/core"]
    for name in DATA:
        source = PROJECT_ROOT / name
        if source.exists():
            target = f"game/_data/{name}" if source.is_dir() else "game/_data"
            args += ["--add-data", f"{source}{sep}{target}"]
    for module in _data_packages():
        args += ["--collect-all", module] if module == "bink" else ["--collect-data", module]
    return args


def run(args: argparse.Namespace) -> int:
    try:
        from PyInstaller.__main__ import run as freeze
    except ImportError:
        raise HerError("the player build needs PyInstaller",
                       hint="python3 -m pip install -e '.[build]'") from None
    out = Path(args.out).resolve()
    work = PROJECT_ROOT / "build" / "pyinstaller"
    freeze(pyinstaller_args(out, work))
    program = out / NAME / (NAME + (".exe" if sys.platform == "win32" else ""))
    if not program.is_file():
        raise HerError(f"PyInstaller finished but {program} is missing")
    print(f"built {program}: copy the folder {out / NAME} to a machine and run `{NAME}`")
    return 0
