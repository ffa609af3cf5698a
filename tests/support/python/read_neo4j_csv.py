"""Reads nodes.csv and relationships.csv with Python's csv module (an independent RFC 4180
reader) and prints headers and rows as JSON, with each row's field count checked.
Usage: read_neo4j_csv.py DIR"""
import csv
import json
import os
import sys


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    header, body = rows[0], rows[1:]
    bad = [i + 2 for i, r in enumerate(body) if len(r) != len(header)]
    return {"header": header, "rows": body, "bad_rows": bad}


folder = sys.argv[1]
json.dump({name: read(os.path.join(folder, name)) for name in ("nodes.csv", "relationships.csv")}, sys.stdout, ensure_ascii=False)
