"""Validation beyond loading: the examples claims carry must get their verdicts."""

from __future__ import annotations

from .database import Database, Problem


def example_failures(database: Database) -> list[Problem]:
    """Run every claim's examples; each wrong verdict is a problem at the claim's line."""
    from .api import Checker

    checker = Checker.from_database(database)
    problems = []
    for claim in database.claims:
        for example in claim.examples:
            got = checker.check(example.statement)
            if got.verdict != example.verdict:
                problems.append(Problem(
                    claim.file, claim.line, column=claim.column, message=
                    f"claim {claim.id!r}: example {example.statement!r} should be {example.verdict}, "
                    f"got {got.verdict} ({got.explanation})"))
    return problems
