#!/usr/bin/env python3
"""stdin: markdown output. Checks that it is well-formed GitHub-flavoured markdown:
code fences are balanced, every table has a header row, a `| --- |` separator row with the
same number of cells and rows with that number of cells (escaped pipes `\\|` do not count), and
no raw control characters. Arguments name what must be present: heading, table, fence."""
import re
import sys

need = set(sys.argv[1:])
data = sys.stdin.buffer.read().decode("utf-8")
if not data.strip():
    sys.exit("empty markdown output")
if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", data):
    sys.exit("a raw control character in markdown output")


def cells(line):
    # Split a table row on unescaped pipes; drop the empty edges outside the outer pipes.
    parts = re.split(r"(?<!\\)\|", line)
    return parts[1:-1]


seen = set()
lines = data.split("\n")
in_fence = False
table_width = None
for number, line in enumerate(lines, 1):
    if line.startswith("```"):
        in_fence = not in_fence
        seen.add("fence")
        table_width = None
        continue
    if in_fence:
        continue
    if re.match(r"#{1,6} \S", line):
        seen.add("heading")
    if line.startswith("|"):
        if not line.endswith("|"):
            sys.exit(f"line {number}: table row does not end with '|': {line!r}")
        row = cells(line)
        if table_width is None:
            following = lines[number] if number < len(lines) else ""
            separator = cells(following) if following.startswith("|") else []
            if not separator or not all(re.fullmatch(r" ?:?-{3,}:? ?", c) for c in separator):
                sys.exit(f"line {number}: table header without a '| --- |' separator row")
            if len(separator) != len(row):
                sys.exit(f"line {number}: header has {len(row)} cells, separator {len(separator)}")
            table_width = len(row)
            seen.add("table")
        elif len(row) != table_width:
            sys.exit(f"line {number}: {len(row)} cells, the table has {table_width}: {line!r}")
    else:
        table_width = None
if in_fence:
    sys.exit("a code fence is never closed")
missing = need - seen
if missing:
    sys.exit(f"markdown lacks: {', '.join(sorted(missing))}")
