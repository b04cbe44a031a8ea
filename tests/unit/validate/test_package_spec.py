"""The validator reads the schema package's files itself (no pydantic at start-up): it must read them right."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from newsevents.validate.spec import table_specs
from newsevents_schema import TABLES
from newsevents_schema.artifacts import columns

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("table", TABLES, ids=[t.table_name for t in TABLES])
def test_the_spec_agrees_with_the_models(table):
    spec = table_specs()[table.table_name]
    assert spec.primary_key == table.primary_key
    assert [(fk.fields, fk.table, fk.table_fields) for fk in spec.foreign_keys] == \
        [(fk.fields, fk.table, fk.table_fields) for fk in table.foreign_keys]
    for column, model in zip(spec.columns, columns(table), strict=True):
        constraints = model["constraints"]
        assert (column.name, column.arrow_type, column.nullable) == (model["name"], model["arrow_type"], model["nullable"])
        assert column.pattern == constraints.get("pattern")
        assert (column.minimum, column.maximum, column.min_length) == (
            constraints.get("minimum"), constraints.get("maximum"), constraints.get("minLength"))
        assert column.codelist == model.get("codelist")
        assert column.open_codelist == bool(model.get("openCodelist"))
        if "enum" in constraints:
            assert column.codes == set(constraints["enum"])


def test_referenced_tables_come_first():
    order = list(table_specs())
    assert set(order) == {t.table_name for t in TABLES}
    for name, spec in table_specs().items():
        for fk in spec.foreign_keys:
            assert fk.table == name or order.index(fk.table) < order.index(name)


def test_validating_imports_neither_pydantic_nor_pandas(tmp_path, monkeypatch):
    """Both are installed in the dev environment; importing them would cost most of a second."""
    location = ROOT / "benchmarks" / "generate_package.py"
    spec = importlib.util.spec_from_file_location("generate_package", location)
    generator = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "generate_package", generator)
    spec.loader.exec_module(generator)
    generator.generate_package(tmp_path / "pkg", 300, plant=False)
    script = ("import sys; from pathlib import Path; from newsevents.validate.package import validate_package; "
              f"problems = validate_package(Path({str(tmp_path / 'pkg')!r})); "
              "print(len(problems), sorted(m for m in ('pandas', 'pydantic', 'numpy.typing') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.split(" ", 1) == ["0", "[]\n"], result.stderr
