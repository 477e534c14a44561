#!/usr/bin/env python3
"""Writes docs/schemas/<command>.schema.json: the JSON Schema (draft-07) of every command's json
and yaml output, the data contract docs/json.md describes in words.

The pieces every command shares (Text, Range, Responsibility, a field row, ...) are written once
here and copied into each schema, so each file stands alone: an editor or a validator needs no
other file. Every object is closed (additionalProperties: false) and lists all its keys as
required, so a test validating real output catches a key renamed, dropped or retyped.

  scripts/make-output-schemas.py            write docs/schemas/
  scripts/make-output-schemas.py --check    exit 1 when docs/schemas/ differs from what it writes
"""
import json
import pathlib
import sys

SCHEMA_VERSION = 1  # kSchemaVersion in include/ctoladder/report.hpp
DRAFT = "http://json-schema.org/draft-07/schema#"
OUT = pathlib.Path(__file__).resolve().parent.parent / "docs" / "schemas"


def ref(name):
    return {"$ref": f"#/definitions/{name}"}


def nullable(schema):
    return {"oneOf": [{"type": "null"}, schema]}


def array(items):
    return {"type": "array", "items": items}


def closed(properties, description=None):
    """An object with exactly these keys, all present (null where a value is absent)."""
    out = {"type": "object"}
    if description:
        out["description"] = description
    out.update({"properties": properties, "required": list(properties),
                "additionalProperties": False})
    return out


COUNT = {"type": "integer", "minimum": 0}
PERCENT = {"type": "number", "minimum": 0, "maximum": 100}
STRING = {"type": "string"}

DEFINITIONS = {
    "schemaVersion": {
        "description": "The version of the data contract this document follows; it changes only "
                       "when a key is renamed, removed or retyped (docs/json.md).",
        "const": SCHEMA_VERSION},
    "id": {"description": "A role, responsibility or domain id.",
           "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "reference": {"description": "A resolved role reference: ROLE or ROLE@OVERLAY[,OVERLAY...].",
                  "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*(@[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*)?$"},
    "text": closed({"en": nullable(STRING), "zh": nullable(STRING)},
                   "A text in both languages; a language the text lacks is null."),
    "range": nullable(closed({"min": nullable({"type": "integer"}),
                              "max": nullable({"type": "integer"})})),
    "source": closed({"article": STRING, "section": STRING}),
    "responsibility": closed({"id": ref("id"), "domain": ref("id"), "text": ref("text"),
                              "how": nullable(ref("text")), "source": ref("source"),
                              "also": array(ref("source"))}),
    "basis": closed({"source": nullable(ref("source")), "inference": nullable(ref("text"))},
                    "Why a link or rank stands: an article, the project's inference, or neither."),
    "guidance": closed({"text": ref("text"), "source": ref("source")}),
    "roleGuidance": closed({"text": ref("text"), "source": ref("source"),
                            "overlay": nullable(STRING), "inherited_from": nullable(ref("id"))}),
    "nextStep": closed({"id": ref("id"), "source": nullable(ref("source")),
                        "inference": nullable(ref("text")), "guidance": array(ref("guidance"))}),
    "track": {"enum": ["individual-contributor", "management", "executive"]},
    "scope": {"enum": ["task", "module", "system", "product-line", "platform", "company"]},
    "coding": {"enum": ["core", "part", "none", None]},
}

# A role's name, rank and fields (kRoleFields in include/ctoladder/model.hpp), each with the type
# of its value: the same in describe, list, compare and path.
FIELD_TYPES = {
    "name": ref("text"),
    "rank": {"type": "integer"},
    "track": ref("track"),
    "scope": ref("scope"),
    "years": ref("range"),
    "team_size": ref("range"),
    "coding": ref("coding"),
    "summary": ref("text"),
    "purpose": ref("text"),
}
SHORT_FIELDS = ["track", "scope", "years", "team_size", "coding"]  # list shows these
PROSE_FIELDS = ["summary", "purpose"]


def field_row(a, b):
    """A row of compare (a, b) or path (from, to): the field's key, its typed value on each side,
    and whether they differ. One alternative per field, so a value of the wrong type fails."""
    return {"oneOf": [closed({"field": {"const": key}, a: value, b: value,
                              "differs": {"type": "boolean"}})
                      for key, value in FIELD_TYPES.items()]}


DEFINITIONS["compareField"] = field_row("a", "b")
DEFINITIONS["pathField"] = field_row("from", "to")


def role_summary_properties():
    props = {"id": ref("id"), "name": ref("text"), "aliases": array(STRING),
             "rank": {"type": "integer"}}
    props.update({key: FIELD_TYPES[key] for key in SHORT_FIELDS})
    props["overlays"] = array(STRING)
    return props


