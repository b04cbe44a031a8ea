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


def _here(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, tuple[int, int]], seen: set[int], file: str,
          loader: yaml.SafeLoader) -> None:
    if id(node) in seen:
        raise InputError([Problem(file, node.start_mark.line + 1, node.start_mark.column + 1,
                                  message="YAML anchors and aliases are not allowed in curation files", rule="yaml_alias")])
    seen.add(id(node))
    lines.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.ScalarNode):
        try:  # construct each value here, where its line is known (impossible dates, huge numbers ...)
            loader.construct_object(node)
        except (ValueError, TypeError, OverflowError, yaml.constructor.ConstructorError) as error:
            message = getattr(error, "problem", None) or str(error)
            rule = "yaml_tag" if isinstance(error, yaml.constructor.ConstructorError) else "yaml_value"
            raise InputError([Problem(file, *_here(node), field=".".join(map(str, path)),
                                      message=f"YAML value not allowed: {message}", rule=rule)]) from None
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise InputError([Problem(file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                          message="YAML merge keys (<<) are not allowed in curation files",
                                          rule="yaml_merge_key")])
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError([Problem(file, *_here(key_node), message="a mapping key must be plain text",
                                          rule="yaml_value")])
            key = key_node.value
            if key in keys:
                raise InputError([Problem(file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                          field=".".join(map(str, (*path, key))), message=f"duplicate key {key!r}",
                                          rule="duplicate_key")])
            keys.add(key)
            lines[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, (*path, key), lines, seen, file, loader)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, seen, file, loader)


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Parse one YAML document of plain data, with positions; raise InputError on anything else."""
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as error:  # control characters are refused before parsing starts
        line = text[: error.position].count("\n") + 1
        raise InputError([Problem(file, line, message=f"invalid YAML: {error.reason}: character #x{error.character:04x}",
                                  rule="yaml_syntax")]) from None
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
            raise InputError([Problem(file, line, column, message=f"invalid YAML: {error.problem or error}",
                                      rule="yaml_syntax")]) from None
        except yaml.YAMLError as error:
            raise InputError([Problem(file, message=f"invalid YAML: {error}", rule="yaml_syntax")]) from None
        except RecursionError:
            raise InputError([Problem(file, message="the YAML is nested too deeply", rule="too_deep")]) from None
        if node is None:
            raise InputError([Problem(file, 1, message="the file is empty", expected="a YAML mapping")])
        lines: dict[Path_, tuple[int, int]] = {}
        try:
            _walk(node, (), lines, set(), file, loader)
            data = loader.construct_document(node)
        except yaml.constructor.ConstructorError as error:
            mark = error.problem_mark
            raise InputError([Problem(file, mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                                      message=f"YAML value not allowed: {error.problem}",
                                      expected="plain data (no tags that construct objects)", rule="yaml_tag")]) from None
        except RecursionError:
            raise InputError([Problem(file, message="the YAML is nested too deeply", rule="too_deep")]) from None
        except (ValueError, TypeError, OverflowError) as error:
            # impossible dates (2023-02-30), huge integers, lists used as keys ...
            raise InputError([Problem(file, message=f"YAML value not allowed: {error}", rule="yaml_value")]) from None
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
