#!/usr/bin/env python3
"""stdin: tsv output. Every row must have exactly COLUMNS tab-separated fields and there must be
at least MIN_ROWS rows (default 1). No carriage returns, and the output ends with a newline."""
import sys

columns = int(sys.argv[1])
min_rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1
data = sys.stdin.buffer.read().decode("utf-8")
if "\r" in data:
    sys.exit("a carriage return in tsv output")
if data and not data.endswith("\n"):
    sys.exit("tsv output does not end with a newline")
rows = data.split("\n")[:-1] if data else []
if len(rows) < min_rows:
    sys.exit(f"{len(rows)} rows, expected at least {min_rows}")
for number, row in enumerate(rows, 1):
    fields = row.split("\t")
    if len(fields) != columns:
        sys.exit(f"row {number} has {len(fields)} fields, expected {columns}: {row!r}")
