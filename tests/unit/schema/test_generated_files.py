"""The derived schema files are committed; they must equal what the models generate now."""

from newsevents.schema_files import GENERATE_COMMAND, stale_files


def test_committed_schema_files_match_the_models():
    stale = stale_files()
    assert not stale, f"derived schema files are stale: {stale}; run `{GENERATE_COMMAND}` and commit the result"


def test_drift_is_detected(tmp_path):
    """The check can fail: a copy with one file changed is reported stale."""
    import shutil

    from newsevents.schema_files import schema_root

    copy = tmp_path / "schema"
    shutil.copytree(schema_root() / "newsevents_schema", copy / "newsevents_schema")
    shutil.copy(schema_root() / "codebook.md", copy / "codebook.md")
    assert stale_files(copy) == []
    events = copy / "newsevents_schema/generated/json-schema/events.json"
    events.write_text(events.read_text().replace('"Summary"', '"Summary (edited)"'))
    assert stale_files(copy) == ["newsevents_schema/generated/json-schema/events.json"]
