"""Curation files: their models with line and column, then the build's own cross-file checks in a seeds folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from newsevents.build.rows import make_rows
from newsevents.build.seeds import load_seeds
from newsevents.problems import InputError
from newsevents.validate.contributions import check_file, curation_model, is_seeds_folder, validate_curation
from newsevents_schema.curation import ActorRegistry, ArticleReading, LocationRegistry

VALID_SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "valid" / "seeds"
CHILE = "101_chile_argentina_visit"
KENYA = "102_nairobi_arrests"


@pytest.fixture
def seeds(tmp_path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(VALID_SEEDS, target)
    return target


def edit(path: Path, old: str, new: str) -> int:
    """Replace `old` once; return the line it stood on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def validate(*paths: Path, whole: tuple[Path, ...] = ()):
    return validate_curation([(p, str(p)) for p in paths], whole)


def errors(problems):
    return [p for p in problems if p.severity == "error"]


def test_the_model_is_told_by_the_file_name():
    assert curation_model("actors.yaml") is ActorRegistry
    assert curation_model("locations.fix.yaml") is LocationRegistry
    assert curation_model("101_chile_argentina_visit.yaml") is ArticleReading


def test_valid_seeds_pass_file_by_file_and_as_a_folder(seeds):
    files = sorted(seeds.glob("*.yaml"))
    assert validate(*files) == []
    assert validate(*files, whole=(seeds,)) == []
    assert is_seeds_folder(seeds)


def test_model_problems_carry_line_column_and_suggestion(seeds):
    reading = seeds / f"{CHILE}.yaml"
    line = edit(reading, "status: planned", "status: planed")
    (problem,) = check_file(reading, "seeds/r.yaml").problems
    assert (problem.file, problem.line, problem.column) == ("seeds/r.yaml", line, 3)  # the key of the value
    assert problem.field == "events.0.status" and problem.suggestion == "planned"


def test_a_misspelt_field_gets_the_right_name_suggested(seeds):
    line = edit(seeds / "actors.yaml", "  office: President", "  offise: President")
    (problem,) = check_file(seeds / "actors.yaml", "actors.yaml").problems
    assert (problem.line, problem.rule, problem.suggestion) == (line, "extra_forbidden", "office")


def test_a_span_that_is_not_the_article_text_is_located(seeds):
    reading = seeds / f"{KENYA}.yaml"
    line = edit(reading, "{start: 76, end: 83, text: Nairobi", "{start: 75, end: 82, text: Nairobi")
    (problem,) = validate(reading)
    assert problem.file == str(reading) and problem.line == line and problem.rule == "evidence_mismatch"
    assert "the text occurs at 76-83" in problem.message


def test_an_unknown_id_gets_the_closest_registry_id(seeds):
    reading = seeds / f"{CHILE}.yaml"
    edit(reading, "location_id: loc/santiago", "location_id: loc/santiagoo")
    (problem,) = validate(reading)
    assert problem.rule == "foreign_key" and problem.suggestion == "loc/santiago"


def test_one_reading_is_checked_without_the_problems_of_another(seeds):
    edit(seeds / f"{CHILE}.yaml", "actor_id: actor/gabriel-boric", "actor_id: actor/nobody")
    assert validate(seeds / f"{KENYA}.yaml") == []
    assert [p.file for p in validate(seeds / f"{CHILE}.yaml")] == [str(seeds / f"{CHILE}.yaml")]


def test_a_registry_change_is_checked_against_every_reading(seeds):
    registry = seeds / "actors.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(re.sub(r"- actor_id: actor/raila-odinga\n(  .*\n)+", "", text), encoding="utf-8")
    (problem,) = validate(registry)
    assert problem.file == str(seeds / f"{KENYA}.yaml") and problem.rule == "foreign_key"
    assert "actor/raila-odinga" in problem.message


def test_an_invalid_registry_that_was_not_asked_for_skips_cross_checks_with_a_warning(seeds):
    edit(seeds / "locations.yaml", "geo_precision: country", "geo_precision: nation")
    (warning,) = validate(seeds / f"{KENYA}.yaml")
    assert warning.severity == "warning" and "cross-file checks skipped" in warning.message


