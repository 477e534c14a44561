#!/usr/bin/env python3
"""stdin: yaml output. It must load back (safe_load) into a non-empty mapping."""
import sys

import yaml

value = yaml.safe_load(sys.stdin.buffer.read().decode("utf-8"))
if not isinstance(value, dict) or not value:
    sys.exit(f"yaml output loads as {type(value).__name__}, expected a non-empty mapping")