DEFINITIONS["roleSummary"] = closed(role_summary_properties())


def document(title, description, properties, alternatives=None):
    """A command's schema: its definitions and the document, schema_version first."""
    schema = {"$schema": DRAFT, "title": title, "description": description}
    if alternatives:
        schema["oneOf"] = [closed({"schema_version": ref("schemaVersion"), **p}) for p in alternatives]
    else:
        schema.update(closed({"schema_version": ref("schemaVersion"), **properties}))
    schema["definitions"] = DEFINITIONS
    return schema


def comparison():
    return {
        "a": ref("reference"), "b": ref("reference"),
        "fields": array(ref("compareField")),
        "domains": array(closed({
            "id": ref("id"), "name": nullable(ref("text")),
            "both": array(closed({"id": ref("id"), "worded_alike": {"type": "boolean"},
                                  "a": ref("responsibility"), "b": ref("responsibility")})),
            "only_a": array(ref("responsibility")), "only_b": array(ref("responsibility"))})),
        "summary": closed({"shared": COUNT, "reworded": COUNT, "only_a": COUNT, "only_b": COUNT,
                           "fields_differ": COUNT, "identical": {"type": "boolean"}}),
    }


def describe():
    props = {"id": ref("id"), "reference": ref("reference"), "name": ref("text"),
             "aliases": array(STRING), "rank": {"type": "integer"}}
    props.update({key: FIELD_TYPES[key] for key in SHORT_FIELDS + PROSE_FIELDS})
    described_duty = dict(DEFINITIONS["responsibility"])
    described_duty["properties"] = {**described_duty["properties"],
                                    "inherited_from": nullable(ref("id"))}
    described_duty["required"] = list(described_duty["properties"])
    props.update({
        "rank_basis": ref("basis"),
        "next": array(ref("id")),
        "next_steps": array(ref("nextStep")),
        "guidance": array(ref("roleGuidance")),
        "combinations": array(closed({"overlays": array(STRING), "note": ref("text"),
                                      "source": nullable(ref("source")),
                                      "inference": nullable(ref("text"))})),
        "languages": array({"enum": ["en", "zh"]}),
        "overlays": array(closed({"name": STRING, "axis": {"enum": ["variant", "profile"]},
                                  "summary": ref("text")})),
        "applied": array(STRING),
        "file": STRING,
        "sources": array(ref("source")),
        "responsibilities": array(described_duty),
        "extends": nullable(ref("id")),
        "extends_chain": array(ref("id")),
        "refines": nullable(STRING),
        # Each field the role takes from a role it extends, by key, to the nearest role stating it.
        "inherited_fields": {"type": "object",
                             "propertyNames": {"enum": ["rank", "track", "scope", "years",
                                                        "team_size", "coding", "summary",
                                                        "purpose"]},
                             "additionalProperties": ref("id")},
    })
    return props


def ladder():
    rung_role = role_summary_properties()
    rung_role.update({"next": array(ref("id")), "next_steps": array(ref("nextStep"))})
    return {"rungs": array(closed({"rank": {"type": "integer"}, "roles": array(closed(rung_role))})),
            "forks": array(closed({"after": ref("id"), "next": array(ref("id"))}))}


def path():
    change = {"fields": array(ref("pathField")), "gained": array(ref("responsibility")),
              "left": array(ref("responsibility")), "kept": COUNT}
    step = {"from": ref("reference"), "to": ref("reference"), **change,
            "link": nullable(ref("basis")),
            "guidance": array(closed({"text": ref("text"), "source": ref("source"),
                                      "overlay": nullable(STRING),
                                      "inherited_from": nullable(ref("id")),
                                      "about": {"enum": ["step", "role"]}}))}
    return {"from": ref("reference"), "to": ref("reference"), "via": array(STRING),
            "route": array(ref("reference")), "steps": array(closed(step)),
            "total": closed({"steps": COUNT, **change})}


def gap():
    learned = nullable(closed({"role": ref("id"), "rank": {"type": "integer"}}))
    return {
        "target": ref("reference"), "from": nullable(ref("reference")), "held": array(STRING),
        "coverage": closed({"held": COUNT, "total": COUNT, "percent": PERCENT}),
        "domains": array(closed({
            "id": ref("id"), "name": nullable(ref("text")), "held": COUNT, "total": COUNT,
            "percent": PERCENT,
            "missing": array(closed({"id": ref("id"), "text": ref("text"), "learned_at": learned}))})),
        "extra": array(closed({"id": ref("id"), "domain": ref("id"), "text": ref("text"),
                               "learned_at": learned})),
        "min": nullable(PERCENT), "meets_min": nullable({"type": "boolean"}),
        "guidance": array(ref("roleGuidance")),
        "step_guidance": array(ref("guidance")),
    }


