"""Loading a claims database from YAML into the model, collecting every problem.

A database is a directory of YAML files (entities, properties, vocabulary,
claims) and a `sources/` directory with a manifest. Loading never stops at
the first problem: each one is recorded with its file and line so
`recoupe claims validate` can report them all, and `check` refuses a broken
database with one line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .model import (
    VERDICTS,
    Claim,
    Entity,
    EntityRef,
    Example,
    Property,
    Quantity,
    Reference,
    Source,
    TimeSpan,
    Value,
)
from .normalise import plain
from .sources import MANIFEST, SourceError, line_of, source_from_entry

LINE = "__line__"
VALUE_TYPES = ("quantity", "time", "entity", "text")
STATUSES = ("actual", "target", "forecast")
BOUNDS = ("exact", "approximate", "at-least", "at-most")
VOCABULARY_KINDS = (
    "target", "forecast", "actual", "negation", "approximate", "at_least", "at_most", "each", "start",
    "comparative", "ended", "whole_period", "part", "anaphor", "only", "attribution", "attribution_opening", "attribution_to", "universal", "alone", "more",
    "less", "inserted", "organisation_noun", "law_noun", "together", "largest", "smallest", "receiving", "later", "transfer",
    "emphatic", "preference", "decrease", "increase", "formal_act", "superlative", "distinction", "achieved", "continued", "pronoun", "person_pronoun", "latter", "former", "description", "figure_reference",
    "denial_frame", "same",
)
# `anaphor_law`, `anaphor_product`…: words that speak of the last entity of that type named before
# (« cette loi » after the Patriot Act). Any entity type may have such words.
TYPED_ANAPHOR_PREFIX = "anaphor_"
_TYPED_ANAPHOR = re.compile(rf"{TYPED_ANAPHOR_PREFIX}[a-z]+")
MAX_FILE_BYTES = 50_000_000
MAX_YAML_ALIASES = 1_000
MAX_YAML_ALIAS_EXPANSION = 100_000
MAX_YAML_DEPTH = 100
SAFE_YAML_BOUND = 5_000
MANIFEST_NAME = "recoupe.yaml"
NAMESPACE_SEPARATOR = ":"
_NAMESPACE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class Position(int):
    """A 1-based line number that also knows its 1-based column."""

    column: int = 1

    def __new__(cls, line: int, column: int = 1) -> "Position":
        made = super().__new__(cls, line)
        made.column = column
        return made


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str
    column: int = 1

    def __post_init__(self) -> None:
        # A Position carries its own column: Problem(file, entry[LINE], …) gets both.
        if self.column == 1 and isinstance(self.line, Position):
            object.__setattr__(self, "column", self.line.column)
        object.__setattr__(self, "line", int(self.line))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class DatabaseError(Exception):
    """The database cannot be used; `problems` lists why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0] if problems else "unknown problem"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"broken claims database: {first}{more}")


class ClaimStore(Sequence):
    """The claims of a database, in order, decoded on first use.

    A compiled database is pickled with each claim as its own small blob, so
    loading it from the cache costs one bytes object per claim; a check
    decodes only the claims its candidates point at. Behaves as a tuple.
    """

    def __init__(self, claims: Iterable[Claim] = ()):
        self._claims: list[Claim | None] = list(claims)
        self._blobs: list[bytes] | None = None
        self._ids: dict[str, int] = {claim.id: position for position, claim in enumerate(self._claims)}

    def __len__(self) -> int:
        return len(self._claims)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return tuple(self[i] for i in range(*position.indices(len(self))))
        claim = self._claims[position]
        if claim is None:
            import pickle

            claim = pickle.loads(self._blobs[position])  # noqa: S301 - our own cache file
            self._claims[position] = claim
        return claim

    def __iter__(self) -> Iterator[Claim]:
        for position in range(len(self._claims)):
            yield self[position]

    def __eq__(self, other) -> bool:
        return isinstance(other, (ClaimStore, tuple, list)) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ClaimStore({len(self)} claims)"

    def by_id(self, claim_id: str) -> Claim | None:
        position = self._ids.get(claim_id)
        return None if position is None else self[position]

    def ids(self) -> Iterable[str]:
        return self._ids.keys()

    def __getstate__(self) -> dict:
        import pickle

        blobs = list(self._blobs) if self._blobs is not None else [b""] * len(self._claims)
        for position, claim in enumerate(self._claims):
            if claim is not None and not blobs[position]:
                blobs[position] = pickle.dumps(claim, protocol=pickle.HIGHEST_PROTOCOL)
        return {"blobs": blobs, "ids": self._ids}

    def __setstate__(self, state: dict) -> None:
        self._blobs = state["blobs"]
        self._claims = [None] * len(self._blobs)
        self._ids = state["ids"]


