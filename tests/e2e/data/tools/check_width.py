#!/usr/bin/env python3
"""stdin: text output. Fails when a line is wider than MAX display columns
(East Asian wide/fullwidth characters count 2, combining marks 0)."""
import sys
import unicodedata

limit = int(sys.argv[1])
data = sys.stdin.buffer.read().decode("utf-8")
if not data:
    sys.exit("empty output")
bad = 0
for number, line in enumerate(data.split("\n"), 1):
    width = 0
    for ch in line:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    if width > limit:
        bad += 1
        if bad <= 5:
            print(f"line {number} is {width} columns wide (limit {limit}): {line}", file=sys.stderr)
sys.exit(1 if bad else 0)
