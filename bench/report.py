#!/usr/bin/env python3
"""Turn bench/run.sh's manifest and hyperfine JSON exports into a Markdown table.

    report.py MANIFEST [--out results.md] [--bin PATH] [--title TEXT] [--note TEXT ...] [--strict]

MANIFEST is tab-separated, one comparison per line ('#' lines are comments):

    time  TARGET  JSON  CMD_INDEX  BASE_INDEX  LIMIT
        medians of results[CMD_INDEX] and results[BASE_INDEX] of a hyperfine --export-json file
    rss   TARGET  COMMAND  RSS_BYTES  BASELINE_LABEL  BASELINE_BYTES  LIMIT
        a peak resident set size against a byte count

ratio = value / baseline; a row is met when ratio <= LIMIT. LIMIT '-' means informational.
Prints the table and writes it (with the title and notes) to --out. Standard library only.
"""

import argparse
import json
import os
import sys


def sig3(x):
    return ("%.3g" % x) if x < 1000 else ("%.0f" % x)


def fmt_time(s):
    if s >= 1:
        return "%s s" % sig3(s)
    if s >= 1e-3:
        return "%s ms" % sig3(s * 1e3)
    return "%s µs" % sig3(s * 1e6)


def fmt_bytes(b):
    for unit, k in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if b >= k:
            return "%s %s" % (sig3(b / k), unit)
    return "%d B" % b


def fmt_ratio(r):
    return sig3(r) + "×"


def cell(s):
    return "`%s`" % s.replace("|", "\\|").replace("`", "'")


def short(cmd, binary):
    if binary:
        cmd = cmd.replace(binary, "ctoladder")
    return cmd.replace("bench/out/", "")


def rows_from(manifest, binary):
    rows = []
    cache = {}
    with open(manifest, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split("\t")
            try:
                if f[0] == "time":
                    _, target, path, ci, bi, limit = f
                    if path not in cache:
                        with open(path, encoding="utf-8") as jf:
                            cache[path] = json.load(jf)["results"]
                    res = cache[path]
                    c, b = res[int(ci)], res[int(bi)]
                    val, base = c["median"], b["median"]
                    rows.append(dict(target=target, command=short(c["command"], binary),
                                     value=fmt_time(val), baseline=short(b["command"], binary),
                                     base_value=fmt_time(base), ratio=val / base, limit=limit))
                elif f[0] == "rss":
                    _, target, command, rss, blabel, bbytes, limit = f
                    rows.append(dict(target=target, command=short(command, binary),
                                     value=fmt_bytes(int(rss)) + " peak RSS", baseline=blabel,
                                     base_value=fmt_bytes(int(bbytes)),
                                     ratio=int(rss) / int(bbytes), limit=limit))
                else:
                    raise ValueError("unknown kind %r" % f[0])
            except (ValueError, KeyError, IndexError, OSError, ZeroDivisionError) as e:
                raise SystemExit("report.py: %s:%d: %s" % (manifest, lineno, e))
    return rows


def table(rows):
    out = ["| target | command | median | baseline | baseline median | ratio | limit | result |",
           "| --- | --- | ---: | --- | ---: | ---: | ---: | --- |"]
    for r in rows:
        if r["limit"] in ("-", ""):
            limit, verdict = "–", "info"
        else:
            lim = float(r["limit"])
            limit = "≤ %s×" % r["limit"]
            verdict = "met" if r["ratio"] <= lim else "**not met**"
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["target"], cell(r["command"]), r["value"], cell(r["baseline"]), r["base_value"],
            fmt_ratio(r["ratio"]), limit, verdict))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest")
    ap.add_argument("--out")
    ap.add_argument("--bin", help="binary path to show as 'ctoladder'")
    ap.add_argument("--title", default="ctoladder benchmark results")
    ap.add_argument("--note", action="append", default=[])
    ap.add_argument("--strict", action="store_true", help="exit 3 if any limit is not met")
    a = ap.parse_args()
    rows = rows_from(a.manifest, a.bin)
    t = table(rows)
    print(t)
    if a.out:
        text = "# %s\n\n" % a.title
        text += "".join("- %s\n" % n for n in a.note)
        text += ("\n" if a.note else "") + t + "\n\n"
        text += ("Medians from hyperfine; ratio = median / baseline median "
                 "(for RSS: peak RSS / the byte bound named as baseline); a target is met when ratio ≤ limit.\n")
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(text)
    failed = sum(1 for r in rows if r["limit"] not in ("-", "") and r["ratio"] > float(r["limit"]))
    if failed:
        print("%d target(s) not met" % failed, file=sys.stderr)
    return 3 if (failed and a.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
