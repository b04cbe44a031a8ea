"""newsevents-schema: the models, codelists and generated schemas of the newsevents tables.

    from newsevents_schema import Event, TABLES, json_schema
    Event.model_validate_json(record)           # validate one record
    json_schema("events")                        # the generated JSON Schema, from package data
"""

from .artifacts import arrow_schema, json_schema, table_schema
from .codelists import Codelist, codelist, codelists
from .curation import CURATION_MODELS, ActorRegistry, ArticleReading, LocationRegistry
from .tables import (
    TABLES,
    TABLES_BY_NAME,
    Actor,
    ActorAlias,
    Correction,
    Event,
    EventActor,
    EventLocation,
    ForeignKey,
    Location,
    LocationAlias,
    Quantity,
    Source,
    Table,
)
from .version import __version__

SCHEMA_VERSION = __version__

__all__ = [
    "SCHEMA_VERSION", "TABLES", "TABLES_BY_NAME", "CURATION_MODELS", "Actor", "ActorAlias", "ActorRegistry",
    "ArticleReading", "Codelist", "Correction", "Event", "EventActor", "EventLocation", "ForeignKey", "Location",
    "LocationAlias", "LocationRegistry", "Quantity", "Source", "Table", "__version__", "arrow_schema", "codelist", "codelists",
    "json_schema", "table_schema",
]
