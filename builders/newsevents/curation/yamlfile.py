"""Safe YAML for contributor files: plain data only, with the line of every value kept.

Refused with a located message: anchors and aliases (no "billion laughs"), tags that would
construct objects, duplicate keys, non-UTF-8 bytes and files over `MAX_YAML_BYTES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..problems import InputError, Problem

MAX_YAML_BYTES = 10 * 1024 * 1024
Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDocument:
    file: str
    data: Any
    lines: dict[Path_, tuple[int, int]]

    def position(self, path: Path_) -> tuple[int | None, int | None]:
        """1-based line and column of the value at `path`, or of its nearest located parent."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        line, column = self.lines.get(path, (None, None))
        return line, column


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, tuple[int, int]], seen: set[int], file: str) -> None:
    if id(node) in seen:
        raise InputError([Problem(file, node.start_mark.line + 1, node.start_mark.column + 1,
                                  message="YAML anchors and aliases are not allowed in curation files")])
    seen.add(id(node))
    lines.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise InputError([Problem(file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                          message="YAML merge keys (<<) are not allowed in curation files")])
            key = key_node.value
            if key in keys:
                raise InputError([Problem(file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                          field=".".join(map(str, (*path, key))), message=f"duplicate key {key!r}")])
            keys.add(key)
            lines[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, (*path, key), lines, seen, file)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, seen, file)


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Parse one YAML document of plain data, with positions; raise InputError on anything else."""
    loader = yaml.SafeLoader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
            raise InputError([Problem(file, line, column, message=f"invalid YAML: {error.problem or error}")]) from None
        except yaml.YAMLError as error:
            raise InputError([Problem(file, message=f"invalid YAML: {error}")]) from None
        if node is None:
            raise InputError([Problem(file, 1, message="the file is empty", expected="a YAML mapping")])
        lines: dict[Path_, tuple[int, int]] = {}
        _walk(node, (), lines, set(), file)
        try:
            data = loader.construct_document(node)
        except yaml.constructor.ConstructorError as error:
            mark = error.problem_mark
            raise InputError([Problem(file, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                                      message=f"YAML value not allowed: {error.problem}",
                                      expected="plain data (no tags that construct objects)")]) from None
    finally:
        loader.dispose()
    return YamlDocument(file, data, lines)


def read_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Read and parse a YAML file; `display` is the name used in messages (a repository-relative path)."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise InputError([Problem(name, message=f"the file is {size:,} bytes; at most {MAX_YAML_BYTES:,} are accepted")])
        data = path.read_bytes()
    except OSError as error:
        raise InputError([Problem(name, message=f"cannot read the file: {error.strerror}")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError([Problem(name, line, message=f"the file is not UTF-8 (byte 0x{data[error.start]:02x})")]) from None
    return parse_yaml(text, name)
