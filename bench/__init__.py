"""The performance suite behind `python main.py bench`."""
