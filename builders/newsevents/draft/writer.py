"""Rendering a reading as curator-friendly YAML (spans on one line) or as JSON for tools."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml
from newsevents_schema.curation import ArticleReading

#: Mappings with only these keys are written on one line: {start: 17, end: 23, text: Russia}.
_FLOW_KEYS = {"start", "end", "text"}


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # curation files refuse anchors and aliases


class _Flow(dict):
    pass


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_dict(dumper: yaml.SafeDumper, data: dict) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=False)


_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(dict, _represent_dict)


def _shape(value: Any) -> Any:
    """Drop empty values and mark span-like mappings for one-line output."""
    if isinstance(value, dict):
        shaped = {k: _shape(v) for k, v in value.items() if v not in (None, [], {})}
        return _Flow(shaped) if set(shaped) and set(shaped) <= _FLOW_KEYS | {"candidate", "review", "rule_id", "actor_id",
                                                                          "location_id", "role"} and "text" in shaped else shaped
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return value


def _plain(reading: ArticleReading) -> dict[str, Any]:
    return reading.model_dump(mode="python", exclude_defaults=False)


def to_yaml(reading: ArticleReading, header: str = "") -> str:
    body = yaml.dump(_shape(_plain(reading)), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    return (header + body) if header else body


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))


def to_json(reading: ArticleReading) -> str:
    return json.dumps(reading.model_dump(mode="json"), indent=2, ensure_ascii=False, default=_default) + "\n"
