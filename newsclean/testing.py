"""Pytest fixtures and assertions for plugin authors (registered through ``pytest11``)."""
from __future__ import annotations
