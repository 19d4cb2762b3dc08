"""The command line (DESIGN.md's contract): argparse subcommands and a table of commands.

Each command's work lives in its own module under `game.commands`, imported only when that
command runs, so the terminal player never loads pygame and `--help` imports nothing of the
game's core.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .core.errors import HerError

# pygame prints a banner on import; stdout belongs to --json output and transcripts
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def _choice_list(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list like 1,2,1") from None
    if any(v < 1 for v in values):
        raise argparse.ArgumentTypeError("choices are numbered from 1")
    return values


DEFAULT_LINT_BUDGET = 3.0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if value < 0:
        raise argparse.ArgumentTypeError("a time budget cannot be negative")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _Unused:
    """Stands in for the parser of a command not being run: every argument added to it is
    dropped (building all fourteen commands' parsers was 4-7 ms of each start-up)."""

    def add_argument(self, *args: object, **kwargs: object) -> None:
        return None

    def add_subparsers(self, *args: object, **kwargs: object) -> _Unused:
        return self

    def add_parser(self, *args: object, **kwargs: object) -> _Unused:
        return self


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` the top level and that one command (what
    parsing a command line that names it needs)."""
    parser = argparse.ArgumentParser(prog="her", description="Her — an interactive story in ink.")
    parser.add_argument("--save-dir", help="where settings, profile and saves live "
                        "(default: saves/, or $HER_SAVE_DIR)")
    # also accepted after the command (`her text --save-dir DIR`), without overriding one given
    # before it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--save-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="command")
    _add_parser = commands.add_parser
    commands.add_parser = lambda name, **k: (_add_parser(name, parents=[common], **k)
                                             if only in (None, name) else _Unused())

    play = commands.add_parser("play", help="play in a window (the default)")
    play.add_argument("--story", help="a story folder, a .ink or a .json")
    play.add_argument("--fullscreen", action="store_true")
    play.add_argument("--seed", type=int)
    play.add_argument("--speedrun", action="store_true", help="speedrun mode: timer and splits")
    play.add_argument("--category", help="with --speedrun: any, ending:<id>, all or true "
                      "(default: the one last picked on the title screen)")
    play.add_argument("--load", metavar="SLOT", help="resume a save slot")
    play.add_argument("--lang", help="play in this language where translations/LANG.po has "
                      "lines (default: the language setting)")
    play.add_argument("--autoplay", action="store_true", help="play without input")
    play.add_argument("--choose", type=_choice_list, default=[], help="answers, e.g. 1,2,1")
    play.add_argument("--screenshots", metavar="DIR", help="with --autoplay: save PNGs here")
    play.add_argument("--exit-on-ending", action="store_true")
    play.add_argument("--size", default=None, help="window size, e.g. 1920x1080")
    play.add_argument("--tour", metavar="DIR", help="drive the window to every screen and save "
                      "a PNG of each in DIR (in a fresh save folder), then exit")
    play.add_argument("--high-contrast", action="store_true",
                      help="high contrast for this run (the setting is left as it is)")

    text = commands.add_parser("text", help="play in the terminal")
    text.add_argument("--story", help="a story folder, a .ink or a .json")
    text.add_argument("--seed", type=int)
    text.add_argument("--choose", type=_choice_list, default=[],
                      help="answers to choice points in order (1-based), then stdin")
    text.add_argument("--json", action="store_true", help="one JSON event per line")
    text.add_argument("--seen", type=_names, default=None,
                      help="endings to treat as seen, e.g. rooftop (default: the profile's)")
    text.add_argument("--load", metavar="SLOT", help="resume a save slot")
    text.add_argument("--lang", help="play in this language where translations/LANG.po has "
                      "lines (default: the language setting)")

    compile_ = commands.add_parser("compile", help="compile ink to JSON")
    compile_.add_argument("path", nargs="?", help="a .ink file or a story folder (default story/)")
    compile_.add_argument("-o", "--output", help="where to write the JSON")
    compile_.add_argument("--stats", action="store_true", help="print word and choice counts")

    lint = commands.add_parser("lint", help="check a story")
    lint.add_argument("--story", help="a story folder, a .ink or a .json")
    lint.add_argument("--fix-ids", action="store_true", help="add missing #id: tags in place")
    lint.add_argument("--max-states", type=int, default=200_000)
    lint.add_argument("--budget", type=_seconds, default=DEFAULT_LINT_BUDGET, metavar="SECONDS",
                      help="time for the route search (default %(default)s s)")
    lint.add_argument("--deep", action="store_true",
                      help="no time budget: search routes until done (or --max-states)")

    routes = commands.add_parser("routes", help="a route to each ending")
    routes.add_argument("--story", help="a story folder, a .ink or a .json")
    routes.add_argument("--json", action="store_true")
    routes.add_argument("--max-states", type=int, default=200_000,
                        help="stop exploring after this many states (default 200000)")
    routes.add_argument("--beam", "--beam-width", dest="beam", type=int, default=None,
                        metavar="N", help="keep at most N states of each layer: faster, but "
                        "not exhaustive (default: no beam)")
    routes.add_argument("--all-states", action="store_true",
                        help="search every state breadth-first, not only until every ending "
                        "the story names has a route: every dead end and runtime error, and "
                        "shortest routes (much slower on a large story)")
    routes.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="processes that expand states in the full search (default: 1, "
                        "which measures fastest)")
    routes.add_argument("--seed", type=int, default=0)
    routes.add_argument("--time-budget", type=_seconds, default=None, metavar="SECONDS",
                        help="stop after this long and print what was found (default: none; "
                        "Ctrl+C also stops with what was found)")
    routes.add_argument("--seen", type=_names, default=(),
                        help="endings to treat as already seen before the search")
    routes.add_argument("--rank-igt", action="store_true",
                        help="rank routes by estimated in-game time under speedrun settings")

    bench = commands.add_parser("bench", help="the performance suite")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--quick", action="store_true", help="fewer rounds (for CI)")

    replay = commands.add_parser("replay", help="speedrun run files")
    replay_commands = replay.add_subparsers(dest="replay_command", metavar="action")
    verify = replay_commands.add_parser("verify", help="re-simulate a run and check it")
    verify.add_argument("file")
    verify.add_argument("--story", help="the story build the run was made with, when it is "
                        "not the game's own or the folder the run names")
    verify.add_argument("--json", action="store_true")

    runs = commands.add_parser("runs", help="list speedruns in the save folder, verified")
    runs.add_argument("--json", action="store_true")

    splits = commands.add_parser("splits", help="LiveSplit splits files")
    splits_commands = splits.add_subparsers(dest="splits_command", metavar="action")
    export = splits_commands.add_parser("export", help="write a category's .lss for LiveSplit")
    export.add_argument("--category", default="any", help="any, ending:<id>, all or true")
    export.add_argument("--story", help="a story folder, a .ink or a .json")
    export.add_argument("--seed", type=int, help="a seeded category, as play --speedrun --seed")
    export.add_argument("-o", "--output", required=True, help="the .lss file to write")

    voice = commands.add_parser("voice", help="the voice pipeline")
    voice_commands = voice.add_subparsers(dest="voice_command", metavar="action")
    build = voice_commands.add_parser("build", help="generate voice clips")
    build.add_argument("--only-missing", action="store_true")
    build.add_argument("--prune", action="store_true",
                       help="delete generated clips whose line is gone")
    build.add_argument("--workers", type=int, help="synthesis processes (default: 2)")
    build.add_argument("--story", help="a story folder")
    check = voice_commands.add_parser("check", help="measure clips: WER, loudness, pitch")
    check.add_argument("--story", help="a story folder")
    check.add_argument("--json", action="store_true")
    check.add_argument("--sample", type=int, default=30, help="clips per character to transcribe")

    player = commands.add_parser("build", help="a standalone player build (needs [build])")
    player.add_argument("--out", default="dist", help="where the her/ folder goes (dist/)")

    playtest = commands.add_parser("playtest", help="play the story many times with "
                                   "simulated players and report what its choices do")
    playtest.add_argument("--story", help="a story folder, a .ink or a .json")
    playtest.add_argument("--runs", type=_positive, default=1000,
                          help="random play-throughs (default 1000)")
    playtest.add_argument("--persona-runs", type=_positive, default=None,
                          help="play-throughs per meter-seeking persona (default runs/50)")
    playtest.add_argument("--seed", type=int, default=0)
    playtest.add_argument("--seen", type=_names, default=(),
                          help="endings to treat as seen, e.g. rooftop")
    playtest.add_argument("--route-budget", type=_seconds, default=5.0, metavar="SECONDS",
                          help="seconds of route search whose routes also count against dead "
                          "text (0: none)")
    playtest.add_argument("--json", action="store_true")

    translate = commands.add_parser("translate", help="translations of a story")
    translate_commands = translate.add_subparsers(dest="translate_command", metavar="action")
    extract = translate_commands.add_parser("extract", help="write translations/LANG.po")
    extract.add_argument("--lang", required=True, help="a language code, e.g. fr")
    extract.add_argument("--story", help="a story folder, a .ink or a .json")

    saves = commands.add_parser("saves", help="list save slots")
    saves.add_argument("--json", action="store_true")
    return parser


# command -> its module under game.commands (each has `run(args) -> int`)
COMMANDS: dict[str, str] = {
    "play": "play", "text": "text", "compile": "compile", "lint": "lint", "routes": "routes",
    "bench": "bench", "replay": "replay", "voice": "voice", "saves": "saves",
    "build": "build", "playtest": "playtest",
    "runs": "runs", "splits": "splits", "translate": "translate",
}


def main(argv: list[str] | None = None) -> int:
    from . import startup

    startup.hold()  # the collector waits until the game has started (game.startup)
    from .console import one_line_warnings, streams_that_never_fail  # after: it imports typing

    try:
        one_line_warnings()
        streams_that_never_fail()
        words = list(argv if argv is not None else sys.argv[1:])
        named = _command_named(words)
        args = build_parser(named).parse_args(words)
        command = args.command or "play"
        if args.command is None:
            args = build_parser("play").parse_args(["play", *words])
        try:
            return int(_run(command, args) or 0)
        except HerError as exc:
            print(exc, file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0
    finally:
        startup.release()


def _command_named(words: list[str]) -> str | None:
    """The command a command line runs, when only that command's parser is needed to read
    it: None for help at the top level, a word that is no command, or none at all (the
    whole parser then answers, listing every command)."""
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word == "--save-dir":
            skip = True
        elif word.startswith("--save-dir="):
            continue
        elif word.startswith("-"):
            return None  # --help, or an option for the default command: the full parser
        else:
            return word if word in COMMANDS else None
    return None


def _run(command: str, args: argparse.Namespace) -> int:
    """Import the command's module now, not before: `--help` and `text` stay light."""
    module = importlib.import_module(f"game.commands.{COMMANDS[command]}")
    if command != "play":  # the window lets the collector go once its title is up
        from . import startup

        startup.release()
    return module.run(args)
