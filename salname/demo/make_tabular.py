"""Rebuild the .jsonl, .csv and .parquet demo files from tabular_articles.py.

The generated files are committed; this keeps them reproducible and lets the
tests check they still match their source. Run: python -m salname.demo.make_tabular [OUT_DIR]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from salname.demo import tabular_articles as src


def write_tabular(out_dir: Path | str) -> list[Path]:
    """Write the three tabular demo files into ``out_dir``; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    jsonl_path = out / src.JSONL_NAME
    with jsonl_path.open("w", encoding="utf-8", newline="\n") as f:
        for row in src.JSONL_ROWS:
            f.write(json.dumps({k: row[k] for k in src.JSONL_FIELDS}, ensure_ascii=False) + "\n")

    csv_path = out / src.CSV_NAME
    with csv_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(src.CSV_FIELDS))
        writer.writeheader()
        for row in src.CSV_ROWS:
            writer.writerow({k: row[k] for k in src.CSV_FIELDS})

    parquet_path = out / src.PARQUET_NAME
    schema = pa.schema([(k, pa.string()) for k in src.PARQUET_FIELDS])
    table = pa.Table.from_pylist([{k: row[k] for k in src.PARQUET_FIELDS} for row in src.PARQUET_ROWS], schema=schema)
    pq.write_table(table, parquet_path)

    return [jsonl_path, csv_path, parquet_path]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        out = Path(args[0])
    else:
        from salname.demo import demo_dir

        out = demo_dir()
    for path in write_tabular(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
