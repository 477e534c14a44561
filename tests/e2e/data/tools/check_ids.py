#!/usr/bin/env python3
"""usage: check_ids.py TTY PIPE IDS: every id (one a line in IDS) that the unwrapped PIPE output
shows whole must show whole in TTY (what a narrow terminal showed) too: a layout that cut an id
over two lines fails. Ids are matched as whole tokens (not inside a longer id)."""
import re
import sys

tty, pipe, ids = (open(p, encoding="utf-8").read() for p in sys.argv[1:4])


def has(text, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


bad = [i for i in ids.split() if has(pipe, i) and not has(tty, i)]
for i in bad[:5]:
    print(f"id split or lost on the terminal: {i}", file=sys.stderr)
sys.exit(1 if bad else 0)
