"""Headless command groups of ``datafi-desktop`` (no Qt imported here)."""
