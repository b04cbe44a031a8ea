"""Curation files contributed by hand: `seeds/actors.yaml`, `seeds/locations.yaml`, `seeds/<article>.yaml`.

Each file is checked against its curation model, every problem located by line and column. When
the file sits in a seeds folder (next to the registries and, for a reading, its article), the
build's own cross-file checks run on it too (`build.rows.make_rows`: spans against the article
text, ids resolving, keys unique), so a contribution that validates is one the build accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from newsevents_schema.curation import ActorRegistry, ArticleReading, LocationRegistry
from pydantic import BaseModel, ValidationError

from ..article import ArticleError, read_article
from ..build.rows import make_rows
from ..build.run import drafts_for
from ..build.seeds import ACTORS_FILE, LOCATIONS_FILE, SeedArticle, Seeds
from ..curation.load import problems_from
from ..curation.yamlfile import MAX_YAML_BYTES, YamlDocument, parse_yaml
from ..problems import InputError, Problem
from .records import read_text
from .suggest import closest, code_warnings, with_suggestions

#: The registries, by the first part of a file name (`actors.yaml`, `actors.draft.yaml`).
REGISTRY_MODELS: dict[str, type[BaseModel]] = {"actors": ActorRegistry, "locations": LocationRegistry}
#: The rule of a cross-file problem the build reports without naming one.
CROSS_FILE = "cross_file"

#: yamlfile.py's refusals, by the start of their message -> the rule they break.
_YAML_RULES = (
    ("invalid YAML", "yaml_syntax"),
    ("YAML anchors and aliases", "yaml_alias"),
    ("YAML merge keys", "yaml_merge_key"),
    ("YAML value not allowed", "yaml_tag"),
    ("duplicate key", "duplicate_key"),
    ("the file is empty", "empty"),
)
_UNKNOWN_ID = re.compile(r"^(?P<value>\S+) is not a known (?P<table>\w+) id$")


@dataclass(frozen=True)
class Checked:
    """One curation file: its problems, and the validated model with its document when it is valid."""

    problems: list[Problem]
    value: BaseModel | None = None
    document: YamlDocument | None = None


def curation_model(file_name: str) -> type[BaseModel]:
    return REGISTRY_MODELS.get(file_name.split(".")[0], ArticleReading)


def _with_rule(problem: Problem) -> Problem:
    if problem.rule:
        return problem
    rule = next((rule for start, rule in _YAML_RULES if problem.message.startswith(start)), "yaml_syntax")
    return replace(problem, rule=rule)


def _parse(text: str, display: str) -> YamlDocument:
    """yamlfile's safe parse, every refusal carrying the rule it breaks."""
    try:
        return parse_yaml(text, display)
    except InputError as error:
        raise InputError([_with_rule(problem) for problem in error.problems]) from None


def check_file(path: Path, display: str) -> Checked:
    """Parse one curation file safely and validate it against its model (by file name)."""
    try:
        document = _parse(read_text(path, display, MAX_YAML_BYTES), display)
    except InputError as error:
        return Checked(error.problems)
    model = curation_model(path.name)
    if not isinstance(document.data, dict):
        return Checked([Problem(display, 1, 1, message="the top level must be a mapping",
                                expected=f"the fields of {model.__name__}", rule="yaml_shape")])
    warnings = code_warnings(model, document.data, document.position, display)
    try:
        value = model.model_validate(document.data)
    except ValidationError as error:
        errors = error.errors(include_url=False)
        return Checked(with_suggestions(problems_from(error, document, display), errors, model) + warnings)
    return Checked(warnings, value, document)


def _display(folder_display: str, name: str) -> str:
    return str(Path(folder_display) / name)


@dataclass
class _Folder:
    """A seeds folder's files as this run sees them: the checked ones, and the ones read for context."""

    path: Path
    display: str
    checked: dict[str, Checked]

    def get(self, name: str) -> Checked:
        if name not in self.checked:
            self.checked[name] = check_file(self.path / name, _display(self.display, name))
        return self.checked[name]


def _build_checks(seeds: Seeds) -> list[Problem]:
    """The build's checks of validated seeds (`make_rows`), with a did-you-mean for ids that do not resolve."""
    try:
        make_rows(seeds, drafts_for(seeds) if seeds.articles else None)
    except InputError as error:
        known = {
            "actors": [entry.actor_id for entry in seeds.actors.actors],
            "locations": [entry.location_id for entry in seeds.locations.locations],
        }
        found = []
        for problem in error.problems:
            match = _UNKNOWN_ID.match(problem.message)
            hint = closest(match["value"], known.get(match["table"], ())) if match else None
            found.append(replace(problem, rule=problem.rule or CROSS_FILE, suggestion=hint or problem.suggestion))
        return found
    return []


