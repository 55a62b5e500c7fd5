"""A benchmark corpus: N filings made from the repository's example documents and variants.

Templates are ``examples/*.txt`` and ``tests/data/**/*.txt`` (and the seed documents in
``../shared/seeds`` when that folder exists). Each generated document is a template with its
issuer names, amounts and dates changed by a seeded random generator, so a corpus is the same
every time for the same ``seed`` and a run measures realistic, varied text rather than one file
read from cache 5,000 times.

    python bench/corpus.py OUT_DIR [--docs 5000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

# Name words for made-up issuers: romanised syllables and English words common in Korean and
# other issuers' names (invented combinations, not real companies).
_SYLLABLES = ("Dae", "Sung", "Min", "Kyung", "Won", "Jae", "Tae", "Young", "Dong", "Chul", "Ho", "Gyo",
              "Nam", "Buk", "Seo", "Il", "Sam", "Pyung", "Moon", "Kwang")
_WORDS = ("Ocean", "Summit", "Pioneer", "Harbor", "Crescent", "Meridian", "Granite", "Silverline",
          "Northgate", "Evergreen", "Keystone", "Bluewave", "Redwood", "Starlight", "Unity")
_SECTORS = ("Telecom", "Steel", "Chemical", "Shipping", "Electronics", "Securities", "Motors", "Foods",
            "Semiconductor", "Networks", "Energy", "Holdings")

_COMPANY = re.compile(
    r"\b((?:[A-Z][A-Za-z&'\-]*\.? ){0,3}[A-Z][A-Za-z&'\-]*),? "
    r"(Co\., Ltd\.|Co\.,Ltd\.|Corporation|Corp\.|Inc\.|Limited|Ltd\.|L\.P\.|CO\., LTD\.|CORPORATION|INC\.|LIMITED|LP)( *)"
)
_AMOUNT = re.compile(r"(?<![\d\-/])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d\-/])|(?<![\d.\-/])\d+\.\d+(?![\d.\-/])")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2}), (\d{4})\b")


def templates() -> list[tuple[str, str]]:
    """``(name, text)`` of every template document, in a fixed order."""
    paths = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))
    if SEEDS.is_dir():
        paths += sorted(SEEDS.glob("*.txt"))
    found = []
    for path in paths:
        try:
            found.append((path.stem, path.read_bytes().decode("utf-8")))
        except (OSError, UnicodeDecodeError):
            continue  # the corpus is made of text templates; others are skipped
    return found


def issuer_name(rng: random.Random) -> str:
    first = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES).lower()
    return f"{first} {rng.choice(_WORDS + _SECTORS)}"


def _aligned(match: re.Match[str], new: str) -> str:
    """``new`` followed by the match's trailing spaces, widened or narrowed so that a table
    column after the name stays where it was (at least two spaces are kept)."""
    spaces = match.group(3)
    if len(spaces) < 2:
        return new + spaces
    width = len(match.group(0))
    return new + " " * max(2, width - len(new))


def _rename_issuers(text: str, rng: random.Random) -> str:
    names: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        old = match.group(1)
        if old.split()[0].lower() in {"the", "of", "and", "by", "for", "to"}:
            return match.group(0)
        key = old.lower()
        if key not in names:
            names[key] = issuer_name(rng)
        new = names[key].upper() if old.isupper() else names[key]
        whole = match.group(0)
        return _aligned(match, whole[:len(whole) - len(match.group(3))].replace(old, new, 1))

    return _COMPANY.sub(swap, text)


def _change_amounts(text: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        if match.string[max(0, match.start() - 8):match.start()].lower().endswith("exhibit "):
            return match.group(0)  # an exhibit number, not an amount
        digits = [rng.choice("0123456789") if ch.isdigit() else ch for ch in match.group(0)]
        if digits[0] == "0" and len(digits) > 1 and digits[1] != ".":
            digits[0] = rng.choice("123456789")
        return "".join(digits)

    return _AMOUNT.sub(swap, text)


def _shift_dates(text: str, rng: random.Random) -> str:
    shift = dt.timedelta(days=rng.randint(-900, 900))

    def swap(match: re.Match[str]) -> str:
        try:
            day = dt.date(int(match.group(3)), _MONTHS.index(match.group(1)) + 1, int(match.group(2)))
        except ValueError:
            return match.group(0)
        moved = day + shift
        return f"{_MONTHS[moved.month - 1]} {moved.day}, {moved.year}"

    return _DATE.sub(swap, text)


def variant(text: str, rng: random.Random) -> str:
    """``text`` with issuer names, amounts and dates changed."""
    return _shift_dates(_change_amounts(_rename_issuers(text, rng), rng), rng)


def documents(count: int, seed: int = 7) -> Iterator[tuple[str, bytes]]:
    """``(file name, bytes)`` of ``count`` documents; the first round is the templates as is."""
    found = templates()
    if not found:
        raise SystemExit("no template documents found under examples/ or tests/data/")
    rng = random.Random(seed)
    for number in range(count):
        name, text = found[number % len(found)]
        if number >= len(found):
            text = variant(text, rng)
        yield f"{number:05d}-{name}.txt", text.encode("utf-8")


def write_corpus(out_dir: Path, count: int, seed: int = 7) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in documents(count, seed):
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out_dir, args.docs, args.seed)
    print(f"{len(paths)} documents -> {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
