#!/usr/bin/env python3
"""Edit one postmortem under a running `postmortemsite serve` and time each save until the reload event arrives.

A real client: it reads the live-reload event stream (/__postmortemsite/events) the way an open page does, so
the time includes the watcher's quiet period, the update and the server's event, not only internal work.
    serve-latency.py URL POSTMORTEM SERVE_LOG EDITS [PAUSE]
Between edits it waits for the background rebuild to finish, or, given PAUSE, only that many seconds, so the
next edit lands while a rebuild is running. Prints one line per edit (milliseconds to the reload, and whether the background rebuild reloaded pages again),
then the median and the worst.
"""
import http.client
import json
import os
import statistics
import sys
import time
import urllib.parse

base, postmortem, serve_log, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
pause = float(sys.argv[5]) if len(sys.argv) > 5 else None
url = urllib.parse.urlsplit(base)
live = "/__postmortemsite/"


def version():
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.request("GET", live + "diagnostics")
    state = json.loads(connection.getresponse().read())
    connection.close()
    return state["version"]


def rebuilds():
    with open(serve_log, encoding="utf-8") as log:
        return sum(1 for line in log if line.startswith(("Rebuilt", "Build failed")))


def save(text):
    # Write beside the file and rename over it, as editors do, so serve never reads half a file.
    folder, name = os.path.split(postmortem)
    temporary = os.path.join(folder, "." + name + ".bench")
    with open(temporary, "w", encoding="utf-8") as out:
        out.write(text)
    started = time.perf_counter()
    os.replace(temporary, postmortem)
    return started


with open(postmortem, encoding="utf-8") as source:
    original = source.read()

times = []
for edit in range(1, edits + 1):
    seen = version()
    built = rebuilds()
    stream = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    stream.request("GET", f"{live}events?version={seen}")
    response = stream.getresponse()
    started = save(original.rstrip("\n") + f"\n\nEdited by the serve benchmark, edit {edit}.\n")
    while True:
        line = response.readline()
        if not line:
            sys.exit(f"edit {edit}: the event stream ended before a reload")
        if line.startswith(b"event: reload"):
            break
        if line.startswith(b"event: failed"):
            sys.exit(f"edit {edit}: the build failed; see {serve_log}")
    elapsed = (time.perf_counter() - started) * 1000
    stream.close()
    after_update = version()

    times.append(elapsed)
    if pause is not None:
        time.sleep(pause)
        print(f"edit {edit}: reload after {elapsed:.0f} ms", flush=True)
        continue

    # Let the background rebuild finish before the next edit, so each edit is measured on a quiet server.
    deadline = time.time() + 600
    while rebuilds() == built and time.time() < deadline:
        time.sleep(0.2)
    again = "reloaded again after the rebuild" if version() != after_update else "no second reload"
    print(f"edit {edit}: reload after {elapsed:.0f} ms; {again}", flush=True)

with open(postmortem, "w", encoding="utf-8") as restore:
    restore.write(original)
print(f"median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms over {len(times)} edits")
