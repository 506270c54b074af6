"""Anapana: guided breathing, timed body scans and quiet sitting."""

__version__ = "0.1.0"
