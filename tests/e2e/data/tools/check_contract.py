#!/usr/bin/env python3
"""The data contract, end to end on the built binary (docs/json.md, docs/schemas/).

  check_contract.py BINARY SCHEMA_DIR LIBRARY MODE

LIBRARY is `builtin` (the built-in library) or a folder of role files given with --roles (the
company fixture, or hostile-roles: text with escapes, tabs, newlines and bidi controls). MODE:
  json     every command's json and yaml output (yaml loaded with PyYAML) validates against its
           schema, with schema_version first
  strict   renaming any key, or giving any value another type, in each command's real json
           output makes its schema reject it: the schemas catch a renamed or retyped key
  tsv      every command's tsv reads with Python's csv module (excel-tab, QUOTE_NONE): a header
           row of the documented columns, the same number of fields in every row, and the typed
           values the json holds (ids and words, never translated labels)
"""
import atexit
import copy
import csv
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

binary, schema_dir, library, mode = sys.argv[1:5]
schema_dir = pathlib.Path(schema_dir)
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message, file=sys.stderr)


work = tempfile.mkdtemp(prefix="ctoladder-contract-")
atexit.register(shutil.rmtree, work, True)  # each run left its folder in /tmp
env = dict(os.environ, XDG_DATA_HOME=f"{work}/xdg", XDG_CACHE_HOME=f"{work}/cache",
           LC_ALL="C.UTF-8", NO_COLOR="1")
env.pop("CTOLADDER_ROLES", None)
roles = [] if library == "builtin" else ["--roles", library]
here = pathlib.Path(__file__).resolve().parent.parent  # tests/e2e/data

# (schema, arguments): every command that prints data, in the cases that change its shape
# (an overlay, no overlay, identical roles, nothing found, problems found, a one-language library).
if library == "builtin":
    cases = [
        ("list", ["list"]), ("list", ["list", "--ids"]),
        ("describe", ["describe", "cto@startup,china"]), ("describe", ["describe", "programmer"]),
        ("compare", ["compare", "architect", "cto"]), ("compare", ["compare", "cto@startup", "cto@us"]),
        ("diff", ["diff", "cto@china", "cto@us"]), ("diff", ["diff", "cto", "cto"]),
        ("search", ["search", "code"]), ("search", ["search", "zzzz-no-such-text"]),
        ("ladder", ["ladder"]),
        ("validate", ["validate"]), ("validate", ["validate", str(here / "broken-fields")]),
        ("validate", ["validate", str(here / "no-such-folder")]),
        ("path", ["path", "programmer", "cto"]), ("path", ["path", "cto", "cto@startup"]),
        ("path", ["path", "cto", "cto"]),
        ("gap", ["gap", "cto", "--have", "tech-strategy,hiring,hands-on-coding", "--from", "architect",
                 "--min", "50"]),
        ("gap", ["gap", "programmer", "--have", "tech-strategy"]),
        ("chart", ["chart", "architect", "cto@startup"]),
        ("where", ["where"]), ("where", ["where", "cto"]),
        ("new", ["new", "made-by-test", "--from", "architect", "--force"]),
        ("new", ["new", "own-by-test", "--force"]),
        ("site", ["site", f"{work}/site"]),
    ]
elif pathlib.Path(library).name == "hostile-roles":  # text with escapes, tabs, newlines, bidi
    cases = [
        ("list", ["list"]), ("describe", ["describe", "hostile"]),
        ("compare", ["compare", "hostile", "programmer"]), ("diff", ["diff", "programmer", "hostile"]),
        ("search", ["search", "pipe"]), ("ladder", ["ladder"]), ("validate", ["validate", library]),
        ("chart", ["chart", "hostile", "cto"]), ("where", ["where", "hostile"]),
        ("gap", ["gap", "hostile", "--have", "fence-duty"]),
    ]
else:
    cases = [
        ("list", ["list"]), ("list", ["list", "--ids"]),
        ("describe", ["describe", "dev-3"]), ("describe", ["describe", "senior-engineer"]),
        ("compare", ["compare", "dev-1", "dev-5"]), ("diff", ["diff", "dev-2", "dev-3"]),
        ("search", ["search", "pairing"]), ("ladder", ["ladder"]),
        ("validate", ["validate", library]),
        ("path", ["path", "dev-1", "em-3"]),
        ("gap", ["gap", "dev-3", "--have", "mentoring,architecture-design", "--from", "dev-2"]),
        ("chart", ["chart", "dev-1", "dev-5", "cto"]),
        ("where", ["where"]), ("where", ["where", "dev-3"]),
        ("new", ["new", "dev-6", "--from", "dev-5", "--force"]),
        ("site", ["site", f"{work}/site"]),
    ]


