"""Synthetic newsevents data packages of any size, with one seeded error of every kind, for benchmarks.

    python benchmarks/generate_package.py --events 100000 --out /tmp/pkg-1e5 [--seed 7] [--clean]

Per N events: N/50 sources whose texts the spans really point into (names with accents and curly
apostrophes, so code points and UTF-8 bytes differ), N/10 actors, N/20 locations, N/20 actor aliases,
N/40 location aliases, 2N event_actors, N event_locations, N/2 quantities and N/100 corrections. Files
are sorted, compressed and described (bytes, sha256) the way `newsevents build` writes them. Unless
`--clean`, the errors of `SEEDED_ERRORS` are planted and listed in `seeded_errors.json` in the package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from newsevents.arrow import table_schema
from newsevents.build.package import dataset_metadata, descriptor
from newsevents.ids import slugify
from newsevents_schema import TABLES, codelist

SEEDED_FILE = "seeded_errors.json"
EVENTS_PER_SOURCE = 50
EVENT_CHUNK = 1 << 17  # events generated and written per row group

FIRST = ["Anna", "Jean", "Zoë", "Olaf", "Łucja", "Mehmet", "Ngozi", "Søren", "Ana", "Kenji", "Priya", "José",
         "Ivan", "Fatima", "Chen", "Ewa", "Tomás", "Aisha", "Mikko", "Dara"]
LAST = ["Kowalski", "Dupont", "Müller", "Okafor", "Nowak", "Yılmaz", "Sato", "García", "Petrov", "Haddad",
        "Lindqvist", "O’Brien", "Novák", "Silva", "Wang", "Brennan", "Adeyemi", "Horvat", "Costa", "Berg"]
PLACES = ["Kraków", "Lyon", "Zürich", "Lagos", "Gdańsk", "İzmir", "Osaka", "Sevilla", "Tver", "Beirut", "Malmö",
          "Cork", "Brno", "Porto", "Xi’an", "Bergen", "Tartu", "Split", "Accra", "Quito"]
COUNTRIES = ["POL", "FRA", "CHE", "NGA", "TUR", "JPN", "ESP", "RUS", "LBN", "SWE", "IRL", "CZE", "PRT", "CHN", "NOR"]
#: (event_type, verb as written): the trigger of each synthetic sentence.
VERBS = [("meet", "met"), ("visit", "visited"), ("criticize", "criticised"), ("accuse", "accused"),
         ("express_support", "backed"), ("threaten_force", "threatened"), ("negotiate", "negotiated with"),
         ("host_visit", "hosted"), ("demand", "pressed"), ("protest", "protested against")]
ITEMS = ["troops", "soldiers", "officers", "vehicles", "protesters"]


@dataclass(frozen=True)
class SeededError:
    kind: str
    rule: str
    file: str
    field: str
    row: int | None  # 1-based row number within the table; None for a whole-file error
    severity: str
    table_schema_can_see: bool  # whether a Table Schema validator (frictionless) can detect it
    description: str


#: kind -> (rule, table, field, severity, visible to a Table Schema validator, what is planted).
SEEDED_ERRORS = {
    "duplicate_primary_key": ("primary_key", "event_actors", "event_id, actor_id, role", "error", True,
                              "an event_actors row repeated (composite key)"),
    "dangling_foreign_key": ("foreign_key", "event_locations", "location_id", "error", True,
                             "an event_locations row naming loc/atlantis-0, which is not in locations"),
    "closed_codelist": ("codelist", "events", "status", "error", True, "status 'rumoured', not in the closed status.csv"),
    "open_codelist": ("codelist", "events", "event_type", "warning", False,
                      "event_type 'hold_parade', not (yet) in the open event_type.csv"),
    "pattern": ("pattern", "actors", "country_code", "error", True, "country_code 'Ukr' (expected three capitals)"),
    "evidence_mismatch": ("evidence", "events", "evidence_text", "error", False,
                          "evidence_text with its first letter changed (length kept)"),
    "mention_mismatch": ("evidence", "event_locations", "mention_text", "error", False,
                         "mention span shifted one character right (length kept)"),
    "span_length": ("span", "event_actors", "mention_text", "error", False,
                    "mention_end one past the end of mention_text"),
    "date_order": ("date_order", "events", "date_start", "error", False, "date_start two days after date_end"),
    "date_precision": ("date_precision", "events", "date_precision", "error", False,
                       "precision 'month' with date_start on the 3rd"),
    "required_null": ("required", "locations", "name", "error", True, "a location without a name"),
    "min_length": ("min_length", "events", "summary", "error", True, "an empty summary"),
    "out_of_range": ("range", "locations", "latitude", "error", True, "latitude 95.5"),
    "coordinates_pair": ("coordinates", "locations", "longitude", "error", False, "a latitude without a longitude"),
    "quantity_bounds": ("quantity_bounds", "quantities", "low", "error", False, "low 500 above high 100"),
    "wrong_hash": ("hash", "corrections", "", "error", True, "corrections' sha256 in datapackage.json altered"),
}


def _spread(total: int, count: int) -> list[int]:
    """`count` distinct 0-based row indices spread through a table of `total` rows, none in the first rows."""
    step = max(1, total // (count + 1))
    rows = [min(total - 1, step * (i + 1) + i) for i in range(count)]
    if len(set(rows)) < count:
        raise SystemExit(f"too few rows ({total}) to plant {count} errors apart; generate more events")
    return rows


class TableWriter:
    """Rows of one table buffered by column and written to Parquet a row group at a time."""

    def __init__(self, folder: Path, name: str, schema: pa.Schema):
        self.name = name
        self.schema = schema
        self.columns: dict[str, list[Any]] = {f.name: [] for f in schema}
        self.writer = pq.ParquetWriter(folder / f"{name}.parquet", schema, compression="zstd",
                                       use_dictionary=True, write_statistics=True)
        self.written = 0

    def add(self, row: dict[str, Any]) -> None:
        for name, values in self.columns.items():
            values.append(row.get(name))

    def buffered(self) -> int:
        return len(next(iter(self.columns.values())))

    def flush(self) -> None:
        if not self.buffered():
            return
        arrays = [pa.array(self.columns[f.name], f.type) for f in self.schema]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema), row_group_size=EVENT_CHUNK * 2)
        self.written += self.buffered()
        self.columns = {name: [] for name in self.columns}

    def close(self) -> None:
        self.flush()
        self.writer.close()


class Generator:
    def __init__(self, folder: Path, events: int, seed: int, plant: bool):
        self.folder = folder
        self.n_events = events
        self.rng = random.Random(seed)
        self.plant = plant
        self.seeded: list[SeededError] = []
        self.n_sources = max(1, -(-events // EVENTS_PER_SOURCE))
        self.n_actors = max(4, events // 10)
        self.n_locations = max(4, events // 20)
        self.codes = {name: [code for code in codelist(name).codes if not codelist(name).deprecated(code)] for name in
                      ("status", "actor_kind", "location_kind", "geo_precision", "review_status")}  # current codes
        version = dataset_metadata()["version"]
        self.schemas = {}
        for table in TABLES:
            schema = table_schema(table.table_name)
            self.schemas[table.table_name] = schema.with_metadata(
                {**schema.metadata, b"newsevents.dataset_version": version.encode()})
        if plant:  # a contributor's file may declare `name` nullable; the validator must still catch the null
            schema = self.schemas["locations"]
            index = schema.get_field_index("name")
            self.schemas["locations"] = schema.set(index, schema.field("name").with_nullable(True))
        self.targets = {kind: None for kind in SEEDED_ERRORS}

    def seed(self, kind: str, row_index: int | None) -> None:
        rule, table, field, severity, visible, what = SEEDED_ERRORS[kind]
        row = None if row_index is None else row_index + 1
        self.seeded.append(SeededError(kind, rule, f"{table}.parquet", field, row, severity, visible, what))

    # -- entities -------------------------------------------------------------------------------------

    def actors(self) -> list[dict[str, Any]]:
        rows = []
        for i in range(self.n_actors):
            name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST) + i) % len(LAST)]}"
            rows.append({
                "actor_id": f"actor/{slugify(name)}-{i}", "name": name,
                "actor_kind": self.codes["actor_kind"][i % len(self.codes["actor_kind"])],
                "country_code": COUNTRIES[i % len(COUNTRIES)], "office": "Foreign Minister" if i % 3 == 0 else None,
                "wikidata_id": f"Q{1000 + i}" if i % 4 == 0 else None,
                "rule_id": "people.title_name" if i % 2 else None,
                "review_status": self.codes["review_status"][i % len(self.codes["review_status"])],
            })
        for i, row in enumerate(rows):
            if i % 3 == 1:
                row["affiliation_id"] = rows[(i * 7 + 1) % len(rows)]["actor_id"]
                if row["affiliation_id"] == row["actor_id"]:
                    row["affiliation_id"] = None
        rows.sort(key=lambda row: row["actor_id"])
        if self.plant:
            (index,) = _spread(len(rows), 1)
            rows[index]["country_code"] = "Ukr"
            self.seed("pattern", index)
        return rows

    def locations(self) -> list[dict[str, Any]]:
        rows = []
        for i in range(self.n_locations):
            name = PLACES[i % len(PLACES)]
            rows.append({
                "location_id": f"loc/{slugify(name)}-{i}", "name": name,
                "location_kind": self.codes["location_kind"][i % len(self.codes["location_kind"])],
                "country_code": COUNTRIES[i % len(COUNTRIES)],
                "latitude": round(-80 + (i * 37.77) % 160, 4) if i % 5 else None,
                "longitude": round(-170 + (i * 53.31) % 340, 4) if i % 5 else None,
                "geo_precision": self.codes["geo_precision"][i % len(self.codes["geo_precision"])],
                "geonames_id": 2_000_000 + i if i % 2 else None, "wikidata_id": f"Q{500_000 + i}" if i % 3 == 0 else None,
                "rule_id": "places.gazetteer" if i % 2 else None,
                "review_status": self.codes["review_status"][i % len(self.codes["review_status"])],
            })
        rows.sort(key=lambda row: row["location_id"])
        if self.plant:
            named, latitude, pair = _spread(len(rows), 3)
            rows[named]["name"] = None
            self.seed("required_null", named)
            rows[latitude].update(latitude=95.5, longitude=10.0)
            self.seed("out_of_range", latitude)
            rows[pair].update(latitude=45.0, longitude=None)
            self.seed("coordinates_pair", pair)
        return rows

    def write_entities(self, actors: list[dict[str, Any]], locations: list[dict[str, Any]]) -> None:
        for name, rows in (("actors", actors), ("locations", locations)):
            writer = TableWriter(self.folder, name, self.schemas[name])
            for row in rows:
                writer.add(row)
            writer.close()
        aliases = TableWriter(self.folder, "actor_aliases", self.schemas["actor_aliases"])
        for row in actors[: max(1, self.n_events // 20)]:
            aliases.add({"actor_id": row["actor_id"], "alias": row["name"].split()[-1]})
        aliases.close()
        aliases = TableWriter(self.folder, "location_aliases", self.schemas["location_aliases"])
        for row in locations[: max(1, self.n_events // 40)]:
            aliases.add({"location_id": row["location_id"], "alias": f"{row['name'] or 'Place'} City"})
        aliases.close()

    # -- sources and events ---------------------------------------------------------------------------

    def write_articles(self, actors: list[dict[str, Any]], locations: list[dict[str, Any]]) -> None:
        writers = {name: TableWriter(self.folder, name, self.schemas[name])
                   for name in ("sources", "events", "event_actors", "event_locations", "quantities", "corrections")}
        plan = self._event_plan()
        link_plan = self._link_plan() if self.plant else {}
        event_index = 0
        corrections: list[dict[str, Any]] = []
        for s in range(self.n_sources):
            count = min(EVENTS_PER_SOURCE, self.n_events - event_index)
            self._article(s, count, event_index, actors, locations, writers, plan, corrections)
            event_index += count
            if writers["events"].buffered() >= EVENT_CHUNK or s == self.n_sources - 1:
                self._flush_links(writers, link_plan)
                writers["events"].flush()
                writers["sources"].flush()
        corrections.sort(key=lambda row: (row["row_table"], row["row_key"], row["field_name"]))
        for row in corrections:
            writers["corrections"].add(row)
        for writer in writers.values():
            writer.close()

    def _event_plan(self) -> dict[int, str]:
        if not self.plant:
            return {}
        kinds = ["closed_codelist", "open_codelist", "evidence_mismatch", "date_order", "date_precision", "min_length"]
        return dict(zip(_spread(self.n_events, len(kinds)), kinds))

    def _link_plan(self) -> dict[str, dict[int, str]]:
        """Seeded errors of the link tables, by 0-based row index in the sorted file."""
        n = self.n_events
        actor_rows = _spread(2 * n, 2)
        location_rows = _spread(n, 2)
        return {
            # the duplicate comes last: rows planted before the inserted copy keep their numbers
            "event_actors": {actor_rows[0]: "span_length", actor_rows[1]: "duplicate_primary_key"},
            "event_locations": {location_rows[0]: "dangling_foreign_key", location_rows[1]: "mention_mismatch"},
            "quantities": {_spread(n // 2 or 1, 1)[0]: "quantity_bounds"},
        }

    def _article(self, s, count, first_event, actors, locations, writers, plan, corrections) -> None:
        rng = self.rng
        stem = f"{s:07d}_{rng.getrandbits(32):08x}"
        slug = slugify(stem)
        source_id = f"source/{slug}"
        published = dt.date(2020, 1, 1) + dt.timedelta(days=s % 1500)
        parts = [f" date {published.isoformat()} ", f"Synthetic report {s}\n\n"]
        length = sum(len(part) for part in parts)
        body_start = len(parts[0])
        for k in range(count):
            e = first_event + k
            a1, a2, reporter = rng.sample(range(len(actors)), 3)
            actor1, actor2 = actors[a1], actors[a2]
            location = locations[rng.randrange(len(locations))]
            event_type, verb = VERBS[e % len(VERBS)]
            precision, date_start, date_end, date_words = self._date(published, e)
            name1, name2 = actor1["name"], actor2["name"]
            place = location["name"] or "Nowhere"
            sentence = f"{name1} {verb} {name2} in {place}"
            spans = {"actor1": (0, len(name1)), "trigger": (len(name1) + 1, len(name1) + 1 + len(verb))}
            spans["actor2"] = (spans["trigger"][1] + 1, spans["trigger"][1] + 1 + len(name2))
            spans["place"] = (len(sentence) - len(place), len(sentence))
            if date_words:
                sentence += f" {date_words}"
            quantity = None
            if e % 2 == 0:
                quantity = self._quantity(e)
                start = len(sentence) + len(" with ")
                sentence += f" with {quantity['quantity_text']}"
                spans["quantity"] = (start, start + len(quantity["quantity_text"]))
            attributed = e % 3 != 0
            if attributed:
                sentence += f", {actors[reporter]['name']} said"
                spans["attribution"] = (len(sentence) - 4, len(sentence))
            sentence += "."
            if k:
                separator = "\n\n" if k % 5 == 0 else " "
                parts.append(separator)
                length += len(separator)
            at = length
            parts.append(sentence)
            length += len(sentence)
            event_id = f"event/{slug}/{slugify(verb)}-{k}"
            event = {
                "event_id": event_id, "source_id": source_id, "event_type": event_type,
                "status": self.codes["status"][e % len(self.codes["status"])],
                "date_start": date_start, "date_end": date_end, "date_precision": precision,
                "date_text": date_words, "date_rule": "temporal.relative" if date_words else None,
                "summary": f"{name1} {verb} {name2} in {place}.",
                "evidence_start": at, "evidence_end": at + len(sentence), "evidence_text": sentence,
                "trigger_start": at + spans["trigger"][0], "trigger_end": at + spans["trigger"][1], "trigger_text": verb,
                "rule_id": f"events.{event_type}", "review_status": "needed",
            }
            if attributed:
                event.update(attributed_to=actors[reporter]["actor_id"], attribution_start=at + spans["attribution"][0],
                             attribution_end=at + spans["attribution"][1], attribution_text="said")
            self._plant_event(event, plan.get(e), e, published)
            writers["events"].add(event)
            for actor, key, role in ((actor1, "actor1", "initiator"), (actor2, "actor2", "target")):
                start, end = spans[key]
                writers["event_actors"].add({
                    "event_id": event_id, "actor_id": actor["actor_id"], "role": role, "mention_start": at + start,
                    "mention_end": at + end, "mention_text": actor["name"], "rule_id": "people.title_name",
                    "review_status": "confirmed"})
            start, end = spans["place"]
            writers["event_locations"].add({
                "event_id": event_id, "location_id": location["location_id"], "role": "occurred_in",
                "mention_start": at + start, "mention_end": at + end, "mention_text": place, "review_status": "added"})
            if quantity:
                start, end = spans["quantity"]
                quantity.update(event_id=event_id, quantity_start=at + start, quantity_end=at + end,
                                rule_id="quantities.count", review_status="needed")
                writers["quantities"].add(quantity)
            if e % 100 == 99:
                corrections.append({"row_table": "events", "row_key": event_id, "field_name": "event_type",
                                    "rule_value": "make_statement", "curated_value": event_type,
                                    "rule_id": "events.statement", "reason": "The verb names the event."})
        text = "".join(parts)
        writers["sources"].add({
            "source_id": source_id, "file_name": f"{stem}.txt", "published_date": published, "language": "en",
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "body_start": body_start,
            "char_count": len(text), "text": text})

    def _date(self, published: dt.date, e: int) -> tuple[str, dt.date | None, dt.date | None, str | None]:
        choice = e % 10
        if choice < 5:
            day = published + dt.timedelta(days=e % 9 - 3)
            return "day", day, day, f"on {day.day} {day:%B}"
        if choice < 7:
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=7)
            return "week", monday, monday + dt.timedelta(days=6), "next week"
        if choice == 7:
            first = published.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            return "month", first, last, f"in {first:%B}"
        if choice == 8:
            return "year", published.replace(month=1, day=1), None, f"since {published.year}"
        return "unknown", None, None, None

    def _quantity(self, e: int) -> dict[str, Any]:
        item = ITEMS[e % len(ITEMS)]
        amount = 50 + (e * 37) % 5000
        shape = e % 3
        if shape == 0:
            return {"item": item, "value": amount, "low": None, "high": None, "approximate": True,
                    "quantity_text": f"about {amount} {item}"}
        if shape == 1:
            return {"item": item, "value": None, "low": amount, "high": amount * 2, "approximate": True,
                    "quantity_text": f"between {amount} and {amount * 2} {item}"}
        return {"item": item, "value": amount, "low": amount, "high": amount, "approximate": False,
                "quantity_text": f"{amount:,} {item}"}

    def _plant_event(self, event: dict[str, Any], kind: str | None, e: int, published: dt.date) -> None:
        if kind is None:
            return
        if kind == "closed_codelist":
            event["status"] = "rumoured"
        elif kind == "open_codelist":
            event["event_type"] = "hold_parade"
        elif kind == "evidence_mismatch":
            text = event["evidence_text"]
            event["evidence_text"] = ("X" if text[0] != "X" else "Y") + text[1:]
        elif kind == "date_order":
            event.update(date_precision="day", date_start=published + dt.timedelta(days=2), date_end=published)
        elif kind == "date_precision":
            first = published.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            event.update(date_precision="month", date_start=first.replace(day=3), date_end=last)
        elif kind == "min_length":
            event["summary"] = ""
        self.seed(kind, e)

    def _flush_links(self, writers: dict[str, TableWriter], link_plan: dict[str, dict[int, str]]) -> None:
        """Sort this chunk's link rows by primary key, plant their errors, write them."""
        for name in ("event_actors", "event_locations", "quantities"):
            writer = writers[name]
            table = next(t for t in TABLES if t.table_name == name)
            order = table.primary_key
            columns = writer.columns
            index = sorted(range(writer.buffered()), key=lambda i: tuple(columns[c][i] for c in order))
            writer.columns = {c: [values[i] for i in index] for c, values in columns.items()}
            for row_index, kind in sorted(link_plan.get(name, {}).items(), reverse=True):
                local = row_index - writer.written
                if 0 <= local < writer.buffered():
                    self._plant_link(writer, local, kind)
            writer.flush()

    def _plant_link(self, writer: TableWriter, local: int, kind: str) -> None:
        columns = writer.columns
        if kind == "duplicate_primary_key":
            for values in columns.values():
                values.insert(local + 1, values[local])
            self.seed(kind, writer.written + local + 1)
        elif kind == "span_length":
            columns["mention_end"][local] += 1
            self.seed(kind, writer.written + local)
        elif kind == "dangling_foreign_key":
            columns["location_id"][local] = "loc/atlantis-0"
            self.seed(kind, writer.written + local)
        elif kind == "mention_mismatch":
            columns["mention_start"][local] += 1
            columns["mention_end"][local] += 1
            self.seed(kind, writer.written + local)
        elif kind == "quantity_bounds":
            columns["value"][local], columns["low"][local], columns["high"][local] = None, 500, 100
            self.seed(kind, writer.written + local)

    # -- package --------------------------------------------------------------------------------------

    def run(self) -> list[SeededError]:
        actors = self.actors()
        locations = self.locations()
        self.write_entities(actors, locations)
        self.write_articles(actors, locations)
        document = descriptor(self.folder, dataset_metadata(), [])
        if self.plant:
            resource = next(r for r in document["resources"] if r["name"] == "corrections")
            digest = resource["hash"]
            resource["hash"] = digest[:-1] + ("0" if digest[-1] != "0" else "1")
            self.seed("wrong_hash", None)
        (self.folder / "datapackage.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
        if self.plant:
            (self.folder / SEEDED_FILE).write_text(
                json.dumps([asdict(error) for error in self.seeded], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return self.seeded


def generate_package(folder: Path, events: int, *, seed: int = 7, plant: bool = True) -> list[SeededError]:
    """Write a package with `events` events into `folder` (created; must be empty); return the planted errors."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise SystemExit(f"{folder} is not empty")
    return Generator(folder, events, seed, plant).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True, help="number of events (other tables in proportion)")
    parser.add_argument("--out", type=Path, required=True, help="folder to create")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--clean", action="store_true", help="plant no errors")
    args = parser.parse_args(argv)
    seeded = generate_package(args.out, args.events, seed=args.seed, plant=not args.clean)
    print(f"wrote {args.out} ({args.events:,} events, {len(seeded)} seeded errors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
