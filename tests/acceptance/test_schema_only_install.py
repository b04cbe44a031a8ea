"""Other projects install only the schema package: it must bring pydantic and nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {"newsevents-schema", "pydantic", "pydantic-core", "annotated-types", "typing-extensions", "typing-inspection"}

CLIENT = r"""
import json, newsevents_schema as s
from pydantic import ValidationError
row = {"event_id": "event/x-1/visit", "source_id": "source/x-1", "event_type": "visit", "status": "planned",
       "date_start": "2022-01-20", "date_end": "2022-01-20", "date_precision": "day", "summary": "A visits B.",
       "evidence_start": 0, "evidence_end": 5, "evidence_text": "visit", "review_status": "added"}
assert s.Event.model_validate_json(json.dumps(row)).status == "planned"
try:
    s.Event.model_validate_json(json.dumps({**row, "status": "planed"}))
except ValidationError:
    pass
else:
    raise SystemExit("an unknown status was accepted")
schema = s.json_schema("events")
assert schema["$id"].endswith(":events") and schema["version"] == s.SCHEMA_VERSION
assert s.table_schema("events")["primaryKey"] == ["event_id"]
assert "planned" in s.codelist("status").codes
print("ok", s.SCHEMA_VERSION)
"""


@pytest.mark.slow
def test_schema_package_installs_alone(tmp_path):
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        pytest.skip("uv is needed to create the throwaway environment")
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), str(ROOT / "schema")], check=True)
    frozen = subprocess.run([uv, "pip", "freeze", "--python", str(python)], check=True, capture_output=True, text=True)
    installed = {line.split("==")[0].split(" @ ")[0].lower().replace("_", "-") for line in frozen.stdout.splitlines() if line.strip()}
    assert installed - ALLOWED == set(), f"the schema package pulled in more than pydantic: {installed - ALLOWED}"
    assert "pydantic" in installed
    result = subprocess.run([str(python), "-c", CLIENT], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
