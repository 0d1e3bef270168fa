"""Deterministic generator of raw news dumps in the shapes of the seed files.

The same (count, seed, first index) always gives the same bytes, so a
benchmark run on one machine can be repeated on another.  Shapes, as in
real dumps:

- full scrape: title, standfirst, a photo caption written twice with its
  credit, a byline, body paragraphs with a credited caption among them,
  and site boilerplate (``Most Popular`` / ``read more:``);
- header + body: `` date 2023-11-16 `` and the first paragraph on one line;
- concatenated dumps of 2-5 records started by ``date`` headers in varied
  formats or by a line holding only a form feed.

Bodies run 300-900 words drawn with Zipf-like frequencies from a vocabulary
of a few thousand words.  Files are spread over dated sub-folders.  A
manifest beside the corpus gives, per file, the byte offset where each of its
records starts: the floor uses it to write one row per article without
parsing anything.

Usage: python3 benchmarks/generate.py OUT_DIR --articles N [--seed S]
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import itertools
import os
import random

# The most frequent English words, most frequent first: the head of the
# Zipf curve, where most running text comes from.
COMMON_WORDS = """
the of and to a in that is was he for it with as his on be at by i this had
not are but from or have an they which one you were her all she there would
their we him been has when who will more no if out so said what up its about
into than them can only other new some could time these two may then do first
any my now such like our over man me even most made after also did many before
must through back years where much your way well down should because each just
those people how too little state good very make world still own see men work
long get here between both life being under never day same another know while
last might us great old year off come since against go came right used take
three states himself few house use during without again place around however
home small found thought went say part once general high upon school every
don't does got united left number course war until always away something fact
though water less public put think almost hand enough far took head yet
government system better set told nothing night end why called didn't eyes
find going look asked later knew point next city business give group toward
young days let room president side social given present several order national
possible rather second face per among form often important things looking
early white john case become large big need four within felt along children
saw best church ever least power development light thing seemed family
interest want members mind country area others done turned although open god
service problem certain kind different thus began door help means sense whole
matter perhaps itself york times law human line above name example action
company hands local show whether five history gave today either act feet
across taken past quite anything seen having death experience body word half
really field am week car words already themselves information tell together
college shall money period held keep sure free real probably seems political
behind clear minister foreign ministry official officials statement meeting
talks ambassador envoy security council resolution ceasefire attack attacks
border military forces army troops police court judge trial election vote
voters campaign party leader leaders parliament opposition coalition budget
economy prices inflation market markets bank banks interest rates growth
trade exports imports oil gas energy climate weather storm flood drought fire
fires hospital health doctors patients disease virus vaccine school schools
students teachers university research scientists study report reports data
percent million billion thousand hundred dozens crowd protest protesters
strike workers union unions company companies shares investors deal deals
talks agreement treaty sanctions aid refugees hostages release negotiations
spokesman spokeswoman said says told according added noted warned urged
called announced confirmed denied rejected accused claimed estimated expected
reported described expressed believed continued remained allowed planned
launched killed wounded injured arrested charged sentenced elected appointed
resigned visited hosted summoned condemned welcomed criticised supported
opposed approved signed passed blocked delayed cancelled opened closed built
""".split()

FIRST_NAMES = """Anna David Sarah Michael Leah Daniel Maya Jonathan Rachel
Amir Noa Samuel Elena Victor Hannah Omar Julia Thomas Miriam Lucas Clara
Yosef Irene Paul Nadia Adam Sofia Peter Ruth Karim Laura Simon Dina Felix
Grace Tariq Ella Martin Ivana Jacob""".split()

SURNAMES = """Cohen Levi Smith Halperin Novak Mizrahi Brown Peretz Weber
Haddad Rossi Klein Moreau Friedman Silva Bauer Katz Dubois Shapiro Nowak
Fischer Ortiz Stein Romano Hoffman Adler Costa Berger Hassan Lindqvist""".split()

AGENCIES = """Flash90 Reuters AFP Getty Images AP Photo Xinhua EPA Bloomberg
Anadolu Shutterstock""".split()

PLACES = """Jerusalem Moscow Gaza Tel Aviv Brussels Washington Paris Berlin
Cairo Amman Beirut London Kyiv Ankara Geneva Vienna Rome Madrid Athens
Warsaw""".split()

BOILERPLATE_TAIL = ("Most Popular\nread more:", "Share this article\nMost Popular",
                    "Sign up for our newsletter\nread more:", "Advertisement\nMost Popular")

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")

VOCABULARY_SIZE = 4000
TAIL_SYLLABLES = ("ka", "lo", "mir", "ta", "ven", "dor", "sa", "ri", "bel", "no",
                  "gar", "te", "lin", "mo", "qua", "ser", "vi", "zan", "pe", "rul")
FILES_PER_FOLDER = 400
BASE_DATE = datetime.date(2023, 1, 1)


def build_vocabulary() -> tuple[list[str], list[float]]:
    """Words and cumulative Zipf weights (weight of rank r ~ 1/(r + 2.7)^1.1)."""
    words = list(dict.fromkeys(COMMON_WORDS))
    seen = set(words)
    invent = random.Random(20231116)
    while len(words) < VOCABULARY_SIZE:
        word = "".join(invent.choice(TAIL_SYLLABLES) for _ in range(invent.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    weights = [(rank + 2.7) ** -1.1 for rank in range(len(words))]
    return words, list(itertools.accumulate(weights))


WORDS, CUM_WEIGHTS = build_vocabulary()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def _sentence(rng: random.Random, length: int) -> str:
    words = rng.choices(WORDS, cum_weights=CUM_WEIGHTS, k=length)
    if rng.random() < 0.5:
        # Typographic punctuation as real articles have it: ’ – “ ”.
        words[rng.randrange(length)] = rng.choice(PLACES) + ("\u2019s" if rng.random() < 0.3 else "")
    if length > 12 and rng.random() < 0.6:
        words[length // 2] += "," if rng.random() < 0.8 else " \u2013"
    sentence = words[0].capitalize() + " " + " ".join(words[1:])
    if rng.random() < 0.08:
        return f"\u201c{sentence},\u201d {_person(rng)} said."
    return sentence + "."


def _paragraphs(rng: random.Random, total_words: int) -> list[str]:
    paragraphs, written = [], 0
    while written < total_words:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            length = rng.randint(8, 30)
            sentences.append(_sentence(rng, length))
            written += length
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _credit(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"({_person(rng)}/{rng.choice(AGENCIES)})"
    if kind < 0.8:
        return f"({rng.choice(('AP Photo', 'Getty Images', 'Reuters', 'AFP'))})"
    return f"({rng.choice(SURNAMES)} Telegram channel)"


def _caption(rng: random.Random, day: datetime.date) -> str:
    when = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{_sentence(rng, rng.randint(10, 22))[:-1]}, in {rng.choice(PLACES)} on {when}. {_credit(rng)}"


def _header_date(rng: random.Random, day: datetime.date) -> str:
    """The header date in one of the common forms a dump carries."""
    hour, minute = rng.randint(0, 23), rng.choice((0, 4, 15, 30, 45))
    forms = (
        day.isoformat(),
        f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+02:00",
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {MONTHS[day.month - 1][:3]} {day.year} {hour:02d}:{minute:02d}",
        day.strftime("%a, %d %b %Y ") + f"{hour:02d}:{minute:02d}:00 GMT",
    )
    return rng.choice(forms)


def full_scrape(rng: random.Random, day: datetime.date) -> str:
    """Title, standfirst, repeated caption, byline, body, boilerplate."""
    caption = _caption(rng, day)
    parts = [_sentence(rng, rng.randint(6, 14))[:-1], _sentence(rng, rng.randint(15, 35))[:-1],
             caption + "\n" + caption]
    if rng.random() < 0.6:
        byline = f"By {_person(rng)}"
        if rng.random() < 0.5:
            byline += f" | {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
        parts.append(byline)
    body = _paragraphs(rng, rng.randint(300, 900))
    if len(body) > 3:
        body.insert(rng.randint(1, len(body) - 1), _caption(rng, day))
    parts.extend(body)
    parts.append(rng.choice(BOILERPLATE_TAIL))
    return "\n\n".join(parts)


def header_and_body(rng: random.Random, day: datetime.date, date_text: str | None = None) -> str:
    """`` date <value> `` followed on the same line by the first paragraph."""
    body = _paragraphs(rng, rng.randint(300, 900))
    lead = " " if rng.random() < 0.7 else ""
    return f"{lead}date {date_text or day.isoformat()} " + "\n\n".join(body)


def _dump(rng: random.Random, day: datetime.date, records: int) -> list[str]:
    """Records of a concatenated dump, each with its own start marker."""
    texts = []
    for _ in range(records):
        if rng.random() < 0.3:
            texts.append("\f\n" + full_scrape(rng, day))
        else:
            texts.append(header_and_body(rng, day, _header_date(rng, day)))
    return texts


def article_file(seed: int, index: int) -> tuple[str, list[str]]:
    """The relative path and record texts of file number ``index``."""
    rng = random.Random(seed * 1_000_003 + index)
    day = BASE_DATE + datetime.timedelta(days=index // FILES_PER_FOLDER)
    kind = rng.random()
    if kind < 0.5:
        records = [full_scrape(rng, day)]
    elif kind < 0.9:
        records = [header_and_body(rng, day)]
    else:
        records = _dump(rng, day, rng.randint(2, 5))
    folder = day.strftime("%Y/%m/%d")
    return f"{folder}/{index:07d}_{rng.getrandbits(32):08x}.txt", records


def generate(out_dir: str, articles: int, seed: int = 1, first_index: int = 0,
             manifest_path: str | None = None) -> tuple[int, int]:
    """Write files until ``articles`` records exist; returns (files, bytes).

    Manifest lines: ``path relative to out_dir<TAB>offset,offset,...`` (record
    starts).
    """
    written_articles = files = total_bytes = 0
    manifest = open(manifest_path, "a", encoding="utf-8") if manifest_path else None
    try:
        index = first_index
        while written_articles < articles:
            relative, records = article_file(seed, index)
            records = records[: articles - written_articles]
            blobs = [text.encode("utf-8") for text in records]
            path = os.path.join(out_dir, relative)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            joined = b"\n".join(blobs) + b"\n"
            with open(path, "wb") as handle:
                handle.write(joined)
            if manifest:
                offsets = list(itertools.accumulate((len(b) + 1 for b in blobs[:-1]), initial=0))
                manifest.write(f"{relative}\t{','.join(map(str, offsets))}\n")
            written_articles += len(blobs)
            files += 1
            total_bytes += len(joined)
            index += 1
    finally:
        if manifest:
            manifest.close()
    return files, total_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first-index", type=int, default=0, help="number of the first file")
    parser.add_argument("--manifest", help="append record offsets to this file")
    args = parser.parse_args(argv)
    files, size = generate(args.out_dir, args.articles, args.seed, args.first_index, args.manifest)
    print(f"{files} files, {args.articles} articles, {size / 1e6:.1f} MB in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
