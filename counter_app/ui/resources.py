"""Finding files under counter_app/resources from a checkout or an installed wheel."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    path = files("counter_app") / "resources"
    for part in parts:
        path = path / part
    return Path(str(path))
