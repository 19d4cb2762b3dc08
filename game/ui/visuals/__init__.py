"""Procedural visuals: painted scenes, Samantha's form, drifting light. No image files."""
