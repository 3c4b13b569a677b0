#!/usr/bin/env python3
"""Leave-one-set-out test of a learned start/end picker against the importer's rules (the tenth round's experiment).

Usage: bench/import-accuracy/learned-picker.py [started|resolved] SET_DIR...
Each SET_DIR holds corpus-labelled/ (and, for ../shared, corpus/) with expected.json, as run.sh's --shared takes.
It imports every document with the Release build of the CLI (build it first), keeps the documents whose key time is
one of the imported timeline's times, and for each set trains a listwise logistic model on the other sets (each
entry's word stems, position, first/last, earliest/latest) and counts how often its top entry is right, beside how
often the rules' own pick is. Needs PyYAML.
"""
import collections, datetime, glob, json, math, os, re, subprocess, sys, tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "src/PostmortemSite/bin/Release/net10.0/postmortemsite")


def utc(value):
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.astimezone(datetime.timezone.utc)


def imported_documents(set_dir):
    keys, sources = {}, []
    for folder in ("corpus", "corpus-labelled"):
        path = os.path.join(set_dir, folder)
        if os.path.isdir(path):
            sources += [f for f in glob.glob(path + "/*") if not f.endswith(("expected.json", "SOURCES.md"))]
    keys.update(json.load(open(os.path.join(set_dir, "corpus-labelled/expected.json")))["incidents"])
    with tempfile.TemporaryDirectory() as out:
        for source in sorted(sources):
            subprocess.run([CLI, "import", source, "--output", out], capture_output=True)
        for path in sorted(glob.glob(out + "/*.md")):
            text = open(path).read()
            front = yaml.safe_load(text.split("\n---\n", 1)[0][4:])
            stem = os.path.splitext(front["imported"]["source"])[0]
            if stem in keys:
                yield keys[stem], front


def candidates(field, key, front):
    accepted = key.get(field)
    accepted = [utc(v) for v in (accepted if isinstance(accepted, list) else [accepted])] if accepted else []
    entries = [(utc(e["time"]), str(e.get("text", ""))) for e in (front.get("timeline") or []) if e.get("time")]
    if not accepted or not any(t in accepted for t, _ in entries):
        return None
    first, last = min(t for t, _ in entries), max(t for t, _ in entries)
    rows = []
    for i, (time, text) in enumerate(entries):
        features = {"w:" + w[:6]: 1.0 for w in set(re.findall(r"[a-z]+", text.lower()))}
        position = i / max(1, len(entries) - 1)
        features.update(bias=1.0, first=float(i == 0), last=float(i == len(entries) - 1), earliest=float(time == first),
                        latest=float(time == last), pos=position, pos2=position * position)
        rows.append((features, time in accepted))
    rule = utc((front.get("timestamps") or {}).get(field)) in accepted
    return rows, rule


def train(documents, epochs=30, rate=0.1, decay=1e-3):
    weights = collections.defaultdict(float)
    for _ in range(epochs):
        for rows, _ in documents:
            scores = [sum(weights[k] * v for k, v in f.items()) for f, _ in rows]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total, right = sum(exps), sum(1 for _, y in rows if y)
            for (features, y), e in zip(rows, exps):
                gradient = (y / right) - e / total
                for k, v in features.items():
                    weights[k] += rate * (gradient * v - decay * weights[k])
    return weights


def main():
    field, set_dirs = sys.argv[1], sys.argv[2:]
    by_set = {d: [c for k, f in imported_documents(d) if (c := candidates(field, k, f))] for d in set_dirs}
    learned_total = rules_total = count = 0
    for held_out, documents in by_set.items():
        weights = train([doc for d, docs in by_set.items() if d != held_out for doc in docs])
        learned = sum(max(rows, key=lambda r: sum(weights.get(k, 0) * v for k, v in r[0].items()))[1] for rows, _ in documents)
        rules = sum(rule for _, rule in documents)
        print(f"{held_out}: {len(documents)} documents, learned {learned}, rules {rules}")
        learned_total, rules_total, count = learned_total + learned, rules_total + rules, count + len(documents)
    print(f"leave-one-set-out, {field}: learned {learned_total}, rules {rules_total}, of {count}")


if __name__ == "__main__":
    main()
