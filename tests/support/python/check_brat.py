"""Checks a brat standoff folder as brat (Python) reads it: the text as code points, every
T span's text equal to its slices joined by a space, every R/A/# referring to an existing
annotation, and every type declared in annotation.conf. Prints a JSON summary; errors listed.
Usage: check_brat.py DIR"""
import json
import os
import sys


def conf_sections(path):
    sections, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("["):
                current = line.strip("[]")
                sections[current] = []
            else:
                sections[current].append(line.split("\t")[0].split(" ")[0])
    return sections


def check(folder):
    conf = conf_sections(os.path.join(folder, "annotation.conf"))
    entities, relations, attributes = set(conf["entities"]), set(conf["relations"]), set(conf["attributes"])
    stories, errors = {}, []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ann"):
            continue
        base = name[:-4]
        with open(os.path.join(folder, base + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        ids, counts, spans = set(), {"T": 0, "R": 0, "A": 0, "#": 0}, []
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        if lines[-1] == "":
            lines.pop()
        for i, line in enumerate(lines):
            where = f"{name}:{i + 1}"
            fields = line.split("\t")
            ident = fields[0]
            counts[ident[0]] += 1
            ids.add(ident)
            if ident[0] == "T":
                typ, offsets = fields[1].split(" ", 1)
                frags = [tuple(map(int, p.split(" "))) for p in offsets.split(";")]
                expected = " ".join(text[s:e] for s, e in frags)
                if fields[2] != expected:
                    errors.append(f"{where}: span text {fields[2]!r} != {expected!r}")
                if typ not in entities:
                    errors.append(f"{where}: type {typ} not declared")
                spans.append({"id": ident, "type": typ, "fragments": frags, "text": fields[2]})
            elif ident[0] == "R":
                typ, a1, a2 = fields[1].split(" ")
                if typ not in relations:
                    errors.append(f"{where}: relation {typ} not declared")
                for arg in (a1, a2):
                    if arg.split(":")[1] not in ids:
                        errors.append(f"{where}: {arg} refers to nothing before it")
            elif ident[0] == "A":
                typ, target, _value = fields[1].split(" ")
                if typ not in attributes or target not in ids:
                    errors.append(f"{where}: bad attribute line")
            elif ident[0] == "#":
                if fields[1].split(" ")[1] not in ids:
                    errors.append(f"{where}: note on an unknown annotation")
        stories[base] = {"counts": counts, "text_length": len(text), "spans": spans}
    return {"stories": stories, "errors": errors}


json.dump(check(sys.argv[1]), sys.stdout, ensure_ascii=False, sort_keys=True)
