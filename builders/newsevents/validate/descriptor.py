"""Reading `datapackage.json`: readable, well-formed, one safe relative path per schema table."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..problems import Problem
from .spec import schema_version, table_schema, table_specs

DESCRIPTOR = "datapackage.json"
#: A descriptor is a few kilobytes; refuse to parse a runaway file.
MAX_DESCRIPTOR_BYTES = 20 * 1024 * 1024
_HASH = re.compile(r"^(?:(?P<algorithm>md5|sha1|sha256|sha512):)?(?P<digest>[0-9a-fA-F]+)$")
_DIGEST_LENGTH = {"md5": 32, "sha1": 40, "sha256": 64, "sha512": 128}


@dataclass(frozen=True)
class Resource:
    name: str
    path: Path
    display: str  # the path as the user sees it, relative to what they pointed at
    bytes: int | None
    hash_algorithm: str | None
    digest: str | None


@dataclass
class Package:
    folder: Path
    display: str  # how to show datapackage.json
    resources: dict[str, Resource]
    problems: list[Problem]


def _problem(display: str, message: str, rule: str = "descriptor", **more: Any) -> Problem:
    return Problem(display, message=message, rule=rule, **more)


def _located(display: str, text: str, position: int, message: str) -> Problem:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return Problem(display, line, column, message=message, rule="descriptor")


def _relative_path(value: Any) -> PurePosixPath | None:
    """The resource path when it is one relative path inside the package, else None."""
    if not isinstance(value, str) or not value or "\\" in value or "://" in value:
        return None
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts:
        return None
    return path


def _resource(raw: Any, index: int, package: Package, prefix: str) -> Resource | None:
    where = f"resources[{index}]"
    display = package.display
    if not isinstance(raw, dict):
        package.problems.append(_problem(display, f"{where} is not an object", field=where))
        return None
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        package.problems.append(_problem(display, f"{where} has no name", field=f"{where}.name"))
        return None
    path = _relative_path(raw.get("path"))
    if path is None:
        package.problems.append(_problem(
            display, f"resource {name!r} has path {raw.get('path')!r}", field=f"{where}.path",
            expected="one relative path inside the package folder (no '..', no URL)"))
        return None
    size = raw.get("bytes")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
        package.problems.append(_problem(display, f"resource {name!r} has bytes {size!r}", field=f"{where}.bytes",
                                         expected="a whole number of bytes"))
        size = None
    algorithm = digest = None
    declared = raw.get("hash")
    if declared is not None:
        match = _HASH.match(declared) if isinstance(declared, str) else None
        algorithm = (match["algorithm"] or "md5") if match else None
        if not match or len(match["digest"]) != _DIGEST_LENGTH[algorithm]:
            package.problems.append(_problem(display, f"resource {name!r} has hash {declared!r}", field=f"{where}.hash",
                                             expected="'sha256:' followed by 64 hex digits"))
            algorithm = None
        else:
            digest = match["digest"].lower()
    if size is None or digest is None:
        missing = " and ".join(k for k, v in (("bytes", size), ("hash", digest)) if v is None)
        package.problems.append(_problem(display, f"resource {name!r} gives no valid {missing}: its file cannot be "
                                         "checked for corruption", field=where, severity="warning"))
    return Resource(name, package.folder / Path(*path.parts), f"{prefix}{path}", size, algorithm, digest)


def read_descriptor(path: Path) -> Package:
    """The package at `path` (a folder holding datapackage.json, or the descriptor itself) and its problems."""
    if path.is_dir():
        folder, descriptor = path, path / DESCRIPTOR
    else:
        folder, descriptor = path.parent, path
    display = str(descriptor)
    prefix = "" if str(folder) in ("", ".") else f"{folder}/"
    package = Package(folder, display, {}, [])
    try:
        size = descriptor.stat().st_size
        if size > MAX_DESCRIPTOR_BYTES:
            package.problems.append(_problem(display, f"the descriptor is {size:,} bytes; at most "
                                             f"{MAX_DESCRIPTOR_BYTES:,} are accepted"))
            return package
        text = descriptor.read_bytes().decode("utf-8")
    except FileNotFoundError:
        package.problems.append(_problem(display, "no such file: a data package folder holds a datapackage.json",
                                         rule="file_missing"))
        return package
    except UnicodeDecodeError as error:
        package.problems.append(_problem(display, f"the descriptor is not UTF-8 (byte offset {error.start})"))
        return package
    except OSError as error:
        package.problems.append(_problem(display, f"cannot read the descriptor: {error.strerror or error}"))
        return package
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        package.problems.append(_located(display, text, error.pos, f"not valid JSON: {error.msg}"))
        return package
    except RecursionError:
        package.problems.append(_problem(display, "not valid JSON: nested too deeply"))
        return package
    if not isinstance(document, dict) or not isinstance(document.get("resources"), list):
        package.problems.append(_problem(display, "the descriptor has no list of resources",
                                         expected='an object with "resources": [...]'))
        return package
    _check_version(document, package)
    specs = table_specs()
    for index, raw in enumerate(document["resources"]):
        resource = _resource(raw, index, package, prefix)
        if resource is None:
            continue
        if resource.name in package.resources:
            package.problems.append(_problem(display, f"two resources are named {resource.name!r}",
                                             field=f"resources[{index}].name"))
        elif resource.name not in specs:
            package.problems.append(_problem(
                display, f"resource {resource.name!r} is not a table of newsevents-schema {schema_version()}",
                field=f"resources[{index}].name", expected=", ".join(specs)))
        else:
            package.resources[resource.name] = resource
            if raw.get("schema") is not None and raw.get("schema") != table_schema(resource.name) and _same_version(document):
                package.problems.append(_problem(
                    display, f"resource {resource.name!r} embeds a table schema that differs from newsevents-schema "
                    f"{schema_version()}'s", field=f"resources[{index}].schema",
                    expected="the schema `newsevents schema generate` writes"))
    for name in specs:
        if name not in package.resources and not any(
                isinstance(r, dict) and r.get("name") == name for r in document["resources"]):
            package.problems.append(_problem(display, f"no resource for table {name!r}", field="resources"))
    return package


def _declared_version(document: dict[str, Any]) -> Any:
    meta = document.get("newsevents")
    return meta.get("schema_version") if isinstance(meta, dict) else None


def _same_version(document: dict[str, Any]) -> bool:
    return _declared_version(document) in (None, schema_version())


def _check_version(document: dict[str, Any], package: Package) -> None:
    declared = _declared_version(document)
    if declared is not None and declared != schema_version():
        package.problems.append(_problem(
            package.display, f"the package was built with schema {declared}; validating with the installed "
            f"{schema_version()}", field="newsevents.schema_version", rule="schema_version", severity="warning"))
