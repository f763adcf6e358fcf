"""The terminal view (rich): per file, each checked claim in its sentence, then a summary table.

Text from documents and from the database is added as plain `Text`, never
parsed as markup, and control characters are shown as code points.
"""

from __future__ import annotations

from typing import IO

from ..scan import Finding, Notice
from .common import _CONTROL, one_line


def one_line_keep_length(text: str) -> str:
    """Line ends and control characters as spaces, one for one, so offsets still line up."""
    text = "".join(" " if char.isspace() else char for char in text)
    return _CONTROL.sub("\ufffd", text)

LABELS = {
    "supported": ("✔ supported", "bold green"),
    "contradicted": ("✘ contradicted", "bold red"),
    "disputed": ("⚠ disputed", "bold yellow"),
    "unverified": ("? unverified", "bold blue"),
}


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        from rich.console import Console

        self.console = Console(file=out, force_terminal=context.color, no_color=not context.color,
                               highlight=False, markup=False, emoji=False, soft_wrap=False)
        self.current: str | None = None

    def begin(self, document) -> None:
        pass

    def _header(self, path: str) -> None:
        from rich.text import Text

        if path != self.current:
            if self.current is not None:
                self.console.print()
            self.console.print(Text(one_line(path), style="bold underline"))
            self.current = path

    def add(self, event) -> None:
        from rich.text import Text

        if isinstance(event, Finding):
            if event.suppressed:
                return
            self._header(event.path)
            label, style = LABELS[event.verdict]
            span = event.claim_span
            head = Text(f"  {span.line}:{span.col}  ", style="dim")
            head.append(label, style=style)
            if event.claim_ids:
                head.append("  " + ", ".join(event.claim_ids), style="dim")
            head.append(f"  ({event.result.confidence:.2f})", style="dim")
            self.console.print(head)
            self.console.print(self._sentence(event))
            if event.statement.strip() != event.sentence.strip():
                self.console.print(Text("    checked: " + one_line(event.statement), style="dim"))
            if event.result.explanation:
                self.console.print(Text("    " + one_line(event.result.explanation)))
            for caveat in event.result.caveats:
                self.console.print(Text("    note: " + one_line(caveat), style="italic"))
            shown = set()
            for item in event.result.evidence:
                key = (item.claim_id, item.source.id, item.source.start)
                if key in shown:
                    continue
                shown.add(key)
                supports = item.relation == "supports"
                line = Text("    + " if supports else "    − ", style="green" if supports else "red")
                line.append("« " + one_line(item.quote) + " »")
                self.console.print(line)
                source = item.source
                where = Text("        — ", style="dim")
                where.append(one_line(source.title), style="dim italic")
                where.append(f", {source.date or 'undated'} [{source.id}, line {source.line}] ({item.claim_id})", style="dim")
                self.console.print(where)
        elif isinstance(event, Notice):
            self._header(event.path)
            line = Text(f"  {event.span.line}:{event.span.col}  ", style="dim")
            line.append("unused suppression", style="yellow")
            line.append("  " + one_line(event.message))
            self.console.print(line)

    def _sentence(self, finding: Finding):
        """The sentence with the claim underlined and the verdict's highlights in reverse video."""
        from rich.text import Text

        sentence = one_line_keep_length(finding.sentence)
        body = Text("    ")
        text = Text(sentence)
        start, end = finding.claim_in_sentence
        if 0 <= start < end <= len(sentence) and (end - start) < len(sentence):
            text.stylize("underline", start, end)
        for start, end in finding.highlights_in_sentence:
            if 0 <= start < end <= len(sentence):
                text.stylize("bold reverse", start, end)
        body.append_text(text)
        return body

    def finish(self, stats) -> None:
        from rich.table import Table

        if self.current is not None:
            self.console.print()
        table = Table(title="recoupe scan", show_header=True, header_style="bold")
        table.add_column("", style="bold")
        table.add_column("count", justify="right")
        for verdict in ("contradicted", "disputed", "unverified", "supported"):
            label, style = LABELS[verdict]
            table.add_row(label, str(stats.verdicts.get(verdict, 0)), style=style)
        table.add_section()
        table.add_row("files", str(stats.files))
        table.add_row("sentences read", str(stats.sentences))
        table.add_row("claims checked", str(stats.claims_checked))
        table.add_row("sentences with nothing checkable", str(stats.not_checkable))
        table.add_row("suppressed", str(stats.suppressed))
        if stats.unused_suppressions:
            table.add_row("unused suppressions", str(stats.unused_suppressions), style="yellow")
        if stats.errors:
            table.add_row("unreadable files", str(stats.errors), style="red")
        table.add_row("time", f"{stats.seconds:.2f} s")
        self.console.print(table)