def run(args, fmt):
    if args[0] == "site":  # a fresh folder each time: site refuses to write over other files
        args = args[:-1] + [f"{args[-1]}-{fmt}"]
    done = subprocess.run([binary, *roles, *args, "--format", fmt], env=env, capture_output=True)
    if done.returncode not in (0, 1, 2) or (done.returncode == 2 and args[0] != "validate"):
        fail(f"{' '.join(args)} --format {fmt}: exit {done.returncode}: {done.stderr.decode()[:300]}")
        return None
    return done.stdout.decode("utf-8")


schemas = {}


def validator(name):
    if name not in schemas:
        schema = json.loads((schema_dir / f"{name}.schema.json").read_text())
        jsonschema.Draft7Validator.check_schema(schema)
        schemas[name] = jsonschema.Draft7Validator(schema)
    return schemas[name]


def errors(name, document):
    return sorted(validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))


def check_json():
    for name, args in cases:
        for fmt in ("json", "yaml"):
            out = run(args, fmt)
            if out is None:
                continue
            what = f"{' '.join(args)} --format {fmt}"
            document = json.loads(out) if fmt == "json" else yaml.safe_load(out)
            if not isinstance(document, dict) or next(iter(document), None) != "schema_version":
                fail(f"{what}: schema_version is not the first key")
            for error in errors(name, document)[:3]:
                fail(f"{what}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")


def key_paths(value, path=()):
    """Every (path to an object, key) and (path to a scalar), each shape once."""
    seen = set()
    out = []

    def walk(value, path, shape):
        if isinstance(value, dict):
            for key, item in value.items():
                if (shape, key) not in seen:
                    seen.add((shape, key))
                    out.append(("key", path, key))
                walk(item, path + (key,), shape + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, path + (i,), shape + ("[]",))
        elif ("leaf", shape, type(value)) not in seen:
            seen.add(("leaf", shape, type(value)))
            out.append(("leaf", path, None))

    walk(value, path, ())
    return out


def shape(path):
    return tuple("[]" if isinstance(step, int) else step for step in path)


def at(document, path):
    for step in path:
        document = document[step]
    return document


def mutations(document):
    """(what changed, the changed document) for each key shape and leaf shape of the document."""
    for kind, path, key in key_paths(document):
        broken = copy.deepcopy(document)
        if kind == "key":
            parent = at(broken, path)
            parent[key + "_renamed"] = parent.pop(key)
            yield ("key", shape(path), key), f"key {'/'.join(map(str, path + (key,)))} renamed", broken
        elif path:
            parent = at(broken, path[:-1])
            value = parent[path[-1]]
            # Another type: a number for a string, a string for a number or boolean, and for
            # null an object no schema piece takes (a Text or Range has other keys).
            parent[path[-1]] = (7 if isinstance(value, str) else
                                {"retyped": 7} if value is None else "7")
            yield (("leaf", shape(path), type(value).__name__),
                   f"value at {'/'.join(map(str, path))} retyped", broken)


def check_strict():
    # Per schema: every mutation of the smallest case's json (each one validates the whole
    # document again), then those of the other cases' key and value shapes it lacks.
    documents = {}
    for name, args in cases:
        out = run(args, "json")
        if out is not None:
            documents.setdefault(name, []).append((args, json.loads(out)))
    for name, found in documents.items():
        found.sort(key=lambda item: len(json.dumps(item[1])))
        tried = set()
        for args, document in found:
            for what, change, broken in mutations(document):
                if what in tried:
                    continue
                tried.add(what)
                if not errors(name, broken):
                    fail(f"{' '.join(args)}: the {name} schema accepts the document with its {change}")
        if len(tried) < 5:
            fail(f"{name}: only {len(tried)} mutations tried")
        print(f"{name}: {len(tried)} renamed keys and retyped values, each rejected")


# The documented tsv columns (docs/json.md), per command; list --ids has one.
COLUMNS = {
    "list": ["id", "name", "track", "rank", "years"],
    "ids": ["id"],
    "describe": ["domain", "id", "text", "how", "article", "section"],
    "compare": ["kind", "domain", "id", "a", "b"],
    "diff": ["sign", "domain", "id", "text"],
    "search": ["role", "domain", "id", "text"],
    "ladder": ["rank", "id", "track", "years", "next"],
    "validate": ["file", "line", "column", "severity", "message"],
    "path": ["step", "kind", "domain", "id", "from", "to"],
    "gap": ["kind", "domain", "id", "held", "total", "percent", "learned_at", "overlay", "text"],
    "chart": ["role", "domain", "count", "role_share", "value", "fraction"],
    "where": ["id", "file", "replaces", "refines", "extends"],
    "new": ["id", "extends", "file", "replaces"],
    "site": ["path", "bytes"],
}