@dataclass(frozen=True)
class Database:
    entities: dict[str, Entity]
    properties: dict[str, Property]
    claims: ClaimStore
    sources: dict[str, Source]
    vocabulary: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    @cached_property
    def groups(self) -> tuple[Entity, ...]:
        """The entities that stand for several others ("the two companies")."""
        return tuple(entity for entity in self.entities.values() if entity.members)

    @cached_property
    def parts(self) -> dict[str, frozenset[str]]:
        """What lies directly inside each entity (Val-de-Reuil inside Normandy), the converse of `part_of`."""
        inside: dict[str, set[str]] = {}
        for entity in self.entities.values():
            for whole in entity.part_of:
                inside.setdefault(whole, set()).add(entity.id)
        return {whole: frozenset(ids) for whole, ids in inside.items()}

    @cached_property
    def figure_properties(self) -> dict[tuple, frozenset[str]]:
        """The properties that give each subject a figure in each unit, keyed
        (subject, unit) and (subject, unit, status): a figure written against a
        subject that has only one of them ("un Grand emprunt de 10 milliards
        d'euros") can only be that property's."""
        found: dict[tuple, set[str]] = {}
        for claim in self.claims:
            for value in (claim.value, *claim.qualifiers.values()):  # a stake's share is a qualifier
                if isinstance(value, Quantity) and value.unit:
                    found.setdefault((claim.subject, value.unit), set()).add(claim.property)
                    # "Numergy 2020 target: 10 %": of the figures in a unit, the targets may be one property's.
                    found.setdefault((claim.subject, value.unit, claim.status or "actual"), set()).add(claim.property)
        return {key: frozenset(properties) for key, properties in found.items()}

    @cached_property
    def plain_sources(self) -> tuple[str, ...]:
        """Each source as plain words (see `normalise.plain`), read once: where a statement's quotation may stand."""
        from .normalise import plain

        return tuple(f" {plain(source.text)} " for source in self.sources.values())

    @cached_property
    def claims_by_point(self) -> dict[tuple[str, str], tuple[Claim, ...]]:
        """The claims of each (subject, property), read once: how many there are,
        and which values they give, without scanning the whole store each time."""
        found: dict[tuple[str, str], list[Claim]] = {}
        for claim in self.claims:
            found.setdefault((claim.subject, claim.property), []).append(claim)
        return {key: tuple(claims) for key, claims in found.items()}

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with this id; a bare id also finds a namespaced claim when only one has it."""
        claims = self.claims if isinstance(self.claims, ClaimStore) else ClaimStore(self.claims)
        found = claims.by_id(claim_id)
        if found is None and NAMESPACE_SEPARATOR not in claim_id:
            suffix = NAMESPACE_SEPARATOR + claim_id
            matching = [known for known in claims.ids() if known.endswith(suffix)]
            found = claims.by_id(matching[0]) if len(matching) == 1 else None
        return found


def bundled_location() -> tuple[Path, Path]:
    """The bundled claims and sources: inside the installed package, or at the repo top."""
    package = Path(__file__).resolve().parent
    inside = package / "bundled"
    if (inside / "claims").is_dir():
        return inside / "claims", inside / "sources"
    top = package.parent.parent
    return top / "claims", top / "sources"


def sources_dir_for(claims_dir: Path) -> Path:
    """A database keeps its sources in `sources/` inside it or beside it."""
    inner = claims_dir / "sources"
    return inner if inner.is_dir() else claims_dir.parent / "sources"


def _yaml_loader():
    """A safe YAML loader (C-accelerated when available) that records line numbers."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node, deep=False):
            mapping = super().construct_mapping(node, deep=deep)
            mapping[LINE] = Position(node.start_mark.line + 1, node.start_mark.column + 1)
            return mapping

        def get_single_node(self):
            # Refuse alias bombs ("billion laughs") and absurd nesting before
            # anything is constructed: a curated database needs neither.
            node = super().get_single_node()
            _check_node_graph(node, yaml)
            return node

    return yaml, LineLoader


class YAMLLimitError(Exception):
    def __init__(self, message: str, mark=None):
        super().__init__(message)
        self.message = message
        self.mark = mark


def _check_depth(text: str, yaml) -> None:
    """Refuse YAML nested deeper than MAX_YAML_DEPTH before libyaml composes it.

    libyaml's composer recurses in C: tens of thousands of nested `[` crash
    the interpreter. Nesting is at most the number of flow brackets plus
    about twice the longest line (block nesting needs indentation), so most
    files are cleared at once; the others are measured with the event
    parser, which does not recurse.
    """
    if text.count("[") + text.count("{") + 2 * max(map(len, text.splitlines()), default=0) <= SAFE_YAML_BOUND:
        return
    depth = 0
    opening = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    closing = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, opening):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise YAMLLimitError(f"YAML nested more than {MAX_YAML_DEPTH} levels deep", event.start_mark)
            elif isinstance(event, closing):
                depth -= 1
    except yaml.YAMLError as error:
        # Newer libyaml (PyYAML 6.0.4) stops at its own depth limit first: same refusal, same words.
        if "nesting depth" not in str(error):
            raise
        raise YAMLLimitError(f"YAML nested more than {MAX_YAML_DEPTH} levels deep",
                             getattr(error, "problem_mark", None)) from None


