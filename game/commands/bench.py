"""`python main.py bench [--json] [--quick]`: the performance suite in bench/."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from bench.suite import bench_command

    return bench_command(args)
