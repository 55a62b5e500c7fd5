"""How many addresses a second ``parse_address`` handles.

Builds a few thousand varied addresses from the gazetteer (every district, romanized old and
new spellings, misspellings, Hangul, road names, cover blocks over several lines, addresses of
Japan, Taiwan, China, Hong Kong, India, the US and offshore centres), parses
each once after a warm-up pass over a different sample, and prints addresses/second (wall
clock, and per CPU-second, which a busy machine does not distort).

    python bench/bench_address.py [--count 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from converter.parse.address import parse_address  # noqa: E402
from converter.parse.address_places import Place, gazetteer, places_by_rr  # noqa: E402

DONGS = ("Yeoksam", "Yoksam", "Samsung", "Daechi", "Sinsa", "Seocho", "Bangbae", "Yoido",
         "Mapo", "Guro", "Kasan", "Jungang", "Songdo", "Dunsan", "Jeongja", "Maetan", "Okpo")
BUILDINGS = ("Star Tower", "Kyobo Bldg.", "Hanil Building", "Daewoo Center", "Narae Plaza",
             "Korea Trade Center", "Dongbu Finance Center", "Hanil Tower")
ROADS = ("Teheran-ro", "Sejong-daero", "Gangnam-daero", "Olympic-ro", "Eulji-ro", "Dasom-ro")
FOREIGN = ("245 Park Avenue, New York, NY 10167", "30 Raffles Place, #20-01, Singapore 048622",
           "Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda",
           "Akasaka Twin Tower, 2-17-22 Akasaka, Minato-ku, Tokyo 107-0052, Japan",
           "No. 8, Li-Hsin Road 6, Hsinchu Science Park, Hsinchu 300, Taiwan",
           "18/F, Cheung Kong Center, 2 Queen's Road Central, Hong Kong",
           "B12, Xuanwumen Street,\nXicheng District Beijing, 100031\nPeople's Republic of China",
           "Express Towers, 12 Marine Drive, Mumbai 400 020, Maharashtra, India")
TYPOS = ("Yoksm", "Samsong", "Nonhyun", "Kangnum", "Daechee", "Bangbea")


def _parents(place: Place) -> list[Place]:
    chain = []
    parent = place.parent
    while parent:
        above = [p for p in places_by_rr().get(parent, ()) if p.kind in ("si", "metro", "do")]
        if not above:
            break
        chain.append(above[0])
        parent = above[0].parent
    return chain


def _one(place: Place, rng: random.Random) -> str:
    chain = _parents(place)
    spellings = [place.rr, place.mr, *[s for s in place.spellings if s.isascii()]]
    names = [rng.choice(spellings)] + [rng.choice([p.rr, p.mr]) for p in chain]
    lot = f"{rng.randint(1, 1999)}-{rng.randint(1, 99)}"
    postal = f"{rng.randint(100, 799)}-{rng.randint(0, 999):03d}"
    form = rng.randrange(7)
    if form == 6:  # spelled by another hand: a letter dropped, changed or doubled
        return f"{lot} {rng.choice(TYPOS)}-dong, {', '.join(names)}, Korea {postal}"
    if form == 0:
        return f"{rng.choice(BUILDINGS)}, {rng.randint(2, 40)}th Floor, {lot} {rng.choice(DONGS)}-dong, " \
               f"{', '.join(names)} {postal}, Korea"
    if form == 1:
        return f"{rng.choice(DONGS)} {rng.randint(1, 4)}-dong {lot}, {', '.join(names)}, Korea {postal}"
    if form == 2:
        return f"{rng.randint(1, 600)} {rng.choice(ROADS)}, {', '.join(names)} {rng.randint(10000, 63999)}"
    if form == 3:
        hangul = " ".join([p.hangul for p in reversed(chain)] + [place.hangul])
        return f"{hangul} 서초동 {lot} 국제센터 {rng.randint(2, 40)}층"
    if form == 4:
        return f"      {rng.choice(BUILDINGS)}\n      {rng.choice(DONGS)}-dong {lot}, {names[0]}\n" \
               f"      {', '.join(names[1:]) or 'Seoul'}, Korea {postal}"
    return rng.choice(FOREIGN)


def addresses(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    places = [p for p in gazetteer() if p.level > 0]
    return [_one(rng.choice(places), rng) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for text in addresses(1000, seed=1):  # warm-up: loaders, compiled patterns
        parse_address(text)
    sample = addresses(args.count, seed=2)
    best_wall = best_cpu = 0.0
    parsed = 0
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        parsed = sum(parse_address(text) is not None for text in sample)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = max(best_wall, len(sample) / wall)
        best_cpu = max(best_cpu, len(sample) / max(cpu, 1e-9))
    # CPU time does not count the time the process waits for a core on a busy machine
    print(f"{len(sample)} addresses ({parsed} parsed), best of {args.repeat}: "
          f"{best_wall:,.0f} addresses/second (wall clock), "
          f"{best_cpu:,.0f} addresses/CPU-second")


if __name__ == "__main__":
    main()
