#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope export: inclusive and self time per frame, summed over threads.

    dotnet-trace collect --format speedscope -o build.nettrace -- dotnet postmortemsite.dll build ...
    python3 bench/profile-summary.py build.speedscope.json [top-N] [frame-filter]
"""
import json
import sys
from collections import defaultdict

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
needle = sys.argv[3] if len(sys.argv) > 3 else ""
data = json.load(open(path))
names = [f["name"] for f in data["shared"]["frames"]]
inclusive = defaultdict(float)
own = defaultdict(float)
total = 0.0
for profile in data["profiles"]:
    if profile.get("type") != "evented":
        continue
    stack = []  # (frame, opened at)
    open_count = defaultdict(int)
    last = None
    for event in profile["events"]:
        at = event["at"]
        if stack and last is not None:
            own[stack[-1][0]] += at - last
        last = at
        if event["type"] == "O":
            stack.append((event["frame"], at))
            open_count[event["frame"]] += 1
        else:
            frame, opened = stack.pop()
            open_count[frame] -= 1
            # A recursive frame counts once: only its outermost activation adds inclusive time.
            if open_count[frame] == 0:
                inclusive[frame] += at - opened
            if not stack:
                total += at - opened

print(f"total thread time {total / 1000:.1f} s (all threads, includes waiting)")
rows = sorted(inclusive.items(), key=lambda kv: -kv[1])
for frame, t in [r for r in rows if needle in names[r[0]]][:top]:
    print(f"{t / 1000:9.2f} s incl {own[frame] / 1000:8.2f} s self  {names[frame][:150]}")
