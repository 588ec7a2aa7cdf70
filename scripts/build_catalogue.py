"""Build ``kie_provider/catalogue.json`` from kie.ai's published docs (the snapshot) and the hand-curated overlay.

``python scripts/build_catalogue.py`` writes the catalogue, then the operators and the README table
(``scripts/generate_operators.py``); ``--check`` exits 1 when any of them is stale. ``make catalogue``
runs it. The docs snapshot is ``kie_provider/data/docs_snapshot.json`` (each page's URL, the crawl's
date and source); the overlay is ``kie_provider/data/catalogue_overlay.json``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kie_provider.catalogue_build import build_catalogue, dump_catalogue, load_overlay, load_pages  # noqa: E402

TARGET = ROOT / "kie_provider" / "catalogue.json"


def main(argv: list[str] | None = None) -> int:
    """
    Write (or with ``--check`` compare) the catalogue, then the generated operators and README table.

    :param argv: command-line arguments.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if catalogue.json or the operators are stale")
    args = parser.parse_args(argv)
    entries = build_catalogue(load_pages(), load_overlay())
    text = dump_catalogue(entries)
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print("kie_provider/catalogue.json is stale: run make catalogue", file=sys.stderr)
            return 1
    else:
        TARGET.write_text(text, encoding="utf-8")
        market = sum(e["family"] == "market" for e in entries)
        print(f"wrote {TARGET.relative_to(ROOT)}: {len(entries)} models ({market} Market)")
    generate = [sys.executable, str(ROOT / "scripts" / "generate_operators.py"), *(["--check"] if args.check else [])]
    return subprocess.run(generate, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
