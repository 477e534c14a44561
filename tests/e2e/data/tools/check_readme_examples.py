#!/usr/bin/env python3
"""The README's examples are real output: runs every `$ ctoladder ...` line of its code blocks
(as into a pipe: no terminal width; no user roles; in an empty folder) and compares what it prints, stdout and stderr
together as a terminal shows them, with the lines under it in the README.

  check_readme_examples.py README.md BINARY_DIR

Skipped: the tutorial's commands on its `ladder` folder, which the reader edits by hand between
steps, and commands on test data the README names by its repository path. Exit 1 with a diff
for each example that differs.
"""
import difflib
import os
import subprocess
import sys
import tempfile


def examples(lines):
    """(line number, command, expected lines) for each `$ ctoladder` line of a code block."""
    inside, found = False, []
    for number, line in enumerate(lines, 1):
        if line.strip().startswith("```"):
            inside = not inside
            if found:
                found[-1][3] = found[-1][3] and None  # the block ended: nothing more is output
            continue
        if not inside:
            continue
        text = line.strip()
        indent = len(line) - len(line.lstrip())
        # A `$` line indented like the block's commands starts one; deeper, it is output (the
        # examples in `help`).
        command_line = text.startswith("$ ") and (not found or found[-1][3] is None or
                                                 indent <= found[-1][4])
        if command_line:
            # Another program than ctoladder ends the one above and is not checked.
            found.append([number, text[2:], [], text.startswith("$ ctoladder"), indent])
        elif found and found[-1][3] is not None:
            found[-1][2].append(line)
    found = [entry[:3] for entry in found if entry[3] is not False]
    for entry in found:
        block = entry[2]
        # A block ends where the code block ends; lines are indented like the `$` line.
        indent = min((len(l) - len(l.lstrip()) for l in block if l.strip()), default=0)
        entry[2] = [l[indent:].rstrip() for l in block]
        while entry[2] and not entry[2][-1]:
            entry[2].pop()
    return found


def main():
    readme, binary_dir = sys.argv[1], sys.argv[2]
    lines = open(readme, encoding="utf-8").read().split("\n")
    env = dict(os.environ, PATH=binary_dir + os.pathsep + os.environ["PATH"], LC_ALL="C.UTF-8")
    # As in a pipe: no terminal width (the README shows what a pipe gets, unwrapped).
    for name in ("CTOLADDER_ROLES", "CTOLADDER_LANG", "NO_COLOR", "LANG", "LANGUAGE", "COLUMNS"):
        env.pop(name, None)
    checked, bad = 0, 0
    for number, command, expected in examples(lines):
        words = command.split("|")[0].split()
        # The tutorial's own folder, `ladder` (not the command of that name).
        if ("--roles ladder" in command or any(w.startswith("ladder/") for w in words) or
                (words[1:2] == ["validate"] and "ladder" in words)):
            continue
        if "tests/" in command:
            continue
        with tempfile.TemporaryDirectory() as scratch:
            run = subprocess.run(["bash", "-c", command + " 2>&1"], capture_output=True,
                                 text=True, env=env, cwd=scratch)
        got = [l.rstrip() for l in run.stdout.rstrip("\n").split("\n")]
        checked += 1
        if got != expected:
            bad += 1
            print(f"README.md:{number}: $ {command}")
            for diff in list(difflib.unified_diff(expected, got, "README", "binary", lineterm="",
                                                  n=1))[:20]:
                print("    " + diff)
    print(f"{checked} examples run, {bad} differ")
    return 1 if bad or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
