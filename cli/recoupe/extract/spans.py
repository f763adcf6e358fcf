"""Character spans already taken, shared by the number and date readers."""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence


class Spans:
    """Sorted, non-overlapping character spans, for overlap tests in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            if self.ends and s < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)  # merge overlapping skip spans
            else:
                self.starts.append(s)
                self.ends.append(e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

