"""Every example statement a claim carries gets the verdict it names: the data tests itself."""

import pytest

from recoupe.database import bundled_location, read_database

DATABASE, _ = read_database([bundled_location()[0]])
EXAMPLES = [
    pytest.param(claim, example, id=f"{claim.id}:{index}")
    for claim in DATABASE.claims
    for index, example in enumerate(claim.examples)
]


def test_the_database_carries_examples():
    assert len(EXAMPLES) >= len(DATABASE.claims)


@pytest.mark.parametrize("claim, example", EXAMPLES)
def test_example(checker, claim, example):
    result = checker.check(example.statement)
    assert result.verdict == example.verdict, result.explanation
    if example.verdict in ("supported", "contradicted"):
        relation = "supports" if example.verdict == "supported" else "contradicts"
        sources = {r.source for r in claim.references}
        assert any(e.relation == relation for e in result.evidence)
        assert any(e.source.id in sources for e in result.evidence), [e.claim_id for e in result.evidence]
