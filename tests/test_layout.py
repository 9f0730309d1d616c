"""The package's rooms keep their doors: what may import what."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def _imports(path: Path) -> set[str]:
    """Absolute names of the factcheck modules ``path`` imports."""
    module = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = list(module if path.name == "__init__.py" else module[:-1])
    if path.name == "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {n for n in found if n == "factcheck" or n.startswith("factcheck.")}


def _library_files() -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.relative_to(PACKAGE).parts[0] not in {"cli", "render"} and p.name != "__main__.py"
    ]


@pytest.mark.parametrize("path", _library_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_library_never_imports_the_cli_or_the_renderers(path):
    banned = [n for n in _imports(path) if n.startswith(("factcheck.cli", "factcheck.render"))]
    assert not banned, f"{path.name} imports {banned}"


@pytest.mark.parametrize("path", _library_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_cli_and_renderers_use_typer_and_rich(path):
    text = path.read_text(encoding="utf-8")
    assert "import typer" not in text and "from rich" not in text and "import rich" not in text


RULES = sorted((PACKAGE / "judge" / "rules").glob("[!_]*.py"))


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.stem)
def test_rules_never_import_each_other(path):
    others = {f"factcheck.judge.rules.{p.stem}" for p in RULES if p != path}
    assert not (_imports(path) & others)


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.stem)
def test_every_rule_module_registers_its_rule(path):
    from factcheck.judge.rules import all_rules

    assert path.stem in {rule.find.__module__.rpartition(".")[2] for rule in all_rules().values()}