def test_a_whole_folder_reports_articles_without_readings_and_readings_without_articles(seeds):
    (seeds / "103_new_article.txt").write_text(" date 2024-02-01 Ministers met in Oslo.\n", encoding="utf-8")
    shutil.copy(seeds / f"{CHILE}.yaml", seeds / "104_lost.yaml")
    found = validate(*sorted(seeds.glob("*.yaml")), whole=(seeds,))
    messages = {Path(p.file).name: p.message for p in found}
    assert messages == {"103_new_article.yaml": "no curated reading for 103_new_article.txt",
                        "104_lost.yaml": "no article 104_lost.txt for this reading"}


def test_a_registry_on_its_own_still_gets_the_builds_row_checks(tmp_path):
    registry = tmp_path / "actors.yaml"
    registry.write_text(
        "actors:\n- actor_id: actor/oslo-council\n  name: Oslo City Council\n  actor_kind: government_body\n"
        "  country_code: XYZ\n  affiliation_id: actor/norway\n", encoding="utf-8")
    found = sorted((p.line, p.field, p.rule) for p in validate(registry))
    assert found == [(5, "actors.0.country_code", "cross_file"), (6, "actors.0.affiliation_id", "foreign_key")]


@pytest.mark.parametrize(("file", "old", "new"), [
    (f"{CHILE}.yaml", "{start: 54, end: 60, text: travel}", "{start: 53, end: 59, text: travel}"),
    (f"{CHILE}.yaml", "actor_id: actor/chilean-presidency", "actor_id: actor/chilean-president"),
    (f"{KENYA}.yaml", "event/102-nairobi-arrests/odinga-denies-organising", "event/102-nairobi-arrests/protesters-arrested"),
    (f"{KENYA}.yaml", "    high: 14\n", "    high: 13\n"),
    ("actors.yaml", "affiliation_id: actor/kenya", "affiliation_id: actor/kenia"),
    ("locations.yaml", "name: Santiago", "name: Santiago\n  country_code: CHI"),
])
def test_validation_and_the_build_agree_on_cross_file_problems(seeds, file, old, new):
    edit(seeds / file, old, new)
    with pytest.raises(InputError) as build:
        make_rows(load_seeds(seeds))
    found = validate(*sorted(seeds.glob("*.yaml")), whole=(seeds,))
    assert found and all(p.line for p in found)
    here = f"{seeds.parent}/"  # the build names files from the seeds folder on, the validator as it was given
    assert {(Path(p.file).name, p.line, p.message.replace(here, "")) for p in found} == {
        (Path(p.file).name, p.line, p.message) for p in build.value.problems}


def test_inputs_yamlfile_lets_escape_become_located_problems(tmp_path):
    cases = {
        "a: 2023-02-30\n": ("yaml_value", 1),
        "a: 1\nb:\n  ? [x, y]\n  : z\n": ("yaml_value", 3),
        "a: 1\nb: \x07\n": ("yaml_syntax", 2),
        "a: " + "[" * 2000 + "]" * 2000 + "\n": ("too_deep", None),
    }
    for text, (rule, line) in cases.items():
        path = tmp_path / "r.yaml"
        path.write_text(text, encoding="utf-8")
        (problem,) = check_file(path, "r.yaml").problems
        assert (problem.rule, problem.line) == (rule, line), text[:30]


def test_a_joint_statement_has_several_speakers_and_is_attributed_to_the_first_named(seeds):
    edit(seeds / f"{CHILE}.yaml", "actor_id: actor/chilean-presidency, role: source}\n",
         "actor_id: actor/chilean-presidency, role: source}\n"
         "  - {start: 35, end: 48, text: Gabriel Boric, review: added, actor_id: actor/gabriel-boric, role: source}\n")
    built = make_rows(load_seeds(seeds))
    visit = next(e for e in built.tables["events"] if e.event_id.endswith("boric-visit-buenos-aires"))
    speakers = {(a.actor_id, a.mention_text) for a in built.tables["event_actors"]
                if a.event_id == visit.event_id and a.role == "source"}
    assert speakers == {("actor/gabriel-boric", "Gabriel Boric"), ("actor/chilean-presidency", "his office")}
    assert visit.attributed_to == "actor/gabriel-boric"  # named first, though listed second
