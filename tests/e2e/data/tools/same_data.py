#!/usr/bin/env python3
"""usage: same_data.py JSON_FILE YAML_FILE
The yaml output must load back to exactly the json output: same values, same types and the same
key order in every mapping."""
import json
import sys

import yaml


def ordered(value):
    # Compare key order too: turn every mapping into a list of (key, value) pairs.
    if isinstance(value, dict):
        return [(k, ordered(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [ordered(v) for v in value]
    return (type(value).__name__, value)


with open(sys.argv[1], encoding="utf-8") as f:
    from_json = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    from_yaml = yaml.safe_load(f)
if ordered(from_json) != ordered(from_yaml):
    a = json.dumps(from_json, ensure_ascii=False, indent=1).splitlines()
    b = json.dumps(from_yaml, ensure_ascii=False, indent=1).splitlines()
    import difflib
    sys.stderr.write("\n".join(list(difflib.unified_diff(a, b, "json", "yaml", lineterm=""))[:30]) + "\n")
    sys.exit("yaml does not load back to the json data (values, types or key order differ)")
