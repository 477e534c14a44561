#!/usr/bin/env python3
"""Checks a site's ladder picture as a reader reads it: no arrow runs through a box other than
its own two ends (an arrow through a box reads as a step from that role).

  check_ladder_arrows.py LADDER.svg

Boxes are the <rect> of each role link (href role-ID...); arrows are the step paths
(data-from, data-to, d of M, L, Q and C commands). Each segment is sampled; a sample inside a
box (3 px in from its edges, so touching a side is allowed) is a failure. Exit 1 names them.
"""
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def boxes_of(root):
    boxes = {}
    for link in root.iter(SVG + "a"):
        href = link.get("href", "")
        match = re.match(r"role-([a-z0-9-]+)\.", href)
        rect = link.find(SVG + "rect")
        if match and rect is not None:
            x, y = float(rect.get("x")), float(rect.get("y"))
            boxes[match.group(1)] = (x, y, x + float(rect.get("width")), y + float(rect.get("height")))
    return boxes


def points(d, samples=60):
    """Sample points along a path of absolute M, L, Q and C commands."""
    tokens = re.findall(r"[MLQC]|-?[0-9.]+", d)
    out, at, i = [], None, 0
    while i < len(tokens):
        command = tokens[i]
        i += 1
        count = {"M": 1, "L": 1, "Q": 2, "C": 3}[command]
        pts = [(float(tokens[i + 2 * k]), float(tokens[i + 2 * k + 1])) for k in range(count)]
        i += 2 * count
        if command == "M":
            at = pts[0]
            continue
        for s in range(1, samples + 1):
            t, u = s / samples, 1 - s / samples
            if command == "L":
                p = (u * at[0] + t * pts[0][0], u * at[1] + t * pts[0][1])
            elif command == "Q":
                p = tuple(u * u * at[k] + 2 * u * t * pts[0][k] + t * t * pts[1][k] for k in (0, 1))
            else:
                p = tuple(u ** 3 * at[k] + 3 * u * u * t * pts[0][k] + 3 * u * t * t * pts[1][k] +
                          t ** 3 * pts[2][k] for k in (0, 1))
            out.append(p)
        at = pts[-1]
    return out


def main():
    root = ET.parse(sys.argv[1]).getroot()
    boxes = boxes_of(root)
    problems, arrows = [], 0
    for path in root.iter(SVG + "path"):
        source, target = path.get("data-from"), path.get("data-to")
        if not source:
            continue
        arrows += 1
        crossed = set()
        for px, py in points(path.get("d")):
            for role, (x0, y0, x1, y1) in boxes.items():
                if role not in (source, target) and x0 + 3 < px < x1 - 3 and y0 + 3 < py < y1 - 3:
                    crossed.add(role)
        for role in sorted(crossed):
            problems.append(f"the arrow {source} -> {target} runs through the box of {role}")
    if not arrows or not boxes:
        problems.append(f"no arrows ({arrows}) or no boxes ({len(boxes)}) found")
    for problem in problems:
        print(f"FAIL: {problem}")
    print(f"{arrows} arrows, {len(boxes)} boxes, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
