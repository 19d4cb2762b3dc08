"""LiveSplit splits files (`.lss`) for a category, so a runner opens one in LiveSplit and goes.

The file is LiveSplit's XML run format (root `<Run version="1.7.0">`: game and category names,
metadata, offset, attempts, then one `<Segment>` per split with its name, split times, best
segment and history). Segments are the category's timer splits (`categories.timer_splits`):
every chapter start after the first, then the ending, so LiveSplit's split count and names
match what the game sends over LiveSplit Server. When the profile has a personal best for the
category, its game times fill LiveSplit's "Personal Best" comparison.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from game.core.clock import TICK_RATE

from .categories import Category, split_title, timer_splits
from .splits import pb_times

LSS_VERSION = "1.7.0"


def timespan(ticks: int) -> str:
    """A .NET TimeSpan as LiveSplit writes one: hh:mm:ss.fffffff."""
    hundred_ns = ticks * 10_000_000 // TICK_RATE
    seconds, fraction = divmod(hundred_ns, 10_000_000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:07d}"


def splits_file(config, chosen: Category, game_name: str,  # noqa: ANN001 — a StoryConfig
                best: dict | None = None) -> str:
    """The .lss text for `chosen`, with `best` (the profile's personal best record) as its
    Personal Best comparison when there is one."""
    names = timer_splits(config, chosen)
    pb = pb_times(names, best)
    run = ET.Element("Run", version=LSS_VERSION)
    ET.SubElement(run, "GameIcon")
    ET.SubElement(run, "GameName").text = game_name
    ET.SubElement(run, "CategoryName").text = chosen.title
    ET.SubElement(run, "LayoutPath")
    metadata = ET.SubElement(run, "Metadata")
    ET.SubElement(metadata, "Run", id="")
    ET.SubElement(metadata, "Platform", usesEmulator="False").text = "PC"
    ET.SubElement(metadata, "Region")
    ET.SubElement(metadata, "Variables")
    ET.SubElement(metadata, "CustomVariables")
    ET.SubElement(run, "Offset").text = timespan(0)
    ET.SubElement(run, "AttemptCount").text = "0"
    ET.SubElement(run, "AttemptHistory")
    segments = ET.SubElement(run, "Segments")
    before = 0
    for name, ticks in zip(names, pb, strict=True):
        segment = ET.SubElement(segments, "Segment")
        ET.SubElement(segment, "Name").text = split_title(config, name)
        ET.SubElement(segment, "Icon")
        split_times = ET.SubElement(segment, "SplitTimes")
        split_time = ET.SubElement(split_times, "SplitTime", name="Personal Best")
        best_segment = ET.SubElement(segment, "BestSegmentTime")
        if ticks is not None:
            ET.SubElement(split_time, "GameTime").text = timespan(ticks)
            ET.SubElement(best_segment, "GameTime").text = timespan(max(0, ticks - before))
            before = ticks
        ET.SubElement(segment, "SegmentHistory")
    ET.SubElement(run, "AutoSplitterSettings")
    ET.indent(run, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(run, encoding="unicode") + "\n"