def _check_node_graph(root, yaml) -> None:
    """Bound what aliases expand to, over the composed node graph, without expanding it.

    PyYAML shares one node between an anchor and its aliases, so a "billion
    laughs" document is small as a graph and huge once walked as data. The
    expanded size of every node is computed once (iteratively), and a
    document whose aliases add more than MAX_YAML_ALIAS_EXPANSION nodes, or
    that uses more than MAX_YAML_ALIASES aliases, is refused.
    """
    if root is None:
        return

    def children(node):
        if isinstance(node, yaml.SequenceNode):
            return node.value
        if isinstance(node, yaml.MappingNode):
            return [item for pair in node.value for item in pair]
        return ()

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    distinct = aliases = 0
    stack = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        key = id(node)
        if expanded:
            sizes[key] = 1 + sum(sizes[id(child)] for child in children(node))
            open_nodes.discard(key)
            continue
        if key in sizes:  # reached again: an alias
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                raise YAMLLimitError(
                    f"YAML uses more than {MAX_YAML_ALIASES} aliases (a claims database needs no anchors and aliases)",
                    node.start_mark)
            continue
        distinct += 1
        sizes[key] = 0
        open_nodes.add(key)
        stack.append((node, True))
        for child in children(node):
            if id(child) in open_nodes:
                raise YAMLLimitError("YAML alias refers to a node that contains it (a recursive structure)",
                                     child.start_mark)
            stack.append((child, False))
    if sizes[id(root)] - distinct > MAX_YAML_ALIAS_EXPANSION:
        raise YAMLLimitError(
            f"YAML aliases expand to {sizes[id(root)]:,} nodes (more than {MAX_YAML_ALIAS_EXPANSION:,} beyond the "
            "document's own): refused as an alias bomb", root.start_mark)


