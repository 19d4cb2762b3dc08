"""Scenes, one per file: title, play, history, settings, chapters, gallery, ending, saves."""
