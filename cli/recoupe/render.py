"""Showing results: a readable terminal view, and the JSON machine contract.

Text from statements and sources is never interpreted as rich markup or as
terminal control sequences: it is added to `rich.text.Text` objects as plain
strings, after control characters are made visible.
"""

from __future__ import annotations

import json
import re
from typing import IO, Iterable

from .model import Evidence, Result

JSON_FORMAT_VERSION = 1
VERDICT_STYLES = {
    "supported": ("✔ SUPPORTED", "bold green"),
    "contradicted": ("✘ CONTRADICTED", "bold red"),
    "disputed": ("⚠ DISPUTED", "bold yellow"),
    "unverified": ("? UNVERIFIED", "bold blue"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Control and bidi characters shown as code points, never executed by the terminal."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def json_line(result: Result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False)


def write_jsonl(results: Iterable[Result], out: IO[str]) -> None:
    for result in results:
        out.write(json_line(result) + "\n")


def write_json(results: Iterable[Result], out: IO[str]) -> None:
    json.dump([r.to_dict() for r in results], out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_text(results: Iterable[Result], console, *, show_quotes: bool = True) -> None:
    """The terminal view: verdict, statement, why, caveats, quotes with provenance."""
    from rich.text import Text

    for result in results:
        label, style = VERDICT_STYLES[result.verdict]
        head = Text()
        head.append(label, style=style)
        head.append("  ")
        head.append_text(_highlighted(visible(result.statement), result.highlights, "underline"))
        head.append(f"  ({result.confidence:.2f})", style="dim")
        console.print(head)
        console.print(Text("  " + visible(result.explanation)))
        for caveat in result.caveats:
            console.print(Text("  note: " + visible(caveat), style="italic"))
        if not show_quotes:
            continue
        for item in distinct_quotes(result.evidence):
            marker = "+" if item.relation == "supports" else "−"
            line = Text(f"  {marker} ", style="green" if item.relation == "supports" else "red")
            quote = visible(item.quote)
            line.append("« ")
            line.append_text(_highlighted(quote, item.highlights, "bold reverse"))
            line.append(" »")
            console.print(line)
            where = Text("      — ", style="dim")
            where.append(visible(item.source.title), style="dim italic")
            where.append(
                f", {item.source.date or 'undated'} [{item.source.id}, line {item.source.line}] ({item.claim_id})",
                style="dim",
            )
            console.print(where)
            if item.note:
                console.print(Text("      note: " + visible(item.note), style="dim italic"))
        console.print()


def distinct_quotes(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Each quote once: a claim cited twice from one place is shown once."""
    seen: set[tuple] = set()
    kept = []
    for item in evidence:
        key = (item.claim_id, item.source.id, item.source.start)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _highlighted(text: str, spans: Iterable[tuple[int, int]], style: str):
    from rich.text import Text

    rendered = Text(text)
    for start, end in spans:
        if 0 <= start < end <= len(text):
            rendered.stylize(style, start, end)
    return rendered
