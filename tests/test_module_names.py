"""A module-level name bound twice silently replaces the first binding for every
function that reads it (a shadowed regex once reversed which figure a ratio
compared, another broke « ne … pas » read with "only"); ruff's F811 catches
redefined functions and imports, not assignments."""

import ast
import collections
from pathlib import Path

import pytest

import recoupe

MODULES = sorted(Path(recoupe.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_no_module_binds_a_top_level_name_twice(path):
    counts = collections.Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, count in counts.items() if count > 1] == []
