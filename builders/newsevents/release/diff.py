"""Row-level differences between two data packages: rows added, removed and changed, by primary key.

Each table is compared with vectorised Arrow operations: only the key columns (plus a row number)
go through a hash join; the other columns are gathered by row number and compared column by
column, so a million-row table takes about a second. Python objects are made only for the rows a
report shows (`TableDiff.row_changes(limit)`). Packages are folders holding `datapackage.json`;
`package_at` also extracts `dataset/` from a git revision, so releases can be compared by tag.
Rows are matched by the primary key the schema's table models declare (the descriptor's
`primaryKey` only for a table the schema does not know).
"""

from __future__ import annotations

import json
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from newsevents_schema.tables import TABLES_BY_NAME

DESCRIPTOR = "datapackage.json"
WORKTREE = "WORKTREE"  # names the package folder of the working tree, as git would not
_OLD_ROW, _NEW_ROW = "__newsevents_old_row", "__newsevents_new_row"


class DiffError(ValueError):
    """Two packages cannot be compared (a missing descriptor, an unknown revision, duplicate keys)."""


@dataclass(frozen=True)
class PackageInfo:
    label: str  # as the user named it: a folder or a git revision
    folder: Path
    version: str | None  # the dataset's SemVer (datapackage.json `version`)
    schema_version: str | None  # datapackage.json `newsevents.schema_version`
    resources: dict[str, dict[str, Any]]  # by resource name


@dataclass(frozen=True)
class FieldChange:
    name: str
    before: Any
    after: Any


@dataclass(frozen=True)
class RowChange:
    key: tuple[Any, ...]
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ColumnChanges:
    """How a table's columns differ (the rows are compared on the columns both sides have)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    retyped: tuple[tuple[str, str, str], ...] = ()  # (name, old type, new type)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.retyped)


@dataclass(frozen=True)
class TableDiff:
    """One table's differences; `status` is `same`, `changed`, `added` (new table) or `removed`."""

    name: str
    primary_key: tuple[str, ...]
    status: str
    old_rows: int
    new_rows: int
    added: pa.Table  # the new rows, sorted by key
    removed: pa.Table  # the old rows, sorted by key
    changed_before: pa.Table  # changed rows as they were, sorted by key ...
    changed_after: pa.Table  # ... and as they are, aligned with changed_before
    columns: ColumnChanges = ColumnChanges()

    @property
    def has_differences(self) -> bool:
        return self.status != "same"

    def keys(self, rows: pa.Table, limit: int | None = None) -> list[tuple[Any, ...]]:
        """The primary keys of `rows` (one of `added`, `removed`, `changed_after`), at most `limit`."""
        rows = rows if limit is None else rows.slice(0, limit)
        values = [rows.column(name).to_pylist() for name in self.primary_key]
        return list(zip(*values, strict=True))

    def row_changes(self, limit: int | None = None) -> list[RowChange]:
        """The changed rows, each with the fields whose values differ, before and after."""
        before = self.changed_before if limit is None else self.changed_before.slice(0, limit)
        after = self.changed_after if limit is None else self.changed_after.slice(0, limit)
        names = [name for name in after.column_names if name not in self.primary_key and name in before.column_names]
        differing = {name: _differs(before.column(name), after.column(name)).to_pylist() for name in names}
        olds = {name: before.column(name).to_pylist() for name in names}
        news = {name: after.column(name).to_pylist() for name in names}
        result = []
        for index, key in enumerate(self.keys(after)):
            fields = tuple(
                FieldChange(name, olds[name][index], news[name][index]) for name in names if differing[name][index]
            )
            result.append(RowChange(key, fields))
        return result


@dataclass(frozen=True)
class PackageDiff:
    old: PackageInfo
    new: PackageInfo
    tables: tuple[TableDiff, ...]

    @property
    def version_changed(self) -> bool:
        return self.old.version != self.new.version

    @property
    def schema_version_changed(self) -> bool:
        return self.old.schema_version != self.new.schema_version

    @property
    def has_differences(self) -> bool:
        """Any row or column difference; a version change alone counts as well."""
        return self.version_changed or self.schema_version_changed or any(t.has_differences for t in self.tables)


def read_package(folder: Path, label: str | None = None) -> PackageInfo:
    descriptor_path = folder / DESCRIPTOR
    if not descriptor_path.is_file():
        raise DiffError(f"{label or folder}: no {DESCRIPTOR} (not a data package folder)")
    try:
        document = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DiffError(f"{label or folder}: {DESCRIPTOR} is not valid JSON: {error}") from None
    extension = document.get("newsevents") or {}
    return PackageInfo(
        label=label or str(folder),
        folder=folder,
        version=document.get("version"),
        schema_version=extension.get("schema_version"),
        resources={resource["name"]: resource for resource in document.get("resources", [])},
    )


