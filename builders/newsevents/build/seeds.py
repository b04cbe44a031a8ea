"""Load step: the articles, their curated readings and the shared entity registries from `seeds/`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsevents_schema.curation import ActorRegistry, ArticleReading, LocationRegistry

from ..article import Article, ArticleError, read_article
from ..curation.load import load_file
from ..curation.yamlfile import YamlDocument
from ..problems import InputError, Problem
from ..validate.suggest import code_warnings

ACTORS_FILE = "actors.yaml"
LOCATIONS_FILE = "locations.yaml"
REGISTRIES = {ACTORS_FILE, LOCATIONS_FILE}


@dataclass(frozen=True)
class SeedArticle:
    article: Article
    reading: ArticleReading | None
    document: YamlDocument | None
    display: str  # the reading's file name as shown in messages


@dataclass(frozen=True)
class Seeds:
    root: Path
    actors: ActorRegistry
    actors_doc: YamlDocument
    locations: LocationRegistry
    locations_doc: YamlDocument
    articles: tuple[SeedArticle, ...]
    #: deprecated codes and fields, codes an open codelist does not list yet: reported, not fatal
    warnings: tuple[Problem, ...] = ()


def _display(root: Path, path: Path) -> str:
    return f"{root.name}/{path.relative_to(root)}"


def load_seeds(root: Path) -> Seeds:
    """Read every seed file; collect all problems before failing, so one run shows them all."""
    problems: list[Problem] = []
    if not root.is_dir():
        raise InputError([Problem(str(root), message="the seeds folder does not exist")])

    warnings: list[Problem] = []

    def guarded(load, *args):
        try:
            return load(*args)
        except InputError as error:
            problems.extend(error.problems)
        except ArticleError as error:
            problems.append(Problem(error.path, error.line, message=error.message))
        return None

    def curation_file(path: Path, model, display: str):
        """A valid curation file may still say what should change (a deprecated code): note it."""
        value, document = load_file(path, model, display)
        warnings.extend(code_warnings(model, document.data, document.position, display))
        return value, document

    registries = {}
    for name, model in ((ACTORS_FILE, ActorRegistry), (LOCATIONS_FILE, LocationRegistry)):
        path = root / name
        if not path.exists():
            problems.append(Problem(_display(root, path), message="missing registry file"))
            continue
        registries[name] = guarded(curation_file, path, model, _display(root, path))

    articles = []
    texts = sorted(root.glob("*.txt"))
    for path in texts:
        article = guarded(read_article, path, None)
        reading_path = path.with_suffix(".yaml")
        loaded = None
        if reading_path.exists():
            loaded = guarded(curation_file, reading_path, ArticleReading, _display(root, reading_path))
        if article is not None:
            reading, document = loaded if loaded else (None, None)
            articles.append(SeedArticle(article, reading, document, _display(root, reading_path)))
    for path in sorted(root.glob("*.yaml")):
        if path.name not in REGISTRIES and not path.with_suffix(".txt").exists():
            problems.append(Problem(_display(root, path), message=f"no article {path.with_suffix('.txt').name} for this reading"))
    if problems:
        raise InputError(problems)
    (actors, actors_doc), (locations, locations_doc) = registries[ACTORS_FILE], registries[LOCATIONS_FILE]
    return Seeds(root, actors, actors_doc, locations, locations_doc, tuple(articles), tuple(warnings))
