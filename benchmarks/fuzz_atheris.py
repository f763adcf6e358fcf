"""Coverage-guided fuzzing with atheris (optional: `pip install atheris`).

    python benchmarks/fuzz_atheris.py check  [-max_total_time=600] [-dict=...]
    python benchmarks/fuzz_atheris.py yaml   [-max_total_time=600]
    python benchmarks/fuzz_atheris.py scan   [-max_total_time=600]

`check` feeds the bytes, decoded as UTF-8 where possible, to Checker.check
(only StatementError may come out); `yaml` writes them as a claims file and
loads the database (only problems may come out, never an exception); `scan`
streams them as standard input through the document readers, segmentation
and the checker. Any other exception, or a hang (libFuzzer's -timeout,
default 20 s here), is a crash: libFuzzer saves the input as crash-*.
Arguments after the target are libFuzzer's.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from recoupe.api import Checker, StatementError
    from recoupe.database import read_database
    from recoupe.scan import Document, scan

CHECKER = Checker.load()
WORK = Path(tempfile.mkdtemp(prefix="recoupe-atheris-"))
(WORK / "claims" / "sources").mkdir(parents=True)
(WORK / "claims" / "sources" / "sources.yaml").write_text("[]\n", encoding="utf-8")


def check(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    try:
        CHECKER.check(text)
    except StatementError:
        pass


def yaml(data: bytes) -> None:
    (WORK / "claims" / "facts.yaml").write_bytes(data)
    read_database([WORK / "claims"])


def scan_stdin(data: bytes) -> None:
    kind = ("text", "markdown", "html")[data[0] % 3] if data else "text"
    for _ in scan(CHECKER, [Document.from_stream(io.BytesIO(data[1:]), "<fuzz>", kind)]):
        pass


def main() -> None:
    targets = {"check": check, "yaml": yaml, "scan": scan_stdin}
    if len(sys.argv) < 2 or sys.argv[1] not in targets:
        sys.exit(__doc__)
    target = targets[sys.argv.pop(1)]
    argv = sys.argv if any(a.startswith("-timeout") for a in sys.argv) else [*sys.argv, "-timeout=20"]
    atheris.Setup(argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
