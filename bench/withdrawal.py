"""Benchmark the key-plant withdrawal ranking (ecopark.symbiosis.withdrawal.rank_withdrawals).

Usage::

    python bench/withdrawal.py [--sizes 1000] [--seed 0] [--demo layouts/liaobin_coastal.gpkg]

Ranks the withdrawal of every firm and facility of the Liaobin demo plan and of synthetic parks
(bench/live.py's street-grid park with CHPs, WWTPs and pipe networks, plus about 1.5 exchanges
per firm: fly ash, LP steam, treated wastewater between random firms) and prints one line each::

    park=liaobin_coastal firms=50 sites=54 rank_s=0.04
    park=synthetic firms=1000 sites=1040 rank_s=3.1

Targets (issue 16): <= 1 s for the Liaobin plan, <= 10 s at 1,000 firms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
try:
    from ecopark.model import Exchange, Park
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(HERE.parent / "desktop"))
    from ecopark.model import Exchange, Park
from ecopark.storage import load_park  # noqa: E402
from ecopark.symbiosis.withdrawal import rank_withdrawals  # noqa: E402
from live import SID, synthetic_park  # noqa: E402

MATERIALS = (("粉煤灰 fly ash", 5_000.0, "t/a"), ("低压蒸汽 LP steam", 5.0, "t/h"),
             ("处理后废水 treated wastewater", 300.0, "m³/d"))  # fmt: skip


def add_exchanges(park: Park, rng: random.Random, per_firm: float = 1.5) -> None:
    firms = sorted(park.scenario(SID).firms)
    for k in range(round(per_firm * len(firms))):
        a, b = rng.sample(firms, 2)
        material, qty, unit = rng.choice(MATERIALS)
        park.add(SID, Exchange(exchange_id=f"EX{k:05d}", from_id=a, to_id=b,
                               material=material, quantity=qty, unit=unit))  # fmt: skip


def timed(park: Park, sid: str) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    ranking = rank_withdrawals(park, sid)
    dt = time.perf_counter() - t0
    return len(park.scenario(sid).firms), len(ranking), dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--demo", default=str(HERE.parent / "layouts" / "liaobin_coastal.gpkg"))
    args = ap.parse_args()
    demo = load_park(args.demo)
    sid = demo.default_scenario().scenario_id
    firms, sites, dt = timed(demo, sid)
    print(f"park={Path(args.demo).stem} firms={firms} sites={sites} rank_s={dt:.3f}", flush=True)
    for n in args.sizes:
        rng = random.Random(args.seed)
        park = synthetic_park(n, rng)
        add_exchanges(park, rng)
        firms, sites, dt = timed(park, SID)
        print(f"park=synthetic firms={firms} sites={sites} rank_s={dt:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
