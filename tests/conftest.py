"""Shared pytest fixtures (kept small: heavy helpers live in their own modules)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The four real EDGAR seed documents; examples/ carries them byte for byte."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS_DIR}")
    return SEEDS_DIR
