"""Extraction throughput: words per second of the rule pipeline over a generated news corpus.

    uv run python benchmarks/extract_benchmark.py [--words 1000000] [--seed 7]
    uv run --with spacy python benchmarks/extract_benchmark.py --peer   # also times spaCy in the same run

To measure the rules compiled with mypyc, build the wheel with HATCH_BUILD_HOOK_ENABLE_MYPYC=true, install it
in a virtual environment of its own and run this script with that environment's python (see README).

The corpus is generated from sentence templates filled with random officials, countries, cities,
date phrases and quantities (so the rules see varied, realistic text, not one article repeated).
Prints words, seconds, words/s on one core, and candidates found. Target: >= 200,000 words/s
(spaCy's small CPU pipeline manages about 10,000 words/s on comparable text, by the issue's
figure: its model is not on PyPI). With `--peer`, spaCy's blank English pipeline (its tokenizer and
rule-based sentencizer, no model: the least any spaCy pipeline does) runs over the same corpus, and
the ratio is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import time

TITLES = ["President", "Prime Minister", "Foreign Minister", "Defense Minister", "Interior Minister",
          "Secretary of State", "Chancellor", "Deputy Foreign Minister", "spokesman", "Ambassador"]
FIRST = ["Maria", "Jean", "Ahmed", "Olga", "Kenji", "Luis", "Amara", "Piotr", "Elena", "Rafael", "Ingrid", "Tomas",
         "Aisha", "Viktor", "Hana", "Diego", "Nadia", "Oskar", "Leila", "Marek"]
LAST = ["Okafor", "Dubois", "Haddad", "Petrova", "Tanaka", "Moreno", "Diallo", "Nowak", "Ivanova", "Costa", "Berg",
        "Novak", "Rahman", "Sokolov", "Sato", "Ramirez", "Karimi", "Lind", "Farah", "Kowalski"]
COUNTRIES = ["France", "Japan", "Brazil", "Poland", "Egypt", "India", "Kenya", "Mexico", "Turkey", "Sweden", "Ukraine",
             "Germany", "Nigeria", "Chile", "Vietnam", "Canada", "Greece", "Peru", "Ghana", "Norway"]
DEMONYMS = ["French", "Japanese", "Brazilian", "Polish", "Egyptian", "Indian", "Kenyan", "Mexican", "Turkish",
            "Swedish", "Ukrainian", "German", "Nigerian", "Chilean", "Canadian", "Greek"]
CITIES = ["Paris", "Tokyo", "Cairo", "Nairobi", "Warsaw", "Berlin", "Lima", "Oslo", "Athens", "Accra", "Hanoi",
          "Ottawa", "Santiago", "Stockholm", "Mumbai", "Istanbul", "Lagos", "Kyiv", "Madrid", "Rome"]
DATES = ["today", "tomorrow", "yesterday", "on Monday", "on Friday", "last week", "next week", "in 2014",
         "on March 3", "from the 10th to the 20th of February", "until February 9", "since 2019", "for three years",
         "in the coming days", "the following day", "on 12 April 2021"]
COUNTS = ["two", "12", "98", "tens of thousands of", "hundreds of", "about 300", "dozens of", "1,500", "three"]
ITEMS = ["troops", "tanks", "protesters", "aircraft", "soldiers", "journalists", "ships", "diplomats"]
TEMPLATES = [
    "{demonym} {title} {name} will travel to {city} {date} for talks with {country}, the ministry said.",
    "{title} {name} met {name2} in {city} {date} to discuss the crisis in {country}.",
    "{country} denied {date} that it had deployed {count} {item} near the border with {country2}.",
    "According to the {demonym} Defense Ministry, {count} {item} arrived in {city} {date}.",
    "{name} accused {country} of sending {count} {item} to its borders, {demonym} media reported.",
    "The exercises will take place {date} at bases in {country}, {title} {name} told reporters.",
    "{country} and {country2} signed an agreement in {city} {date} after months of negotiations.",
    "Police arrested {count} {item} during protests in {city} {date}, officials claimed.",
    "{demonym} {title} {name} invited {country} to further talks {date}.",
    "The region has been at war {date}, and {country} says it has no plans to invade.",
]


def corpus(words: int, seed: int) -> list[str]:
    """Articles of about 400 words each, with a date header, until `words` words are reached."""
    rng = random.Random(seed)
    articles, total = [], 0
    while total < words:
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        sentences = []
        while sum(len(s.split()) for s in sentences) < 400:
            template = rng.choice(TEMPLATES)
            sentences.append(template.format(
                demonym=rng.choice(DEMONYMS), title=rng.choice(TITLES),
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", name2=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                country=rng.choice(COUNTRIES), country2=rng.choice(COUNTRIES), city=rng.choice(CITIES),
                date=rng.choice(DATES), count=rng.choice(COUNTS), item=rng.choice(ITEMS),
            ))
            if rng.random() < 0.2:
                sentences.append("\n\n")
        text = f" date {day.isoformat()} " + " ".join(sentences)
        articles.append(text)
        total += len(text.split())
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--peer", action="store_true",
                        help="also time spaCy's blank English pipeline (tokenizer + sentencizer) on the corpus")
    args = parser.parse_args()

    from newsevents.article import parse_header
    from newsevents.draft.reader import candidates

    texts = corpus(args.words, args.seed)
    words = sum(len(text.split()) for text in texts)
    candidates(texts[0], parse_header(texts[0])[0], parse_header(texts[0])[1])  # warm the lexicons and gazetteer
    found = 0
    load_before = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        published, body_start = parse_header(text)
        found += len(candidates(text, published, body_start).events)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"articles: {len(texts):,}  words: {words:,}  rules: {rules_build()}")
    print(f"seconds: {seconds:.2f}  words/s (one core): {words / seconds:,.0f}")
    # Other work on the machine slows the wall clock; CPU time and the load average show how much.
    print(f"CPU seconds: {cpu_seconds:.2f}  words/CPU-s: {words / cpu_seconds:,.0f}  "
          f"load average: {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"event candidates: {found:,}  ({found / words * 1000:.1f} per 1,000 words)")
    print(f"target 200,000 words/s: {'met' if words / seconds >= 200_000 else 'NOT met'}; "
          f"spaCy en_core_web_sm reference ~10,000 words/s (ratio {words / seconds / 10_000:.0f}x)")
    if args.peer:
        peer = spacy_words_per_second(texts, words)
        if peer is None:
            raise SystemExit("--peer needs spaCy: uv run --with spacy python benchmarks/extract_benchmark.py --peer")
        print(f"spaCy {peer[1]} blank English pipeline (tokenizer + sentencizer, same corpus, same run): "
              f"{peer[0]:,.0f} words/s; the rules run at {words / seconds / peer[0]:.2f}x its speed")


def rules_build() -> str:
    """Whether the rule modules run compiled (a wheel built with HATCH_BUILD_HOOK_ENABLE_MYPYC=true) or interpreted."""
    from newsevents.rules.events import finder
    return "compiled with mypyc" if not finder.__file__.endswith(".py") else "pure Python"


def spacy_words_per_second(texts: list[str], words: int) -> tuple[float, str] | None:
    """Words/s of spaCy's blank English pipeline over `texts`, and spaCy's version; None without spaCy."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for _ in nlp.pipe(texts[:5]):  # warm up
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return words / (time.perf_counter() - started), spacy.__version__


if __name__ == "__main__":
    main()