def _registry_alone(path: Path, checked: Checked) -> list[Problem]:
    """A registry outside a seeds folder still gets the build's checks that need nothing else: the table
    models' row rules, unique ids, affiliations resolving, real country codes."""
    nothing = YamlDocument("", {}, {})
    if isinstance(checked.value, ActorRegistry):
        seeds = Seeds(path.parent, checked.value, checked.document, LocationRegistry(locations=[]), nothing, ())  # type: ignore[arg-type]
    elif isinstance(checked.value, LocationRegistry):
        seeds = Seeds(path.parent, ActorRegistry(actors=[]), nothing, checked.value, checked.document, ())  # type: ignore[arg-type]
    else:
        return []
    return _build_checks(seeds)


def _cross_file(folder: _Folder, requested: set[str], whole: bool) -> list[Problem]:
    """The build's cross-file checks on the requested files (every seed file when `whole`)."""
    problems: list[Problem] = []
    registries = {}
    for name in (ACTORS_FILE, LOCATIONS_FILE):
        display = _display(folder.display, name)
        if not (folder.path / name).exists():
            problems.append(Problem(display, message="missing registry file", expected="a registry next to the readings",
                                    rule=CROSS_FILE))
            continue
        checked = folder.get(name)
        if checked.value is None and name not in requested:
            problems.append(Problem(display, severity="warning", rule=CROSS_FILE,
                                    message=f"cross-file checks skipped: {display} has errors (validate it too)"))
        registries[name] = checked
    if problems or any(checked.value is None for checked in registries.values()):
        return problems
    everything = whole or bool(requested & {ACTORS_FILE, LOCATIONS_FILE})
    stems = {Path(name).stem for name in requested if name.endswith(".yaml") and name not in (ACTORS_FILE, LOCATIONS_FILE)}
    if everything:
        stems |= {path.stem for path in folder.path.glob("*.yaml") if path.name not in (ACTORS_FILE, LOCATIONS_FILE)}
        if whole:
            stems |= {path.stem for path in folder.path.glob("*.txt")}
    articles = []
    for stem in sorted(stems):
        reading_name, text_path = f"{stem}.yaml", folder.path / f"{stem}.txt"
        reading_display = _display(folder.display, reading_name)
        if not text_path.exists():
            problems.append(Problem(reading_display, message=f"no article {text_path.name} for this reading",
                                    expected=f"the article's text in {_display(folder.display, text_path.name)}",
                                    rule=CROSS_FILE))
            continue
        try:
            article = read_article(text_path)
        except ArticleError as error:
            problems.append(Problem(_display(folder.display, text_path.name), error.line, message=error.message,
                                    rule="article"))
            continue
        if not (folder.path / reading_name).exists():
            articles.append(SeedArticle(article, None, None, reading_display))
            continue
        reading = folder.get(reading_name)
        if reading.value is not None:
            articles.append(SeedArticle(article, reading.value, reading.document, reading_display))  # type: ignore[arg-type]
    actors, locations = registries[ACTORS_FILE], registries[LOCATIONS_FILE]
    problems += _build_checks(Seeds(folder.path, actors.value, actors.document,  # type: ignore[arg-type]
                                    locations.value, locations.document, tuple(articles)))  # type: ignore[arg-type]
    if not everything:
        shown = {_display(folder.display, name) for name in requested}
        problems = [problem for problem in problems if problem.file in shown]
    return problems


def is_seeds_folder(folder: Path) -> bool:
    """Whether `folder` is where the build reads seeds: both registries, or one of them and articles.

    Its readings are then checked against the registries and their articles, as the build would.
    """
    registries = [(folder / name).exists() for name in (ACTORS_FILE, LOCATIONS_FILE)]
    return all(registries) or (any(registries) and any(folder.glob("*.txt")))


def validate_curation(files: Iterable[tuple[Path, str]], whole_folders: Iterable[Path] = ()) -> list[Problem]:
    """Every problem of the given curation files (path, display name), plus the cross-file checks of
    the seeds folders they sit in; a folder in `whole_folders` is checked as the build would, entirely.
    """
    whole = {folder.resolve() for folder in whole_folders}
    folders: dict[Path, _Folder] = {}
    requested: dict[Path, set[str]] = {}
    problems: list[Problem] = []
    for path, display in files:
        checked = check_file(path, display)
        problems += checked.problems
        key = path.parent.resolve()
        folder = folders.setdefault(key, _Folder(path.parent, str(Path(display).parent), {}))
        folder.checked[path.name] = checked
        requested.setdefault(key, set()).add(path.name)
    for key, folder in folders.items():
        seeds_folder = is_seeds_folder(folder.path)
        if seeds_folder:
            problems += _cross_file(folder, requested[key], key in whole)
        for name in sorted(requested[key]):
            if not (seeds_folder and name in (ACTORS_FILE, LOCATIONS_FILE)):
                problems += _registry_alone(folder.path / name, folder.checked[name])
    return list(dict.fromkeys(problems))
