#!/usr/bin/env python3
"""Check a generated benchmark library against docs/role-format.md (with PyYAML).

    check_library.py DIR [--seeds DIR_WITH_ARTICLES]

Independent of ctoladder: it is the generator's test. Exits 1 and lists problems if any.
Prints file count, total bytes and average role-file size.
"""

import argparse
import os
import re
import sys

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BUILTIN = set("programmer senior-engineer architect tech-manager tech-director cto chief-architect "
              "head-of-engineering".split())
DOMAINS = ["strategy", "architecture", "engineering", "implementation", "organization",
           "hiring", "development", "delivery", "influence"]
TRACKS = {"individual-contributor", "management", "executive"}
SCOPES = {"task", "module", "system", "product-line", "platform", "company"}
CODING = {"core", "part", "none"}
SET_KEYS = {"track", "scope", "years", "team_size", "coding", "summary", "purpose"}
AXIS = {"startup": "variant", "enterprise": "variant", "china": "profile", "us": "profile"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--seeds", help="folder with the source articles, to check section headings")
    a = ap.parse_args()
    errs = []

    def err(f, msg):
        errs.append("%s: %s" % (f, msg))

    headings = None
    if a.seeds and os.path.isdir(a.seeds):
        headings = {}
        for f in os.listdir(a.seeds):
            with open(os.path.join(a.seeds, f), encoding="utf-8") as fh:
                headings[f] = {l.lstrip("#").strip() for l in fh if l.startswith("#")}

    def tr(f, v, what):
        if not (isinstance(v, dict) and set(v) == {"en", "zh"} and all(isinstance(v[k], str) and v[k] for k in v)):
            err(f, "%s is not an {en, zh} pair of strings: %r" % (what, v))

    def source(f, v, what):
        if not (isinstance(v, dict) and set(v) == {"article", "section"}
                and isinstance(v["article"], str) and isinstance(v["section"], str)):
            err(f, "%s is not a source: %r" % (what, v))
        elif headings is not None:
            if v["article"] not in headings:
                err(f, "%s: unknown article %s" % (what, v["article"]))
            elif v["section"] not in headings[v["article"]]:
                err(f, "%s: %s has no heading %r" % (what, v["article"], v["section"]))

    def resp(f, r, what):
        if not isinstance(r, dict) or not {"id", "domain", "text", "source"} <= set(r) or \
                not set(r) <= {"id", "domain", "text", "how", "source"}:
            err(f, "%s: bad responsibility %r" % (what, r))
            return None
        if not KEBAB.match(str(r["id"])):
            err(f, "%s: bad id %r" % (what, r["id"]))
        if r["domain"] not in DOMAINS:
            err(f, "%s: unknown domain %r" % (what, r["domain"]))
        tr(f, r["text"], what + " text")
        if "how" in r:
            tr(f, r["how"], what + " how")
        source(f, r["source"], what + " source")
        return r["id"]

    total = 0
    with open(os.path.join(a.dir, "domains.yaml"), "rb") as fh:
        raw = fh.read()
    total += len(raw)
    doms = yaml.load(raw, Loader=Loader)
    if [d["id"] for d in doms["domains"]] != DOMAINS:
        err("domains.yaml", "domain ids are not exactly the 9 expected")
    for d in doms["domains"]:
        tr("domains.yaml", d["name"], "name")
        tr("domains.yaml", d["summary"], "summary")
        for s in d["sources"]:
            source("domains.yaml", s, "source")

    roles = {}
    sizes = []
    for fn in sorted(os.listdir(a.dir)):
        if not fn.endswith(".yaml") or fn == "domains.yaml":
            continue
        with open(os.path.join(a.dir, fn), "rb") as fh:
            raw = fh.read()
        total += len(raw)
        sizes.append(len(raw))
        d = yaml.load(raw, Loader=Loader)
        roles[fn[:-5]] = d
        if d.get("id") != fn[:-5]:
            err(fn, "id %r does not match the file name" % d.get("id"))

    duty = {}  # id -> (domain, text)
    aliases = {}
    order = sorted(roles)
    for rid in order:
        d = roles[rid]
        f = rid
        allowed = {"id", "name", "aliases", "rank", "track", "scope", "years", "team_size", "coding",
                   "summary", "purpose", "next", "extends", "sources", "responsibilities", "remove",
                   "overlays"}
        if not set(d) <= allowed:
            err(f, "unknown keys %s" % (set(d) - allowed))
        if not KEBAB.match(rid) or rid in BUILTIN:
            err(f, "bad or colliding id")
        tr(f, d.get("name"), "name")
        al = d.get("aliases", [])
        if not (1 <= len(al) <= 2):
            err(f, "expected 1-2 aliases")
        for x in al:
            if not isinstance(x, str):
                err(f, "alias %r is not a string" % x)
                continue
            k = x.lower()
            if k in aliases:
                err(f, "alias %s also on %s" % (x, aliases[k]))
            if k in roles or k in BUILTIN:
                err(f, "alias %s equals an id" % x)
            aliases[k] = rid
        if not (isinstance(d.get("rank"), int) and 1 <= d["rank"] <= 8):
            err(f, "bad rank")
        if d.get("track") not in TRACKS:
            err(f, "bad track")
        if d.get("scope") not in SCOPES:
            err(f, "bad scope")
        if "coding" in d and d["coding"] not in CODING:
            err(f, "bad coding")
        for k in ("years", "team_size"):
            if k in d and not (isinstance(d[k], dict) and d[k] and set(d[k]) <= {"min", "max"}
                               and all(isinstance(v, int) for v in d[k].values())):
                err(f, "bad %s" % k)
        tr(f, d.get("summary"), "summary")
        tr(f, d.get("purpose"), "purpose")
        if not d.get("sources"):
            err(f, "no sources")
        for s in d.get("sources", []):
            source(f, s, "sources")
        for n in d.get("next", []):
            if n not in roles:
                err(f, "next %s does not exist" % n)
            elif roles[n]["rank"] <= d["rank"]:
                err(f, "next %s is not of higher rank" % n)
        own = []
        for i, r in enumerate(d.get("responsibilities") or []):
            x = resp(f, r, "responsibilities[%d]" % i)
            if x:
                own.append(x)
                prev = duty.setdefault(x, (r["domain"], r["text"]["en"], r["text"]["zh"]))
                if prev != (r["domain"], r["text"]["en"], r["text"]["zh"]):
                    err(f, "duty %s differs from another role's" % x)
        if len(own) != len(set(own)):
            err(f, "duplicate responsibility ids")
        if not own and "extends" not in d:
            err(f, "empty responsibilities without extends")
        if "remove" in d and "extends" not in d:
            err(f, "remove without extends")
        if "extends" in d:
            b = d["extends"]
            if b not in roles:
                err(f, "extends %s does not exist" % b)
            elif order.index(b) >= order.index(rid):
                err(f, "extends %s has a higher index" % b)

    # resolve inheritance (bases have lower index, so one pass in order)
    resolved = {}
    for rid in order:
        d = roles[rid]
        inh = set(resolved.get(d.get("extends"), set()))
        for x in d.get("remove", []):
            if x not in inh:
                err(rid, "remove %s is not inherited" % x)
        own = {r["id"] for r in d.get("responsibilities") or []}
        resolved[rid] = (inh - set(d.get("remove", []))) | own

    n_over = n_ext = 0
    for rid in order:
        d = roles[rid]
        n_ext += "extends" in d
        ov = d.get("overlays")
        if not ov:
            continue
        n_over += 1
        own = [r["id"] for r in d.get("responsibilities") or []]
        if not (1 <= len(ov) <= 2):
            err(rid, "expected 1-2 overlays")
        adds_by_axis = {}
        touched_by_axis = {}
        for name, o in ov.items():
            if AXIS.get(name) != o.get("axis"):
                err(rid, "overlay %s has axis %r" % (name, o.get("axis")))
            tr(rid, o.get("summary"), "overlay %s summary" % name)
            source(rid, o.get("source"), "overlay %s source" % name)
            if not set(o.get("set", {})) <= SET_KEYS:
                err(rid, "overlay %s sets unknown fields" % name)
            if not set(o) <= {"axis", "summary", "source", "set", "add", "remove", "reword"}:
                err(rid, "overlay %s has unknown keys" % name)
            if not set(o) & {"set", "add", "remove", "reword"}:
                err(rid, "overlay %s changes nothing" % name)
            ax = o.get("axis")
            for r in o.get("add", []):
                x = resp(rid, r, "overlay %s add" % name)
                if x in resolved[rid]:
                    err(rid, "overlay %s adds %s which the role already has" % (name, x))
                for other, ids in adds_by_axis.items():
                    if other != ax and x in ids:
                        err(rid, "overlay add %s repeated across axes" % x)
                adds_by_axis.setdefault(ax, set()).add(x)
            targets = list(o.get("remove", [])) + [w["id"] for w in o.get("reword", [])]
            for w in o.get("reword", []):
                if not set(w) - {"id"} or not set(w) <= {"id", "text", "how"}:
                    err(rid, "overlay %s: bad reword %r" % (name, w))
                for k in ("text", "how"):
                    if k in w:
                        tr(rid, w[k], "overlay %s reword %s" % (name, k))
            for x in targets:
                if x not in own:
                    err(rid, "overlay %s targets %s which is not in the role's own list" % (name, x))
                for other, ids in touched_by_axis.items():
                    if other != ax and x in ids:
                        err(rid, "overlay target %s repeated across axes" % x)
            touched_by_axis.setdefault(ax, set()).update(targets)

    n = len(sizes)
    print("files=%d total_bytes=%d avg_role_bytes=%.0f min=%d max=%d distinct_duty_ids=%d "
          "extends=%d overlays=%d" % (n, total, (sum(sizes) / n) if n else 0, min(sizes, default=0),
                                      max(sizes, default=0), len(duty), n_ext, n_over))
    if errs:
        print("%d problem(s):" % len(errs))
        for e in errs[:50]:
            print("  " + e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
