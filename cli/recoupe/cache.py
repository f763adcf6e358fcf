"""A compiled database kept between runs, so a check starts in milliseconds.

Parsing YAML and building the word indexes costs far more than checking a
statement. The built `Checker` is pickled under the user's cache directory,
keyed by the content of every database and source file and by the code
that built it: any change to either makes a new key. `recoupe scan` also
keeps, under the same key, the sentences it has parsed and checked, so a
document scanned again (a pre-commit hook, a CI run on a draft) is not
checked again. Writes go to a temporary file renamed into place, so two
processes racing only ever read a complete file; a cache that cannot be
read or written is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
CACHE_ENV = "RECOUPE_CACHE_DIR"
NO_CACHE_ENV = "RECOUPE_NO_CACHE"
KEPT_ENTRIES = 8


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "recoupe"


def content_key(files: Iterable[Path]) -> str:
    """A digest of the files' names and bytes, and of the code that reads them."""
    digest = hashlib.blake2b(digest_size=20)
    package = Path(__file__).resolve().parent
    for code in sorted(package.rglob("*.py")):
        stat = code.stat()
        digest.update(f"{code.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    for path in files:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


def cached(files: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()` once per distinct content of `files`; later calls unpickle it."""
    if os.environ.get(NO_CACHE_ENV):
        return build()
    path = cache_dir() / f"{content_key(files)}.pickle"
    value = read(path)
    if value is None:
        value = build()
        write(path, value)
    return value


def memory_path(files: Iterable[Path]) -> Path | None:
    """Where the sentences a checker of these files has parsed and checked are
    kept between scans (see `Checker.recall`), or None when caching is off."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    return cache_dir() / f"{content_key(files)}.memory"


def read(path: Path) -> object | None:
    """What `write` kept at `path`, or None if it is missing, stale or corrupt."""
    try:
        with open(path, "rb") as handle:
            return _load_without_gc(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or corrupt cache is rebuilt
        return None


def write(path: Path, value: object) -> None:
    """Pickle `value` to `path` atomically, keeping a few entries of its kind; errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        _prune(path.parent, keep=path)
    except OSError:
        pass


def _load_without_gc(handle):
    """Unpickle with the cycle collector paused: a compiled database is many small
    acyclic objects, and collecting while they are created only wastes time."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)  # noqa: S301 - a file this module wrote under the user's cache dir
    finally:
        if enabled:
            gc.enable()


def _prune(directory: Path, keep: Path, entries: int = KEPT_ENTRIES) -> None:
    """Drop the oldest entries of `keep`'s kind beyond a few: edits make new ones."""
    found = sorted(directory.glob(f"*{keep.suffix}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in found[entries:]:
        if old != keep:
            old.unlink(missing_ok=True)
