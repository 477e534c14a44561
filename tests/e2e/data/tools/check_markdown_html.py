#!/usr/bin/env python3
"""stdin: markdown output. Renders it with cmark-gfm (tables on, raw HTML kept so that any HTML
that slipped through shows) and checks the HTML a wiki would show: only the elements ctoladder
writes (headings, paragraphs, tables, emphasis, <br>, code blocks), every table with a header row
whose cells are named, and no cell, heading or paragraph that is empty.
Arguments: texts that must appear, as written, in the rendered text (not as markup)."""
import subprocess
import sys
from html.parser import HTMLParser

ALLOWED = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "table", "thead", "tbody", "tr", "th", "td",
           "strong", "br", "pre", "code"}

markdown = sys.stdin.buffer.read()
html = subprocess.run(["cmark-gfm", "--unsafe", "-e", "table"], input=markdown,
                      capture_output=True, check=True).stdout.decode("utf-8")


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text, self.stack = [], [], []
        self.tables = self.headers = 0
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problems.append(f"<{tag}> in the rendered page (data became markup)")
        # The one attribute ctoladder's markdown makes: the info string of its ```diff fence.
        if attrs and not (tag == "code" and attrs == [("class", "language-diff")]):
            self.problems.append(f"<{tag}> has attributes {attrs}")
        if tag == "table":
            self.tables += 1
        if tag == "thead":
            self.headers += 1
        if tag in ("th", "h1", "h2", "h3", "h4", "h5", "h6", "p"):
            self.cell = (tag, [])
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        if self.cell and self.cell[0] == tag:
            if not "".join(self.cell[1]).strip():
                self.problems.append(f"an empty <{tag}>")
            self.cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self.cell:
            self.cell[1].append(data)

    def handle_comment(self, data):
        self.problems.append(f"an HTML comment: {data!r}")


check = Check()
check.feed(html)
if check.tables != check.headers:
    check.problems.append(f"{check.tables} tables but {check.headers} header rows")
shown = "".join(check.text)
for want in sys.argv[1:]:
    if want not in shown:
        check.problems.append(f"the rendered text lacks {want!r}")
if check.problems:
    sys.exit("\n".join(dict.fromkeys(check.problems)) + "\n--- html ---\n" + html[:3000])