SCHEMAS = {
    "list": document(
        "ctoladder list --format json", "The roles in ladder order; with --ids, their ids only.",
        None, alternatives=[{"roles": array(ref("roleSummary"))}, {"ids": array(ref("id"))}]),
    "describe": document("ctoladder describe --format json",
                         "One resolved role, with its overlays applied.", describe()),
    "compare": document("ctoladder compare --format json",
                        "Two roles compared: fields side by side, duties per domain.", comparison()),
    "diff": document("ctoladder diff --format json",
                     "The same document as compare's.", comparison()),
    "search": document("ctoladder search --format json", "Duties, names and summaries matching a text.", {
        "query": STRING, "count": COUNT,
        # kind: what id names, a duty or a field of the role itself (name, summary, purpose).
        "hits": array(closed({"role": ref("reference"), "domain": nullable(ref("id")),
                              "id": ref("id"), "kind": {"enum": ["responsibility", "field"]},
                              "text": ref("text")})),
        "distinct": COUNT,
        "duties": array(closed({"domain": nullable(ref("id")), "id": ref("id"),
                                "kind": {"enum": ["responsibility", "field"]}, "text": ref("text"),
                                "roles": array(ref("reference"))}))}),
    "ladder": document("ctoladder ladder --format json",
                       "The ladder by rank, highest first, and where its tracks part.", ladder()),
    "path": document("ctoladder path --format json",
                     "The steps up the ladder between two roles.", path()),
    "gap": document("ctoladder gap --format json",
                    "Coverage of a role by the duties held, per domain.", gap()),
    "chart": document("ctoladder chart --format json", "Responsibilities per domain, per role, "
                      "and what the radar chart draws under --scale.", {
        "scale": {"enum": ["count", "share", "domain"]},
        "domains": array(closed({"id": ref("id"), "name": nullable(ref("text")),
                                 "rim": {"type": "number", "exclusiveMinimum": 0}})),
        "max": COUNT,
        "ticks": array({"type": "number", "exclusiveMinimum": 0}),
        "roles": array(closed({"id": ref("id"), "reference": ref("reference"), "name": ref("text"),
                               "total": COUNT,
                               "weights": array(closed({"domain": ref("id"), "count": COUNT,
                                                        "role_share": PERCENT,
                                                        "value": {"type": "number", "minimum": 0},
                                                        "fraction": {"type": "number", "minimum": 0,
                                                                     "maximum": 1}}))}))}),
    "validate": document("ctoladder validate --format json", "Every problem in the role files.", {
        "ok": {"type": "boolean"}, "paths": array(STRING),
        "summary": closed({"files": COUNT, "roles": COUNT, "domains": COUNT, "errors": COUNT,
                           "warnings": COUNT}),
        "problems": array(closed({"file": STRING,
                                  "line": nullable({"type": "integer", "minimum": 1}),
                                  "column": nullable({"type": "integer", "minimum": 1}),
                                  "severity": {"enum": ["error", "warning"]},
                                  "message": STRING}))}),
    "where": document("ctoladder where --format json", "The file each role comes from.", {
        "roles": array(closed({"id": ref("id"), "file": STRING, "replaces": nullable(STRING),
                               "refines": nullable(STRING), "extends": nullable(ref("id"))}))}),
    "new": document("ctoladder new --format json", "The starter role file written.", {
        "id": ref("id"), "extends": nullable(ref("id")), "file": STRING,
        "replaces": nullable(STRING)}),
    "site": document("ctoladder site --format json", "The files of the site written.", {
        "folder": STRING,
        "summary": closed({"files": COUNT, "pages": COUNT, "bytes": COUNT,
                           "seconds": {"type": "number", "minimum": 0}}),
        "files": array(closed({"path": STRING, "bytes": COUNT}))}),
}


def rendered():
    return {f"{name}.schema.json": json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
            for name, schema in SCHEMAS.items()}


def main():
    files = rendered()
    if sys.argv[1:] == ["--check"]:
        stale = [name for name, text in files.items()
                 if not (OUT / name).exists() or (OUT / name).read_text() != text]
        extra = [p.name for p in OUT.glob("*.schema.json") if p.name not in files]
        if stale or extra:
            sys.exit(f"docs/schemas/ is out of date ({', '.join(stale + extra)}): "
                     "run scripts/make-output-schemas.py")
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text)


if __name__ == "__main__":
    main()
