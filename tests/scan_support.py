"""Shared by the scan tests: a checker made of real `Result` objects, and a sample document.

`TableChecker` answers from a table of statement → (verdict, claim id, quote),
so format and suppression tests do not depend on the engine's wording; the
engine itself is exercised end to end in test_scan_sources.py and
test_scan_cli.py.
"""

from __future__ import annotations

import re

from recoupe.model import Evidence, Result, SourceInfo

SOURCE = SourceInfo(id="deux-ans-apres", title="Cloud souverain : deux ans après, on fait le point",
                    date="2014-09-25", publisher=None, url=None, line=17, start=2101, end=2133)
FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?%")


class TableChecker:
    def __init__(self, table: dict[str, tuple[str, str, str]]) -> None:
        self.table = table

    def is_checkable(self, text: str, context=()) -> bool:
        return any(key in text for key in self.table)

    def check(self, text: str, whole: bool = True, context=()) -> Result:
        for key, (verdict, claim_id, quote) in self.table.items():
            if key in text:
                relation = "contradicts" if verdict == "contradicted" else "supports"
                evidence = (Evidence(relation, claim_id, quote, SOURCE, "explained"),) if claim_id else ()
                figure = FIGURE.search(text)
                return Result(text, verdict, 0.875, f"The source gives {quote}.", evidence,
                              highlights=((figure.start(), figure.end()),) if figure else ())
        return Result(text, "unverified", 0.1, "Nothing in the database is about this.")


SAMPLE_TABLE = {
    "Orange": ("supported", "cloudwatt-shareholder-orange", "44,4 % de Cloudwatt pour Orange"),
    "Thales": ("contradicted", "cloudwatt-shareholder-thales", "22,2 % pour Thalès"),
    "Numergy": ("disputed", "numergy-revenue-2013", "2 millions d'euros"),
    "Bull": ("unverified", "", ""),
}

SAMPLE = (
    "# Rapport <b>&amp;</b> \"quotes\"\n\n"
    "Orange held 44.4% and Thales 30%. Rien à voir ici.\r\n"
    "Numergy a fait 12 % de marge, dit M. Dupont.\n\n"
    "<!-- recoupe: ignore -->\n"
    "Bull a 20 % des parts.\n"
    "<!-- recoupe: ignore[no-such-claim] -->\n"
    "Thales a 25 % <script>alert(1)</script>.\n"
)