def git_toplevel(start: Path) -> Path:
    result = subprocess.run(["git", "-C", str(start), "rev-parse", "--show-toplevel"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise DiffError(f"{start} is not inside a git repository: {result.stderr.strip()}")
    return Path(result.stdout.strip())


def extract_revision(repo: Path, revision: str, path: str, target: Path) -> Path:
    """Write the tree `path` of `revision` (or the tree a `REV:PATH` argument names) into `target`."""
    tree = revision if ":" in revision else f"{revision}:{path}"
    commit = tree.split(":", 1)[0]
    check = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"],
                           capture_output=True, text=True)
    if check.returncode != 0:
        raise DiffError(f"{revision!r} is neither a package folder nor a git revision of {repo}")
    target.mkdir(parents=True, exist_ok=True)
    with subprocess.Popen(["git", "-C", str(repo), "archive", "--format=tar", tree],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as archive:
        try:  # streamed: the package never sits in memory as one archive
            with tarfile.open(fileobj=archive.stdout, mode="r|") as tar:
                tar.extractall(target, filter="data")
        except tarfile.ReadError:
            pass  # git wrote nothing: its message follows
        archive.stdout.close()  # git never blocks on a pipe nobody reads
        error = archive.stderr.read().decode("utf-8", "replace").strip()
    if archive.returncode != 0:
        raise DiffError(f"{revision}: cannot read {tree!r} from git: {error}")
    return target


def package_at(argument: str, scratch: Path, *, repo: Path | None = None, path: str = "dataset") -> PackageInfo:
    """A package named on the command line: an existing folder, `WORKTREE` (the working tree's `path`),
    else a git revision (`v1.0.0`, `HEAD~1`, or `REV:some/folder`) whose `path` is extracted into `scratch`."""
    folder = Path(argument)
    if folder.is_dir():
        return read_package(folder, argument)
    try:
        top = git_toplevel(repo or Path.cwd())
    except DiffError as error:
        raise DiffError(f"{argument!r} is not a package folder, and git revisions cannot be read: {error}") from None
    if argument == WORKTREE:
        return read_package(top / path, argument)
    extracted = extract_revision(top, argument, path, scratch)
    return read_package(extracted, argument)


def _differs(before: pa.ChunkedArray, after: pa.ChunkedArray) -> pa.ChunkedArray:
    """True where two aligned columns differ; two nulls (or two NaNs) are equal."""
    if before.type != after.type:
        before, after = pc.cast(before, pa.string()), pc.cast(after, pa.string())
    both_null = pc.and_(pc.is_null(before), pc.is_null(after))
    if pa.types.is_floating(after.type):
        both_null = pc.or_kleene(both_null, pc.and_kleene(pc.is_nan(before), pc.is_nan(after)))
    unequal = pc.fill_null(pc.not_equal(before, after), True)
    return pc.and_(unequal, pc.invert(pc.fill_null(both_null, False)))


def _sorted(table: pa.Table, key: tuple[str, ...]) -> pa.Table:
    return table.sort_by([(name, "ascending") for name in key]) if table.num_rows else table


def _read(package: PackageInfo, name: str) -> pa.Table:
    return pq.read_table(package.folder / package.resources[name]["path"])


def _row_count(package: PackageInfo, name: str) -> int:
    return pq.read_metadata(package.folder / package.resources[name]["path"]).num_rows


def _declared_key(package: PackageInfo, name: str) -> tuple[str, ...]:
    """The schema model's primary key; the descriptor's for a table the schema does not define."""
    if name in TABLES_BY_NAME:
        return tuple(TABLES_BY_NAME[name].primary_key)
    return tuple((package.resources[name].get("schema") or {}).get("primaryKey") or ())


def _primary_key(old: PackageInfo, new: PackageInfo, name: str, columns: set[str]) -> tuple[str, ...]:
    """The primary key to match rows by; the old descriptor's when the current key's columns are not on both sides."""
    for key in (_declared_key(new, name), tuple((old.resources[name].get("schema") or {}).get("primaryKey") or ())):
        if key and set(key) <= columns:
            return key
    raise DiffError(f"{name}: no primary key that both packages' columns have; rows cannot be matched")


def _empty_like(table: pa.Table) -> pa.Table:
    return table.slice(0, 0)


def _whole_table(package: PackageInfo, name: str, status: str) -> TableDiff:
    """A table only one package has: every row is added (or removed)."""
    table = _read(package, name)
    key = tuple(k for k in _declared_key(package, name) if k in table.column_names) or tuple(table.column_names[:1])
    rows = _sorted(table, key)
    empty = _empty_like(table)
    added, removed = (rows, empty) if status == "added" else (empty, rows)
    return TableDiff(name, key, status, removed.num_rows, added.num_rows, added, removed, empty, empty)


def _column_changes(old: pa.Schema, new: pa.Schema) -> ColumnChanges:
    old_types = {field.name: field.type for field in old}
    new_types = {field.name: field.type for field in new}
    return ColumnChanges(
        added=tuple(name for name in new_types if name not in old_types),
        removed=tuple(name for name in old_types if name not in new_types),
        retyped=tuple((name, str(old_types[name]), str(kind)) for name, kind in new_types.items()
                      if name in old_types and old_types[name] != kind),
    )


def _row_numbers(count: int) -> pa.Array:
    """0, 1, ... count-1, made by Arrow rather than by a Python loop."""
    return pc.indices_nonzero(pa.nulls(count, pa.bool_()).fill_null(True))


def diff_tables(name: str, old: pa.Table, new: pa.Table, primary_key: tuple[str, ...]) -> TableDiff:
    """Compare two versions of one table by `primary_key` (which both must have)."""
    columns = _column_changes(old.schema, new.schema)
    key_types_differ = any(old.schema.field(k).type != new.schema.field(k).type for k in primary_key)
    old_keys = old.select(list(primary_key))
    new_keys = new.select(list(primary_key))
    if key_types_differ:
        old_keys = pa.table({k: pc.cast(old_keys.column(k), pa.string()) for k in primary_key})
        new_keys = pa.table({k: pc.cast(new_keys.column(k), pa.string()) for k in primary_key})
    old_keys = old_keys.append_column(_OLD_ROW, _row_numbers(old.num_rows))
    new_keys = new_keys.append_column(_NEW_ROW, _row_numbers(new.num_rows))
    joined = old_keys.join(new_keys, keys=list(primary_key), join_type="full outer", use_threads=True)
    old_row, new_row = joined.column(_OLD_ROW), joined.column(_NEW_ROW)
    matched = pc.and_(pc.is_valid(old_row), pc.is_valid(new_row))
    removed_rows = pc.filter(old_row, pc.is_null(new_row))
    added_rows = pc.filter(new_row, pc.is_null(old_row))
    pairs_old, pairs_new = pc.filter(old_row, matched), pc.filter(new_row, matched)
    if len(pairs_old) + len(added_rows) != new.num_rows or len(pairs_old) + len(removed_rows) != old.num_rows:
        raise DiffError(f"{name}: duplicate primary keys ({', '.join(primary_key)}); validate the packages first")
    # In old-row order, gathering reads memory nearly sequentially (both files are sorted the same way).
    order = pc.sort_indices(pairs_old)
    pairs_old, pairs_new = pairs_old.take(order), pairs_new.take(order)
    aligned = old.num_rows == new.num_rows == len(pairs_old) and pc.all(pc.equal(pairs_old, pairs_new)).as_py()

    shared = [n for n in new.column_names if n in old.column_names and n not in primary_key]

    def column_differs(column: str) -> pa.ChunkedArray:
        if aligned:  # same keys in the same order: compare in place, nothing to gather
            return _differs(old.column(column), new.column(column))
        return _differs(old.column(column).take(pairs_old), new.column(column).take(pairs_new))

    # Column by column: one column's gathered copy exists at a time; only changed rows are gathered whole.
    changed = pa.chunked_array([pa.nulls(len(pairs_old), pa.bool_()).fill_null(False)])
    for column in shared:
        changed = pc.or_(changed, column_differs(column))
    changed_after = new.take(pc.filter(pairs_new, changed))
    by_key = pc.sort_indices(changed_after, sort_keys=[(k, "ascending") for k in primary_key])
    changed_after = changed_after.take(by_key)  # the same order for both sides, even if key types differ
    changed_before = old.take(pc.filter(pairs_old, changed).take(by_key))
    added = _sorted(new.take(added_rows), primary_key)
    removed = _sorted(old.take(removed_rows), primary_key)
    different = added.num_rows or removed.num_rows or changed_after.num_rows or columns
    return TableDiff(name, primary_key, "changed" if different else "same", old.num_rows, new.num_rows,
                     added, removed, changed_before, changed_after, columns)


def _same_file(old: PackageInfo, new: PackageInfo, name: str) -> bool:
    old_hash, new_hash = old.resources[name].get("hash"), new.resources[name].get("hash")
    return bool(old_hash) and old_hash == new_hash


def _unchanged(old: PackageInfo, name: str) -> TableDiff:
    schema = pq.read_schema(old.folder / old.resources[name]["path"])
    empty = schema.empty_table()
    key = _declared_key(old, name)
    count = _row_count(old, name)
    return TableDiff(name, key, "same", count, count, empty, empty, empty, empty)


def diff_packages(old: PackageInfo, new: PackageInfo) -> PackageDiff:
    """Every table of either package, in the new package's resource order (then removed tables)."""
    names = list(new.resources) + [name for name in old.resources if name not in new.resources]
    tables = []
    for name in names:
        if name not in old.resources:
            tables.append(_whole_table(new, name, "added"))
        elif name not in new.resources:
            tables.append(_whole_table(old, name, "removed"))
        elif _same_file(old, new, name):  # byte-identical files (same sha256): nothing to read
            tables.append(_unchanged(old, name))
        else:
            old_table, new_table = _read(old, name), _read(new, name)
            shared = set(old_table.column_names) & set(new_table.column_names)
            tables.append(diff_tables(name, old_table, new_table, _primary_key(old, new, name, shared)))
    return PackageDiff(old, new, tuple(tables))