def read_yaml(path: Path, problems: list[Problem]) -> Any:
    """Parse one YAML file safely; a syntax error becomes a Problem."""
    yaml, loader = _yaml_loader()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(str(path), 1, f"file larger than {MAX_FILE_BYTES} bytes"))
            return None
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        _check_depth(text, yaml)
        return yaml.load(text, Loader=loader)  # noqa: S506 - loader derives from SafeLoader
    except YAMLLimitError as error:
        mark = error.mark
        problems.append(Problem(str(path), mark.line + 1 if mark else 1, error.message,
                                mark.column + 1 if mark else 1))
    except UnicodeDecodeError as error:
        problems.append(Problem(str(path), 1, f"not valid UTF-8 (byte {error.start})"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        problems.append(Problem(str(path), line, f"YAML syntax error: {reason}", column))
    except RecursionError:
        problems.append(Problem(str(path), 1, "YAML nested too deeply"))
    except OSError as error:
        problems.append(Problem(str(path), 1, f"cannot read: {error.strerror}"))
    return None


class _Builder:
    """Turns parsed YAML entries into model objects, noting problems as it goes."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems

    def problem(self, file: str, entry: Any, message: str) -> None:
        line = entry.get(LINE, 1) if isinstance(entry, dict) else 1
        self.problems.append(Problem(file, line, message))

    def words(self, file: str, entry: dict, what: str, values: Iterable[Any]) -> tuple[str, ...]:
        """Aliases and cues as text; YAML reads a bare `on`, `no`, `yes` as a boolean."""
        for value in values:
            if not isinstance(value, str):
                self.problem(file, entry, f"{what}: {value!r} is not text; write it in quotes")
        return tuple(str(value) for value in values)

    def require(self, file: str, entry: dict, keys: Iterable[str]) -> bool:
        missing = [key for key in keys if entry.get(key) in (None, "")]
        for key in missing:
            self.problem(file, entry, f"missing required field {key!r}")
        return not missing

    def entity(self, file: str, entry: dict) -> Entity | None:
        if not self.require(file, entry, ("id", "type", "label")):
            return None
        labels = entry["label"]
        if isinstance(labels, str):
            labels = {"fr": labels, "en": labels}
        if not isinstance(labels, dict):
            self.problem(file, entry, "label must be a text or {fr: …, en: …}")
            return None
        return Entity(
            id=str(entry["id"]),
            type=str(entry["type"]),
            labels={k: str(v) for k, v in labels.items() if k != LINE},
            aliases=self.words(file, entry, "aliases", entry.get("aliases") or ()),
            members=tuple(str(member) for member in entry.get("members") or ()),
            part_of=tuple(str(parent) for parent in _as_list(entry.get("part_of"))),
            kinds=self.words(file, entry, "kinds", entry.get("kinds") or ()),
            description=entry.get("description"),
            file=file,
            line=int(entry.get(LINE, 1)),
            column=getattr(entry.get(LINE), "column", 1),
        )

    def exclusive_values(self, file: str, entry: dict) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """One set of groups (a list of lists of words), or several independent sets (a list of those)."""
        groups = entry.get("exclusive_values", [])
        if not isinstance(groups, list) or not all(isinstance(group, list) for group in groups):
            self.problem(file, entry, "exclusive_values must be a list of lists of words, or a list of such lists")
            return ()
        nested = [isinstance(group, list) and bool(group) and all(isinstance(inner, list) for inner in group)
                  for group in groups]
        if groups and all(nested):
            return tuple(tuple(self.words(file, entry, "exclusive_values", inner) for inner in one) for one in groups)
        if any(nested):
            self.problem(file, entry, "exclusive_values mixes groups of words and sets of groups")
            return ()
        return (tuple(self.words(file, entry, "exclusive_values", group) for group in groups),) if groups else ()

    def property(self, file: str, entry: dict) -> Property | None:
        if not self.require(file, entry, ("id", "label", "value_type")):
            return None
        if entry["value_type"] not in VALUE_TYPES:
            self.problem(file, entry, f"value_type must be one of {', '.join(VALUE_TYPES)}")
            return None
        labels = entry["label"]
        if isinstance(labels, str):
            labels = {"en": labels}
        cues = entry.get("cues") or {}
        if not isinstance(cues, dict):
            self.problem(file, entry, "cues must map a language to a list of words")
            cues = {}
        return Property(
            id=str(entry["id"]),
            labels={k: str(v) for k, v in labels.items() if k != LINE},
            value_type=entry["value_type"],
            dimension=entry.get("dimension"),
            value_is_key=bool(entry.get("value_is_key", False)),
            single_value=bool(entry.get("single_value", False)),
            periodic=bool(entry.get("periodic", False)),
            event=bool(entry.get("event", False)),
            short_value=bool(entry.get("short_value", False)),
            single_holder=bool(entry.get("single_holder", False)),
            single_subject=bool(entry.get("single_subject", False)),
            cumulative=bool(entry.get("cumulative", False)),
            nationality=bool(entry.get("nationality", False)),
            exclusive_values=self.exclusive_values(file, entry),
            duration_of=entry.get("duration_of"),
            received=bool(entry.get("received", False)),
            intransitive=bool(entry.get("intransitive", False)),
            cued_only=bool(entry.get("cued_only", False)),
            set_against=bool(entry.get("set_against", False)),
            subject_role=entry.get("subject_role"),
            converse_cues=self.words(file, entry, "converse_cues", entry.get("converse_cues") or ()),
            titles=self.words(file, entry, "titles", entry.get("titles") or ()),
            not_cued_before=self.words(file, entry, "not_cued_before", entry.get("not_cued_before") or ()),
            broader=entry.get("broader"),
            cues={lang: self.words(file, entry, f"cues.{lang}", words or ()) for lang, words in cues.items()
                  if lang != LINE},
            description=entry.get("description"),
            file=file,
            line=int(entry.get(LINE, 1)),
            column=getattr(entry.get(LINE), "column", 1),
        )

    def value(self, file: str, owner: dict, raw: Any, name: str) -> Value | None:
        if isinstance(raw, dict):
            if "amount" in raw:
                return self.quantity(file, owner, raw, name)
            if "date" in raw:
                return self.time(file, owner, raw["date"], name, raw.get("part"))
            if "entity" in raw:
                return EntityRef((str(raw["entity"]),))
            if "entities" in raw and isinstance(raw["entities"], list):
                return EntityRef(tuple(str(e) for e in raw["entities"]), bool(raw.get("complete", False)))
            if "text" in raw:
                return str(raw["text"])
        if name in ("period", "date") and isinstance(raw, (str, int, date)):
            return self.time(file, owner, raw, name, None)
        if isinstance(raw, (str, bool)) and name not in ("value",):
            return str(raw)
        self.problem(file, owner, f"{name}: cannot read value {raw!r} (see docs/claims-format.md)")
        return None

    def quantity(self, file: str, owner: dict, raw: dict, name: str) -> Quantity | None:
        amount = raw.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or not math.isfinite(amount):
            self.problem(file, owner, f"{name}: amount must be a finite number")
            return None
        bound = raw.get("bound", "exact")
        if bound not in BOUNDS:
            self.problem(file, owner, f"{name}: bound must be one of {', '.join(BOUNDS)}")
            return None
        precision = raw.get("precision")
        if precision is None:
            precision = stated_precision(amount)
        elif isinstance(precision, bool) or not isinstance(precision, (int, float)) or precision <= 0:
            self.problem(file, owner, f"{name}: precision must be a positive number")
            return None
        unit = raw.get("unit")
        return Quantity(float(amount), None if unit is None else str(unit), float(precision), bound)

    def time(self, file: str, owner: dict, raw: Any, name: str, part: Any) -> TimeSpan | None:
        from .extract.times import parse_time_value

        try:
            span = parse_time_value(raw.isoformat() if isinstance(raw, date) else str(raw))
        except ValueError as error:
            self.problem(file, owner, f"{name}: {error}")
            return None
        if part is not None:
            if part not in ("early", "mid", "late"):
                self.problem(file, owner, f"{name}: part must be early, mid or late")
                return None
            span = TimeSpan(span.start, span.end, span.precision, part)
        return span

    def claim(self, file: str, entry: dict) -> Claim | None:
        if not self.require(file, entry, ("id", "subject", "property", "value", "references")):
            return None
        value = self.value(file, entry, entry["value"], "value")
        qualifiers: dict[str, Value] = {}
        raw_qualifiers = entry.get("qualifiers") or {}
        if not isinstance(raw_qualifiers, dict):
            self.problem(file, entry, "qualifiers must be a mapping")
            raw_qualifiers = {}
        for name, raw in raw_qualifiers.items():
            if name == LINE:
                continue
            if name == "object" and isinstance(raw, str):
                raw = {"entity": raw}
            parsed = self.value(file, raw_qualifiers, raw, str(name))
            if parsed is not None:
                qualifiers[str(name)] = parsed
        status = entry.get("status", "actual")
        if status not in STATUSES:
            self.problem(file, entry, f"status must be one of {', '.join(STATUSES)}")
        references = tuple(filter(None, (self.reference(file, r) for r in entry["references"] or ())))
        if not references:
            self.problem(file, entry, f"claim {entry['id']!r} has no usable reference")
        examples = []
        for raw in entry.get("examples") or ():
            if not isinstance(raw, dict) or not raw.get("statement") or raw.get("verdict") not in VERDICTS:
                self.problem(file, raw if isinstance(raw, dict) else entry,
                             f"example needs a statement and a verdict ({', '.join(VERDICTS)})")
                continue
            examples.append(Example(str(raw["statement"]), raw["verdict"]))
        said_by = entry.get("said_by") or ()
        said_by = (said_by,) if isinstance(said_by, str) else said_by
        if not isinstance(said_by, (list, tuple)) or not all(isinstance(i, str) for i in said_by):
            self.problem(file, entry, "said_by must be an entity id or a list of them")
            said_by = ()
        if value is None or status not in STATUSES or not references:
            return None
        return Claim(
            id=str(entry["id"]),
            subject=str(entry["subject"]),
            property=str(entry["property"]),
            value=value,
            qualifiers=qualifiers,
            references=references,
            status=status,
            note=entry.get("note"),
            examples=tuple(examples),
            said_by=tuple(said_by),
            file=file,
            line=int(entry.get(LINE, 1)),
            column=getattr(entry.get(LINE), "column", 1),
        )

    def reference(self, file: str, entry: Any) -> Reference | None:
        if not isinstance(entry, dict):
            self.problems.append(Problem(file, 1, "a reference must be a mapping"))
            return None
        if not self.require(file, entry, ("source", "quote", "start", "end", "line")):
            return None
        numbers = [entry[key] for key in ("start", "end", "line")]
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in numbers):
            self.problem(file, entry, "start, end and line must be non-negative integers")
            return None
        return Reference(str(entry["source"]), str(entry["quote"]), *numbers, note=entry.get("note"))


def _as_list(raw: Any) -> list:
    if raw is None:
        return []
    return list(raw) if isinstance(raw, list) else [raw]


def stated_precision(amount: float) -> float:
    """The size of the last significant digit a curator wrote: 33.3 → 0.1, 2000000 → 1e6."""
    if float(amount).is_integer():
        whole = abs(int(amount))
        if whole < 1000:
            return 1.0
        precision = 1
        while whole and whole % (precision * 10) == 0:
            precision *= 10
        return float(precision)
    decimals = repr(float(amount)).split(".")[1]
    return 10.0 ** -len(decimals)


def load_sources(directory: Path, problems: list[Problem]) -> dict[str, Source]:
    manifest = directory / MANIFEST
    entries = read_yaml(manifest, problems) if manifest.is_file() else None
    if entries is None:
        if not manifest.is_file():
            problems.append(Problem(str(manifest), 1, "sources manifest not found"))
        return {}
    if not isinstance(entries, list):
        problems.append(Problem(str(manifest), 1, "the manifest must be a list of sources"))
        return {}
    sources: dict[str, Source] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("file") or not entry.get("title"):
            line = entry.get(LINE, 1) if isinstance(entry, dict) else 1
            problems.append(Problem(str(manifest), line, "a source needs id, file and title"))
            continue
        if entry["id"] in sources:
            problems.append(Problem(str(manifest), entry[LINE], f"duplicate source id {entry['id']!r}"))
            continue
        try:
            sources[str(entry["id"])] = source_from_entry(entry, directory)
        except SourceError as error:
            problems.append(Problem(str(manifest), entry[LINE], str(error)))
    return sources


def _database_files(claims_dir: Path) -> list[Path]:
    if claims_dir.is_file():
        return [claims_dir]
    return sorted(path for path in claims_dir.glob("*.yaml") if path.is_file() and path.name != MANIFEST_NAME)


def _inside(path: Path, directory: Path) -> bool:
    """Whether `path`, symbolic links followed, stays inside `directory`."""
    try:
        return path.resolve().is_relative_to(directory.resolve())
    except OSError:
        return False


def qualified(namespace: str, item_id: str) -> str:
    """The id a claim or source of a database is known by once loaded: `namespace:id`
    (the bundled database's namespace is empty, so its ids stay as written)."""
    return f"{namespace}{NAMESPACE_SEPARATOR}{item_id}" if namespace else item_id


def _is_bundled(path: Path) -> bool:
    base = path.parent if path.is_file() else path
    try:
        return base.resolve() == bundled_location()[0].resolve()
    except OSError:
        return False


def namespace_of(path: Path, problems: list[Problem]) -> str:
    """A database's namespace: `namespace:` in its `recoupe.yaml`, else its name.

    The name is the directory's (its parent's when the directory is called
    `claims`, as in `factcheck/claims`), or a single YAML file's stem. The
    bundled database's namespace is empty.
    """
    if _is_bundled(path):
        return ""
    base = path.parent if path.is_file() else path
    manifest = base / MANIFEST_NAME
    if manifest.is_file():
        data = read_yaml(manifest, problems)
        if isinstance(data, dict):
            for key in data:
                if key not in ("namespace", "description", LINE):
                    problems.append(Problem(str(manifest), data[LINE], f"unknown key {key!r} (known: namespace, description)"))
            declared = data.get("namespace")
            if declared is not None:
                if isinstance(declared, str) and _NAMESPACE.match(declared) and declared != "bundled":
                    return declared
                problems.append(Problem(str(manifest), data[LINE],
                                        f"namespace {declared!r} must be lower-case letters, digits, - or _ "
                                        "(at most 64, not 'bundled')"))
        elif data is not None:
            problems.append(Problem(str(manifest), 1, "expected a mapping such as `namespace: my-newsroom`"))
    if path.is_file():
        name = path.stem
    else:
        resolved = path.resolve()
        name = resolved.parent.name if resolved.name == "claims" and resolved.parent.name else resolved.name
    slug = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).strip("-_")[:64]
    if not slug or not _NAMESPACE.match(slug):
        problems.append(Problem(str(path), 1, f"cannot make a namespace of {name!r}: "
                                              f"write `namespace: …` in {base / MANIFEST_NAME}"))
        return "unnamed"
    return slug


def _no_separator(kind: str, item_id: str, file: str, line: int, problems: list[Problem]) -> bool:
    if NAMESPACE_SEPARATOR in item_id:
        problems.append(Problem(file, line, f"{kind} id {item_id!r}: {NAMESPACE_SEPARATOR!r} is reserved for namespaces"))
        return False
    return True


def read_database(claims_dirs: Iterable[Path]) -> tuple[Database, list[Problem]]:
    """Load every database (directory or single YAML file) given; return the merged database and all problems.

    Claims and sources belong to their database: their ids are namespaced
    (`namespace:id`) so two databases never collide. Entities, properties and
    vocabulary are shared by all databases, so a newsroom's claims can be about
    the bundled `numergy`: an entity or property defined twice is an error
    naming both places, and `extends: ID` adds aliases or cues to one defined
    elsewhere.
    """
    problems: list[Problem] = []
    builder = _Builder(problems)
    entities: dict[str, Entity] = {}
    properties: dict[str, Property] = {}
    claims: list[Claim] = []
    sources: dict[str, Source] = {}
    vocabulary: dict[str, dict[str, tuple[str, ...]]] = {}
    seen: dict[str, tuple[str, int]] = {}
    namespaces: dict[str, str] = {}
    extensions: list[tuple[str, str, dict]] = []
    claim_namespace: list[str] = []
    loaded: set[Path] = set()

    def unique(kind: str, item_id: str, file: str, line: int) -> bool:
        key = f"{kind}:{item_id}"
        if key in seen:
            where = "%s:%d" % seen[key]
            problems.append(Problem(file, line, f"duplicate {kind} id {item_id!r} (first defined at {where})"))
            return False
        seen[key] = (file, int(line))
        return True

    for claims_dir in claims_dirs:
        if not claims_dir.exists():
            problems.append(Problem(str(claims_dir), 1, "claims database not found"))
            continue
        if claims_dir.resolve() in loaded:
            continue
        loaded.add(claims_dir.resolve())
        namespace = namespace_of(claims_dir, problems)
        if namespace in namespaces:
            problems.append(Problem(
                str(claims_dir), 1,
                f"namespace {namespace or 'bundled'!r} is also the namespace of {namespaces[namespace]}; "
                f"give one of them another with `namespace: …` in its {MANIFEST_NAME}"))
            continue
        namespaces[namespace] = str(claims_dir)
        base = claims_dir.parent if claims_dir.is_file() else claims_dir
        manifest = str(sources_dir_for(base) / MANIFEST)
        for source_id, source in load_sources(sources_dir_for(base), problems).items():
            if _no_separator("source", source_id, manifest, 1, problems):
                full = qualified(namespace, source_id)
                if unique("source", full, manifest, 1):
                    sources[full] = replace(source, id=full) if namespace else source
        for path in _database_files(claims_dir):
            if not _inside(path, base):
                problems.append(Problem(str(path), 1, f"links outside the database directory {base}; refused"))
                continue
            document = read_yaml(path, problems)
            if document is None:
                continue
            file = str(path)
            if not isinstance(document, dict):
                problems.append(Problem(file, 1, "expected a mapping with entities, properties, claims or vocabulary"))
                continue
            for key in document:
                if key not in ("entities", "properties", "claims", "vocabulary", LINE):
                    problems.append(Problem(file, document[LINE], f"unknown top-level key {key!r}"))
            for kind, build, store in (
                ("entity", builder.entity, entities),
                ("property", builder.property, properties),
            ):
                for entry in _entries(document, f"{'entities' if kind == 'entity' else 'properties'}", file, problems):
                    if "extends" in entry and "id" not in entry:
                        extensions.append((kind, file, entry))
                        continue
                    item = build(file, entry)
                    if item and unique(kind, item.id, file, entry[LINE]):
                        store[item.id] = item
            for entry in _entries(document, "claims", file, problems):
                claim = builder.claim(file, entry)
                if claim and _no_separator("claim", claim.id, file, entry[LINE], problems):
                    if namespace:
                        claim = replace(claim, id=qualified(namespace, claim.id))
                    if unique("claim", claim.id, file, entry[LINE]):
                        claims.append(claim)
                        claim_namespace.append(namespace)
            if "vocabulary" in document:
                for kind, languages in _vocabulary(document["vocabulary"], file, problems).items():
                    merged = vocabulary.setdefault(kind, {})
                    for lang, words in languages.items():
                        merged[lang] = tuple(dict.fromkeys((*merged.get(lang, ()), *words)))
    _extend(extensions, entities, properties, problems)
    claims = [_resolve_sources(claim, namespace, sources) for claim, namespace in zip(claims, claim_namespace)]
    database = Database(entities, properties, ClaimStore(claims), sources, vocabulary)
    problems.extend(cross_check(database))
    return database, problems


def _resolve_sources(claim: Claim, namespace: str, sources: dict[str, Source]) -> Claim:
    """A reference's source is looked up in the claim's own database first, then as written
    (a bundled source, or one named with its namespace: `other:article-12`)."""
    if not namespace:
        return claim
    references = []
    for reference in claim.references:
        own = qualified(namespace, reference.source)
        references.append(replace(reference, source=own) if own in sources or reference.source not in sources
                          else reference)
    return replace(claim, references=tuple(references))


def _extend(extensions: list[tuple[str, str, dict]], entities: dict[str, Entity],
            properties: dict[str, Property], problems: list[Problem]) -> None:
    """`extends: numergy` adds aliases (members, part_of) to an entity, or cues to a property,
    defined in another file or database."""
    allowed = {"entity": ("extends", "aliases", "members", "part_of", LINE), "property": ("extends", "cues", LINE)}
    for kind, file, entry in extensions:
        target = str(entry["extends"])
        store = entities if kind == "entity" else properties
        unknown = [key for key in entry if key not in allowed[kind]]
        if unknown:
            problems.append(Problem(file, entry[LINE], f"extends {target!r}: only {', '.join(allowed[kind][1:-1])} "
                                                       f"can be added, not {', '.join(map(repr, unknown))}"))
            continue
        if target not in store:
            problems.append(Problem(file, entry[LINE], f"extends unknown {kind} {target!r}"))
            continue
        item = store[target]
        if kind == "entity":
            store[target] = replace(
                item,
                aliases=tuple(dict.fromkeys((*item.aliases, *(str(a) for a in _as_list(entry.get("aliases")))))),
                members=tuple(dict.fromkeys((*item.members, *(str(a) for a in _as_list(entry.get("members")))))),
                part_of=tuple(dict.fromkeys((*item.part_of, *(str(a) for a in _as_list(entry.get("part_of")))))),
            )
        else:
            cues = entry.get("cues") or {}
            if not isinstance(cues, dict):
                problems.append(Problem(file, entry[LINE], "cues must map a language to a list of words"))
                continue
            merged = dict(item.cues)
            for lang, words in cues.items():
                if lang != LINE:
                    merged[lang] = tuple(dict.fromkeys((*merged.get(lang, ()), *(str(w) for w in _as_list(words)))))
            store[target] = replace(item, cues=merged)


def _entries(document: dict, key: str, file: str, problems: list[Problem]) -> list[dict]:
    entries = document.get(key) or []
    if not isinstance(entries, list):
        problems.append(Problem(file, document.get(LINE, 1), f"{key} must be a list"))
        return []
    good = [entry for entry in entries if isinstance(entry, dict)]
    if len(good) != len(entries):
        problems.append(Problem(file, document.get(LINE, 1), f"every item of {key} must be a mapping"))
    return good


def _vocabulary(raw: Any, file: str, problems: list[Problem]) -> dict[str, dict[str, tuple[str, ...]]]:
    if not isinstance(raw, dict):
        problems.append(Problem(file, 1, "vocabulary must be a mapping"))
        return {}
    vocabulary = {}
    for kind, languages in raw.items():
        if kind == LINE:
            continue
        if not (kind in VOCABULARY_KINDS or _TYPED_ANAPHOR.fullmatch(str(kind))) or not isinstance(languages, dict):
            problems.append(Problem(file, raw[LINE], f"vocabulary: unknown or malformed entry {kind!r}"))
            continue
        if any(lang != LINE and words is not None and not isinstance(words, list) for lang, words in languages.items()):
            problems.append(Problem(file, languages.get(LINE, raw[LINE]),
                                    f"vocabulary.{kind}: each language needs a list of words"))
            continue
        vocabulary[kind] = {
            lang: tuple(str(w) for w in words or ()) for lang, words in languages.items() if lang != LINE
        }
        for lang, words in languages.items():
            for word in words if lang != LINE and isinstance(words, list) else ():
                if not isinstance(word, str):
                    # YAML reads a bare `on`, `no`, `yes` as a boolean: the word is lost.
                    problems.append(Problem(file, raw[LINE], f"vocabulary {kind}.{lang}: {word!r} is not text; "
                                                             "write it in quotes"))
    return vocabulary


def cross_check(database: Database) -> list[Problem]:
    """Unknown ids and quotes that are not where their reference says."""
    problems: list[Problem] = []
    for entity in database.entities.values():
        for related in (*entity.members, *entity.part_of):
            if related not in database.entities:
                problems.append(Problem(entity.file or "entities", entity.line or 1, column=entity.column, message=
                                        f"entity {entity.id!r}: unknown entity {related!r}"))
    for prop in database.properties.values():
        for flag, related in (("broader", prop.broader), ("duration_of", prop.duration_of)):
            if related and related not in database.properties:
                problems.append(Problem(prop.file or "properties", prop.line or 1, column=prop.column, message=
                                        f"property {prop.id!r}: unknown {flag} property {related!r}"))
    for claim in database.claims:
        def report(message: str, claim: Claim = claim) -> None:
            problems.append(Problem(claim.file, claim.line, f"claim {claim.id!r}: {message}", claim.column))

        if claim.subject not in database.entities:
            report(f"unknown subject entity {claim.subject!r}")
        if claim.property not in database.properties:
            report(f"unknown property {claim.property!r}")
        for name, value in [("value", claim.value), *claim.qualifiers.items(), ("said_by", EntityRef(claim.said_by))]:
            if isinstance(value, EntityRef):
                for entity_id in value.ids:
                    if entity_id not in database.entities:
                        report(f"{name}: unknown entity {entity_id!r}")
        for reference in claim.references:
            source = database.sources.get(reference.source)
            if source is None:
                report(f"unknown source {reference.source!r}")
                continue
            found = source.text[reference.start:reference.end]
            if found != reference.quote:
                where = source.text.find(reference.quote)
                hint = (
                    f"; it is at start={where} end={where + len(reference.quote)} line={line_of(source.text, where)}"
                    if where >= 0 else "; the quote does not appear in the source at all"
                )
                report(f"quote is not at {reference.start}:{reference.end} of {reference.source}{hint}")
            elif line_of(source.text, reference.start) != reference.line:
                report(f"quote starts on line {line_of(source.text, reference.start)}, not {reference.line}")
        for name, value in claim.qualifiers.items():
            unquoted = _unquoted_words(value, claim) if isinstance(value, str) else []
            if unquoted:
                report(f"{name}: most of its words are in none of the claim's quotes ({', '.join(unquoted)}); "
                       "quote the passage that says it")
    return problems


QUALIFIER_WORD_LETTERS = 5


def _unquoted_words(text: str, claim: Claim) -> list[str]:
    """A qualifier in words rests on the source's words: the words of its
    source-language part (before any gloss in parentheses) that no quote of
    the claim holds, when they are most of them."""
    quoted = set(plain(" ".join(reference.quote for reference in claim.references)).split())
    said = [word for word in plain(text.split("(")[0]).split() if len(word) >= QUALIFIER_WORD_LETTERS]
    missing = [word for word in said if word not in quoted]
    return missing if said and len(missing) * 2 > len(said) else []


def database_directories(claims_dirs: Iterable[Path] = (), bundled: bool = True) -> list[Path]:
    return ([bundled_location()[0]] if bundled else []) + [Path(p) for p in claims_dirs]


def input_files(directories: Iterable[Path]) -> list[Path]:
    """Every file a database is read from: its YAML, its manifest and its sources."""
    files: list[Path] = []
    for directory in directories:
        base = directory.parent if directory.is_file() else directory
        files.append(directory)  # its name in the key: a missing database must not hit another's cache
        files.extend(_database_files(directory) if directory.exists() else [])
        if (base / MANIFEST_NAME).is_file():
            files.append(base / MANIFEST_NAME)
        sources = sources_dir_for(base)
        if sources.is_dir():
            files.extend(sorted(p for p in sources.iterdir() if p.is_file()))
    return files


def load_database(claims_dirs: Iterable[Path] = (), bundled: bool = True) -> Database:
    """The database a check runs against; raises DatabaseError if any part is broken."""
    directories = database_directories(claims_dirs, bundled)
    if not directories:
        raise DatabaseError([Problem("(none)", 1, "no claims database given")])
    database, problems = read_database(directories)
    if problems:
        raise DatabaseError(problems)
    return database
