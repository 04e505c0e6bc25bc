"""The architecture rules hold: the core imports no Qt (the import-linter contract in
pyproject.toml) and no module of ``ecopark.ui`` reaches into another module's private names."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
UI = REPO / "desktop" / "ecopark" / "ui"


def test_the_core_imports_no_qt_as_the_contract_says():
    pytest.importorskip("importlinter.cli", reason="import-linter is a dev dependency")
    # In a child process: import-linter reconfigures logging, which would silence later tests.
    code = "import sys; from importlinter.cli import lint_imports; "
    code += "sys.exit(lint_imports(no_cache=True, no_logo=True))"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO / "desktop").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _private_imports(path: Path) -> list[str]:
    """``from ecopark.ui.x import _name`` and ``x._name`` where ``x`` is an imported ui module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    ui_aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not node.module.startswith("ecopark.ui"):
                continue
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"{node.module}.{alias.name}")
                else:
                    ui_aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("ecopark.ui") and alias.asname:
                    ui_aliases[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ui_aliases
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{ui_aliases[node.value.id]}.{node.attr}")
    return found


def test_no_ui_module_imports_another_modules_private_name():
    offenders = {
        _module_name(path): names
        for path in sorted(UI.rglob("*.py"))
        if (names := _private_imports(path))
    }
    assert offenders == {}


def test_the_private_name_check_would_notice_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from ecopark.ui.canvas.layers import _draw, Public\n"
        "from ecopark.ui import window_files as wf\n"
        "wf._helper()\n",
        encoding="utf-8",
    )
    assert sorted(_private_imports(sample)) == [
        "ecopark.ui.canvas.layers._draw",
        "ecopark.ui.window_files._helper",
    ]


ARCHITECTURE = REPO / "docs" / "architecture.md"
DESKTOP = REPO / "desktop" / "ecopark"


def _doc_paths(text: str) -> set[str]:
    """Every file path the page names in backticks (``ui/...``, ``desktop/...``, ``tests/...``),
    with an optional ``: Name[.member]`` after it."""
    import re

    return set(
        re.findall(
            r"`((?:desktop|tests|installer|ui|model|commands|indicators|storage|"
            r"export|cli)/[\w/<>.]+\.(?:py|sh|md)(?::[ \w.]+)?)`",
            text,
        )
    )


def test_the_architecture_page_names_only_files_and_names_that_exist():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    missing = []
    for ref in sorted(_doc_paths(text)):
        path, _, names = ref.partition(":")
        if "<" in path:  # a placeholder such as ui/tools/<your_tool>.py
            continue
        candidates = [REPO / path, DESKTOP / path]
        file = next((c for c in candidates if c.is_file()), None)
        if file is None:
            missing.append(path)
            continue
        source = file.read_text(encoding="utf-8")
        for dotted in names.strip().split("."):
            if dotted and not re.search(rf"\b(class|def)\s+{dotted}\b|^{dotted}\b", source, re.M):
                missing.append(f"{path}: {dotted}")
    assert missing == []
    assert "docs/architecture.md" in (REPO / "README.md").read_text(encoding="utf-8")
