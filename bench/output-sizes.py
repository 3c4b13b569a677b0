#!/usr/bin/env python3
"""Where a built site's bytes go: per top-level section, and within incident pages per part of the page.

    python3 bench/output-sizes.py OUTPUT_FOLDER
"""
import os
import re
import sys
from collections import defaultdict

root = sys.argv[1]
sections = defaultdict(lambda: [0, 0])
parts = defaultdict(int)
pages = 0
# Each part of an incident page starts at one of these markers; what comes before the first is the head.
markers = [
    ("header and navigation", re.compile(rb"<body")),
    ("title and facts", re.compile(rb'<main id="main"')),
    ("sections", re.compile(rb'<section aria-labelledby="([a-z-]+)"')),
    ("previous and next", re.compile(rb'<nav class="prev-next"')),
    ("footer and scripts", re.compile(rb"</main>")),
]

for folder, _, files in os.walk(root):
    for name in files:
        path = os.path.join(folder, name)
        relative = os.path.relpath(path, root)
        size = os.path.getsize(path)
        top = relative.split(os.sep)[0] if os.sep in relative else "(top level)"
        sections[top][0] += size
        sections[top][1] += 1
        if top != "incidents" or name != "index.html" or relative.count(os.sep) != 2:
            continue
        pages += 1
        data = open(path, "rb").read()
        cuts = []
        for label, pattern in markers:
            for match in pattern.finditer(data):
                cuts.append((match.start(), label if label != "sections" else "section: " + match.group(1).decode()))
        cuts.sort()
        previous, label = 0, "head"
        for at, next_label in cuts:
            parts[label] += at - previous
            previous, label = at, next_label
        parts[label] += len(data) - previous

total = sum(size for size, _ in sections.values())
print(f"{total / 1e6:.1f} MB in {sum(n for _, n in sections.values())} files")
print(f"{'section':<24}{'MB':>9}{'files':>8}{'share':>8}")
for top, (size, count) in sorted(sections.items(), key=lambda e: -e[1][0]):
    print(f"{top:<24}{size / 1e6:>9.1f}{count:>8}{size / total:>8.0%}")
if pages:
    page_total = sum(parts.values())
    print(f"\nincident pages: {pages}, {page_total / 1e6:.1f} MB, {page_total / pages / 1e3:.1f} KB each on average")
    print(f"{'part':<32}{'MB':>9}{'per page (KB)':>15}{'share':>8}")
    for label, size in sorted(parts.items(), key=lambda e: -e[1]):
        print(f"{label:<32}{size / 1e6:>9.1f}{size / pages / 1e3:>15.2f}{size / page_total:>8.0%}")