def unescape(cell):
    """The TSV escapes (\\\\, \\t, \\n, \\r, \\xHH) back to the characters."""
    out, i = [], 0
    while i < len(cell):
        if cell.startswith("\\x", i) and len(cell) >= i + 4:
            out.append(chr(int(cell[i + 2:i + 4], 16)))
            i += 4
        elif cell[i] == "\\" and i + 1 < len(cell):
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(cell[i + 1], cell[i:i + 2]))
            i += 2
        else:
            out.append(cell[i])
            i += 1
    return "".join(out)


def tsv_range(value):
    if value is None:
        return ""
    end = lambda v: "" if v is None else str(v)
    return f"{end(value['min'])}-{end(value['max'])}"


def tsv_value(value):
    """A typed json value as its tsv cell (docs/json.md); a Text in English."""
    if value is None:
        return ""
    if isinstance(value, dict) and set(value) == {"min", "max"}:
        return tsv_range(value)
    if isinstance(value, dict):
        return value["en"] if value["en"] is not None else (value["zh"] or "")
    return str(value)


def check_tsv():
    for name, args in cases:
        key = "ids" if args[:2] == ["list", "--ids"] else name
        out = run(args, "tsv")
        if out is None:
            continue
        what = f"{' '.join(args)} --format tsv"
        rows = list(csv.reader(out.splitlines(keepends=True), dialect=csv.excel_tab,
                               quoting=csv.QUOTE_NONE))
        if not rows or rows[0] != COLUMNS[key]:
            fail(f"{what}: header {rows[0] if rows else None}, expected {COLUMNS[key]}")
            continue
        for number, row in enumerate(rows[1:], 2):
            if len(row) != len(COLUMNS[key]):
                fail(f"{what}: row {number} has {len(row)} fields: {row}")
        records = [dict(zip(rows[0], map(unescape, row))) for row in rows[1:]]
        document = json.loads(run(args, "json") or "{}")
        # The cells hold what the json holds: ids, words and numbers, never labels.
        if key == "list":
            expected = [[r["id"], r["track"], str(r["rank"]), tsv_range(r["years"])] for r in document["roles"]]
            got = [[r["id"], r["track"], r["rank"], r["years"]] for r in records]
            if got != expected:
                fail(f"{what}: rows {got[:2]} differ from the json's {expected[:2]}")
        if key in ("compare", "diff"):
            fields = {f["field"]: f for f in document["fields"]}
            for record in records:
                if key == "compare" and record["kind"] == "field":
                    f = fields[record["id"]]
                    if [record["a"], record["b"]] != [tsv_value(f["a"]), tsv_value(f["b"])]:
                        fail(f"{what}: field {record['id']}: {record['a']!r} {record['b']!r}, json "
                             f"{f['a']!r} {f['b']!r}")
                if key == "diff" and record["domain"] == "fields":
                    side = "a" if record["sign"] == "-" else "b"
                    if record["text"] != tsv_value(fields[record["id"]][side]):
                        fail(f"{what}: field {record['id']}: {record['text']!r}")
        if key == "path":
            fields = [f for s in document["steps"] for f in s["fields"] if f["differs"]]
            cells = [[r["id"], r["from"], r["to"]] for r in records
                     if r["kind"] == "field" and r["step"] != "total"]
            if cells != [[f["field"], tsv_value(f["from"]), tsv_value(f["to"])] for f in fields]:
                fail(f"{what}: field rows {cells[:3]} differ from the json's")
        if key == "validate":
            problems = [[p["file"], tsv_value(p["line"]), tsv_value(p["column"]), p["severity"],
                         p["message"]] for p in document["problems"]]
            if [[unescape(c) for c in row] for row in rows[1:]] != problems:
                fail(f"{what}: rows differ from the json's problems")
        if key == "describe":
            duties = {r["id"]: r for r in document["responsibilities"]}
            for record in records:
                r = duties[record["id"]]
                if record["text"] != tsv_value(r["text"]) or record["domain"] != r["domain"]:
                    fail(f"{what}: duty {record['id']} differs from the json's")


{"json": check_json, "strict": check_strict, "tsv": check_tsv}[mode]()
if failures:
    sys.exit(f"{len(failures)} failures")
print(f"{mode} {library}: {len(cases)} cases, all hold")
