"""Output formats of `recoupe scan`, one module each.

Every formatter is built with the output stream and a `ReportContext`, is
told when a document starts (`begin`), gets each scan event (`add`:
findings, notices, file errors) and writes its end in `finish(stats)`.
Streaming formats (concise, jsonl, github, terminal) write as events come;
json, sarif and html write everything at the end.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

FORMATS = ("terminal", "concise", "json", "jsonl", "sarif", "github", "html")
SEVERITY = {"contradicted": 3, "disputed": 2, "unverified": 1, "supported": 0}


@dataclass
class ReportContext:
    fail_on: tuple[str, ...] = ("contradicted", "disputed")
    root: Path = field(default_factory=Path.cwd)  # relative URIs (SARIF) are relative to this
    version: str = ""
    color: bool = False  # terminal: colours and styles


def formatter(name: str, out: IO[str], context: ReportContext):
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{name}")
    return module.Formatter(out, context)
