#!/usr/bin/env python3
"""usage: check_ids.py TTY PIPE IDS: every id (one a line in IDS) that the unwrapped PIPE output
shows whole must show whole in TTY (what a narrow terminal showed) too: a layout that cut an id
over two lines fails. Ids are matched as whole tokens (not inside a longer id). A cell cut with "…" is cut after a
whole word: the Latin word before each "…" in TTY is a whole word of PIPE ("individual…", never
"individual cont…"). And no word is cut over two lines: every Latin word, file name or number
in TTY is one PIPE shows too ("high-concurrenc" + "y" and "004_3fe3bb29514d875" + "f.txt"
fail)."""
import re
import sys

tty, pipe, ids = (open(p, encoding="utf-8").read() for p in sys.argv[1:4])


def has(text, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


bad = [i for i in ids.split() if has(pipe, i) and not has(tty, i)]
for i in bad[:5]:
    print(f"id split or lost on the terminal: {i}", file=sys.stderr)
cut = [w for w in re.findall(r"([A-Za-z][\w-]*)…", tty) if not has(pipe, w)]
for w in cut[:5]:
    print(f"a word cut before …: {w}…", file=sys.stderr)
def tokens(text):
    return set(re.findall(r"[A-Za-z0-9_][\w./-]*\w", text, re.ASCII))


seen = tokens(pipe)
split = sorted(w for w in tokens(tty) - seen if not re.search(re.escape(w) + "…", tty))
for w in split[:5]:
    print(f"a word cut over two lines on the terminal: {w}", file=sys.stderr)
sys.exit(1 if bad or cut or split else 0)
