"""Write a synthetic claims database of N claims, with its sources, for scale tests.

    python benchmarks/generate.py 100000 /tmp/db100k [--seed 1]

The output is a complete database in the documented format (docs/claims-format.md):

    OUT_DIR/claims/recoupe.yaml   namespace: synthetic
    OUT_DIR/claims/*.yaml         entities, properties, vocabulary, claims (1,000 claims a file)
    OUT_DIR/claims/sources/       one article per 25 claims and the sources.yaml manifest

Vocabularies are of a newsroom's size: thousands of entities (companies,
people, places; a third with an alias), a few hundred properties (the
bundled ones and synthetic metrics, each with English and French cues).
Every claim quotes one sentence of its article at its exact span, so
`recoupe claims validate OUT_DIR/claims` passes. `statements.txt` beside the
database holds statements about its claims (some true, some false) for the
benchmark, and `document.md` an article-like text to scan.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parent / "claims"
CLAIMS_PER_FILE = 1000
CLAIMS_PER_SOURCE = 25

SYLLABLES = ("va", "lor", "nu", "bi", "tex", "ka", "ri", "mo", "zen", "tra", "qui", "dor", "pel", "sa", "ver",
             "lum", "co", "gal", "fi", "ron", "bel", "tis", "mar", "do", "ne", "xo", "ly", "pra", "go", "wen")
SUFFIXES = ("", " SA", " Group", " Systems", " Cloud", " Technologies", " Industries", " Partners")
FIRST = ("Marie", "Jean", "Claire", "Paul", "Sophie", "Luc", "Anne", "Marc", "Julie", "Hugo", "Léa", "Louis",
         "Camille", "Nicolas", "Sarah", "Thomas", "Emma", "Pierre", "Chloé", "Antoine")
LAST = ("Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garcia",
        "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller")
METRICS = (
    # (en cue, fr cue, dimension, unit)
    ("operating profit", "résultat opérationnel", "currency", "EUR"),
    ("net profit", "bénéfice net", "currency", "EUR"),
    ("debt", "dette", "currency", "EUR"),
    ("payroll", "masse salariale", "currency", "EUR"),
    ("capital expenditure", "investissements", "currency", "EUR"),
    ("research budget", "budget de recherche", "currency", "EUR"),
    ("subscribers", "abonnés", "count", "subscriber"),
    ("customers", "clients", "count", "customer"),
    ("employees", "salariés", "count", "person"),
    ("stores", "magasins", "count", "store"),
    ("data centres", "centres de données", "count", "data-centre"),
    ("servers", "serveurs", "count", "server"),
    ("export share", "part des exportations", "percent", "percent"),
    ("margin", "marge", "percent", "percent"),
    ("growth", "croissance", "percent", "percent"),
    ("market share", "part de marché", "percent", "percent"),
    ("churn", "taux de résiliation", "percent", "percent"),
)
QUALIFIERS = ("annual", "regional", "domestic", "european", "online", "retail", "wholesale", "corporate",
              "consumer", "public", "private", "industrial", "digital", "mobile", "fixed", "premium")
QUALIFIERS_FR = ("annuel", "régional", "national", "européen", "en ligne", "de détail", "de gros", "entreprises",
                 "grand public", "public", "privé", "industriel", "numérique", "mobile", "fixe", "premium")


def name(rng: random.Random, used: set[str]) -> str:
    while True:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        full = word + rng.choice(SUFFIXES)
        if word.lower() not in used:
            used.add(word.lower())
            return full


def slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
    while "--" in out:
        out = out.replace("--", "-")
    return out.encode("ascii", "ignore").decode() or "x"


def q(text: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def euros(amount: int) -> str:
    if amount >= 1_000_000:
        millions = amount / 1_000_000
        shown = f"{millions:.1f}".replace(".", ",").replace(",0", "")
        return f"{shown} millions d'euros"
    return f"{amount:,}".replace(",", " ") + " euros"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=int, help="number of claims")
    parser.add_argument("out", type=Path, help="output directory (replaced)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--entities", type=int, default=None, help="default: max(2000, claims / 20)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n_claims = args.claims
    n_entities = args.entities or max(2000, n_claims // 20)

    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    claims_dir = out / "claims"
    sources_dir = claims_dir / "sources"
    sources_dir.mkdir(parents=True)
    (claims_dir / "recoupe.yaml").write_text("namespace: synthetic\n", encoding="utf-8")

    # --- entities -------------------------------------------------------
    used: set[str] = set()
    entities = []  # (id, label)
    lines = ["entities:"]
    for number in range(n_entities):
        kind = "person" if number % 5 == 4 else "organisation"
        if kind == "person":
            label = f"{rng.choice(FIRST)} {rng.choice(LAST)} {name(rng, used)}"
        else:
            label = name(rng, used)
        entity_id = f"e{number}-{slug(label)}"
        entities.append((entity_id, label))
        lines.append(f"  - id: {entity_id}\n    type: {kind}\n    label: {q(label)}")
        if number % 3 == 0:
            lines.append(f"    aliases: [{q(label.split()[0] + ' ' + str(number))}]")
    (claims_dir / "entities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # --- properties: the bundled ones and synthetic metrics ---------------
    shutil.copy(BUNDLED / "properties.yaml", claims_dir / "properties.yaml")
    shutil.copy(BUNDLED / "vocabulary.yaml", claims_dir / "vocabulary.yaml")
    properties = []  # (id, en cue, fr cue, unit)
    lines = ["properties:"]
    for en, fr, dimension, unit in METRICS:
        for qualifier, qualifier_fr in zip(QUALIFIERS, QUALIFIERS_FR):
            prop_id = slug(f"{qualifier} {en}")
            cue_en, cue_fr = f"{qualifier} {en}", f"{fr} {qualifier_fr}"
            properties.append((prop_id, cue_en, cue_fr, unit))
            lines.append(
                f"  - id: {prop_id}\n    label: {{en: {q(cue_en)}, fr: {q(cue_fr)}}}\n    value_type: quantity\n"
                f"    dimension: {dimension}\n    periodic: true\n    cues:\n      en: [{q(cue_en)}]\n"
                f"      fr: [{q(cue_fr)}]")
    (claims_dir / "metrics.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # --- claims and the articles they quote --------------------------------
    manifest = []
    statements = []
    document: list[str] = []
    claim_lines: list[str] = []
    file_number = 0
    n_sources = (n_claims + CLAIMS_PER_SOURCE - 1) // CLAIMS_PER_SOURCE
    made = 0
    for source_number in range(n_sources):
        source_id = f"article-{source_number}"
        year = rng.randint(2005, 2023)
        text = f"Article {source_number}\n\n"
        for _ in range(min(CLAIMS_PER_SOURCE, n_claims - made)):
            entity_id, label = rng.choice(entities)
            prop_id, cue_en, cue_fr, unit = rng.choice(properties)
            period = rng.randint(year - 3, year)
            if unit == "EUR":
                amount = rng.randint(1, 9000) * 100_000
                shown = euros(amount)
                value = f"{{amount: {amount}, unit: EUR}}"
                false_en = f"{amount * 3 / 1e6:g} million euros"
                true_en = f"{amount / 1e6:g} million euros"
            elif unit == "percent":
                amount = rng.randint(1, 99)
                shown = f"{amount} %"
                value = f"{{amount: {amount}, unit: percent}}"
                true_en, false_en = f"{amount}%", f"{(amount + 37) % 100 + 1}%"
            else:
                amount = rng.randint(2, 90_000)
                shown = f"{amount:,}".replace(",", " ")
                value = f"{{amount: {amount}, unit: {unit}}}"
                true_en, false_en = f"{amount:,}", f"{amount * 2:,}"
            sentence = f"En {period}, le {cue_fr} de {label} s'élevait à {shown}."
            start = len(text)
            line = text.count("\n") + 1
            text += sentence + " "
            if rng.random() < 0.3:
                text += "\n"
            claim_id = f"c{made}"
            claim_lines.append(
                f"  - id: {claim_id}\n    subject: {entity_id}\n    property: {prop_id}\n    value: {value}\n"
                f"    qualifiers: {{period: \"{period}\"}}\n    references:\n      - source: {source_id}\n"
                f"        quote: {q(sentence)}\n        start: {start}\n        end: {start + len(sentence)}\n"
                f"        line: {line}")
            if made % 97 == 0:
                statements.append(f"{label} {cue_en} {period}: {true_en if made % 2 else false_en}")
            if made % 53 == 0:
                document.append(sentence)
            made += 1
            if len(claim_lines) == CLAIMS_PER_FILE:
                _write_claims(claims_dir, file_number, claim_lines)
                file_number += 1
                claim_lines = []
        (sources_dir / f"{source_id}.txt").write_text(text, encoding="utf-8")
        manifest.append(f"- id: {source_id}\n  file: {source_id}.txt\n  title: {q('Synthetic article ' + str(source_number))}\n"
                        f"  language: fr\n  date: {year}-12-31")
    if claim_lines:
        _write_claims(claims_dir, file_number, claim_lines)
    (sources_dir / "sources.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (out / "statements.txt").write_text("\n".join(statements) + "\n", encoding="utf-8")
    paragraphs = [" ".join(document[i:i + 5]) for i in range(0, len(document), 5)]
    (out / "document.md").write_text("# Synthetic report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    print(f"{out}: {made} claims, {n_entities} entities, {len(properties)} synthetic properties, "
          f"{n_sources} sources, {file_number + bool(claim_lines)} claim files, {len(statements)} statements",
          file=sys.stderr)


def _write_claims(claims_dir: Path, number: int, lines: list[str]) -> None:
    (claims_dir / f"claims-{number:04d}.yaml").write_text("claims:\n" + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
