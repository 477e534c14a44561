#include "ctoladder/schema.hpp"

namespace ctoladder {

// The text of docs/role.schema.json, byte for byte (the test "e2e: schema-matches-docs" fails when
// they differ): edit both together.
std::string_view role_schema() {
  static constexpr std::string_view kSchema =
      R"json(
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "ctoladder role file",
  "description": "A ctoladder role file (<id>.yaml) or domain catalogue (domains.yaml). Reference: docs/role-format.md, man ctoladder. Print it with `ctoladder schema`.",
  "oneOf": [
    {"$ref": "#/definitions/role"},
    {"$ref": "#/definitions/domains"}
  ],
  "definitions": {
    "id": {
      "description": "Lower-case words of a-z and 0-9 joined by single '-', at most 64 characters.",
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 64
    },
    "ids": {
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/id"}
    },
    "nonEmptyString": {"type": "string", "minLength": 1},
    "text": {
      "description": "A human-facing string in English and Chinese; both are required.",
      "type": "object",
      "properties": {
        "en": {"$ref": "#/definitions/nonEmptyString"},
        "zh": {"$ref": "#/definitions/nonEmptyString"}
      },
      "required": ["en", "zh"],
      "additionalProperties": false
    },
    "source": {
      "description": "Where a statement comes from: the article's file name and its own section heading.",
      "type": "object",
      "properties": {
        "article": {"$ref": "#/definitions/nonEmptyString"},
        "section": {"$ref": "#/definitions/nonEmptyString"}
      },
      "required": ["article", "section"],
      "additionalProperties": false
    },
    "sources": {
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/source"}
    },
    "range": {
      "description": "An inclusive range of whole numbers; min, max or both.",
      "type": "object",
      "properties": {
        "min": {"type": "integer", "minimum": 0, "maximum": 1000000},
        "max": {"type": "integer", "minimum": 0, "maximum": 1000000}
      },
      "minProperties": 1,
      "additionalProperties": false
    },
    "track": {"enum": ["individual-contributor", "management", "executive"]},
    "scope": {"enum": ["task", "module", "system", "product-line", "platform", "company"]},
    "coding": {
      "description": "Hands-on coding: core of the job, part of it, or none.",
      "enum": ["core", "part", "none"]
    },
    "responsibility": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/definitions/id",
          "description": "The same duty carries the same id in every role that holds it."
        },
        "domain": {"$ref": "#/definitions/id", "description": "A domain id from domains.yaml."},
        "text": {"$ref": "#/definitions/text", "description": "The duty, in the project's own words."},
        "how": {"$ref": "#/definitions/text", "description": "How this role holds a shared duty."},
        "source": {"$ref": "#/definitions/source"}
      },
      "required": ["id", "domain", "text", "source"],
      "additionalProperties": false
    },
    "responsibilities": {
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/responsibility"}
    },
    "fields": {
      "description": "The scalar fields an overlay's `set` may override.",
      "type": "object",
      "properties": {
        "track": {"$ref": "#/definitions/track"},
        "scope": {"$ref": "#/definitions/scope"},
        "years": {"$ref": "#/definitions/range"},
        "team_size": {"$ref": "#/definitions/range"},
        "coding": {"$ref": "#/definitions/coding"},
        "summary": {"$ref": "#/definitions/text"},
        "purpose": {"$ref": "#/definitions/text"}
      },
      "additionalProperties": false
    },
    "overlay": {
      "description": "A named change: cto@startup applies the overlay `startup` of cto.",
      "type": "object",
      "properties": {
        "axis": {"enum": ["variant", "profile"], "description": "At most one overlay per axis is applied."},
        "summary": {"$ref": "#/definitions/text"},
        "source": {"$ref": "#/definitions/source"},
        "set": {"$ref": "#/definitions/fields"},
        "add": {"$ref": "#/definitions/responsibilities"},
        "remove": {"$ref": "#/definitions/ids"},
        "reword": {
          "type": ["array", "null"],
          "items": {
            "type": "object",
            "properties": {
              "id": {"$ref": "#/definitions/id"},
              "text": {"$ref": "#/definitions/text"},
              "how": {"$ref": "#/definitions/text"}
            },
            "required": ["id"],
            "anyOf": [{"required": ["text"]}, {"required": ["how"]}],
            "additionalProperties": false
          }
        }
      },
      "required": ["axis", "summary", "source"],
      "additionalProperties": false
    },
    "role": {
      "title": "Role file (<id>.yaml)",
      "type": "object",
      "properties": {
        "id": {"$ref": "#/definitions/id", "description": "Unique across folders; the file is named <id>.yaml."},
        "name": {"$ref": "#/definitions/text"},
        "aliases": {
          "description": "Other names, matched case-insensitively.",
          "type": ["array", "null"],
          "items": {"$ref": "#/definitions/nonEmptyString"}
        },
        "rank": {
          "description": "Position on the ladder: higher is more senior.",
          "type": "integer",
          "minimum": 1,
          "maximum": 1000
        },
        "track": {"$ref": "#/definitions/track"},
        "scope": {"$ref": "#/definitions/scope"},
        "years": {"$ref": "#/definitions/range", "description": "Typical years of experience."},
        "team_size": {"$ref": "#/definitions/range", "description": "Team size at which the role becomes necessary."},
        "coding": {"$ref": "#/definitions/coding"},
        "summary": {"$ref": "#/definitions/text", "description": "What the role is."},
        "purpose": {"$ref": "#/definitions/text", "description": "What the role is for."},
        "next": {"$ref": "#/definitions/ids", "description": "Roles one step further up the ladder."},
        "extends": {"$ref": "#/definitions/id", "description": "Start from another role."},
        "sources": {"$ref": "#/definitions/sources"},
        "responsibilities": {"$ref": "#/definitions/responsibilities"},
        "remove": {"$ref": "#/definitions/ids", "description": "With extends: inherited duties to drop."},
        "overlays": {
          "type": ["object", "null"],
          "propertyNames": {"$ref": "#/definitions/id"},
          "additionalProperties": {"$ref": "#/definitions/overlay"}
        }
      },
      "required": ["id"],
      "additionalProperties": false,
      "if": {"required": ["extends"]},
      "then": {},
      "else": {
        "required": ["name", "rank", "track", "scope", "summary", "purpose", "sources", "responsibilities"],
        "not": {"required": ["remove"]}
      }
    },
    "domains": {
      "title": "Domain catalogue (domains.yaml)",
      "type": "object",
      "properties": {
        "domains": {
          "type": ["array", "null"],
          "items": {
            "type": "object",
            "properties": {
              "id": {"$ref": "#/definitions/id"},
              "name": {"$ref": "#/definitions/text"},
              "summary": {"$ref": "#/definitions/text"},
              "sources": {"$ref": "#/definitions/sources"}
            },
            "required": ["id", "name", "summary"],
            "additionalProperties": false
          }
        }
      },
      "required": ["domains"],
      "additionalProperties": false
    }
  }
}
)json";
  return kSchema.substr(1);  // drop the newline after R"json(
}

}  // namespace ctoladder
