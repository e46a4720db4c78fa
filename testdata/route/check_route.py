#!/usr/bin/env python3
"""Sanity check for testdata/route/*.jsonl (run from the repository root).

Checks that every line parses, has the expected fields, that each `article`
id names an article file, and that every `must` string, folded as in
../shared/eval/README.md, occurs as whole words in the folded article text.
"""
import glob, json, os, re, sys, unicodedata

TAGS = {"count", "who", "when", "where", "what", "why", "how"}

def fold_letters(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d")

def fold(s):
    s = fold_letters(s)
    s = re.sub(r"(?<!\d)(\d{1,3})[. \u00a0](?=\d{3}(?!\d))", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()

def found(needle, hay):
    i = hay.find(needle)
    while i >= 0:
        before = hay[i - 1] if i > 0 else " "
        j = i + len(needle)
        after = hay[j] if j < len(hay) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        i = hay.find(needle, i + 1)
    return False

def articles():
    paths = (glob.glob("testdata/train/*/*.txt") + glob.glob("testdata/blind*/*/*.txt")
             + glob.glob("testdata/articles/vi/*.txt") + ["corpus/seed/000_5733c26161288d00.txt"])
    out = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            out[os.path.basename(p)[:-4]] = fold(f.read())
    return out

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append((n, json.loads(line)))
    return rows

def main():
    arts = articles()
    errs = []
    per = {}
    for name in ("named", "named-heldout", "generic"):
        path = f"testdata/route/{name}.jsonl"
        rows = load(path)
        ids = {}
        for n, o in rows:
            where = f"{path}:{n}"
            for k, t in (("q", str), ("must", list), ("tag", str), ("article", str)):
                if not isinstance(o.get(k), t):
                    errs.append(f"{where}: field {k} missing or not {t.__name__}")
            if o.get("tag") not in TAGS:
                errs.append(f"{where}: bad tag {o.get('tag')!r}")
            if name == "generic":
                if o.get("article") != "" or o.get("none") is not True or o.get("must"):
                    errs.append(f"{where}: generic lines need article \"\", none true, empty must")
                continue
            a = o.get("article")
            if a not in arts:
                errs.append(f"{where}: no article file for {a!r}")
                continue
            ids[a] = ids.get(a, 0) + 1
            if not o["must"]:
                errs.append(f"{where}: empty must")
            for grp in o["must"]:
                if not isinstance(grp, list) or not grp:
                    errs.append(f"{where}: must group must be a non-empty list")
                    continue
                for s in grp:
                    # numbers stay as the article writes them ("2.430"); scoring folds both sides
                    if s != re.sub(r"\s+", " ", fold_letters(s)).strip():
                        errs.append(f"{where}: must string {s!r} is not folded")
                    if not found(fold(s), arts[a]):
                        errs.append(f"{where}: {s!r} not found in {a}")
        per[name] = (len(rows), ids)
        if name != "generic":
            over = [a for a, c in ids.items() if c > 5]
            if over:
                errs.append(f"{path}: more than 5 questions for {over}")
        print(f"{name}: {len(rows)} questions, {len(ids) if name != 'generic' else 0} articles")
    both = set(per["named"][1]) & set(per["named-heldout"][1])
    if both:
        errs.append(f"articles in both named and heldout: {sorted(both)}")
    n, ids = per["named"]
    if n < 70 or len(ids) < 20:
        errs.append("named.jsonl needs >= 70 questions over >= 20 articles")
    n, ids = per["named-heldout"]
    if n < 35 or len(ids) < 10:
        errs.append("named-heldout.jsonl needs >= 35 questions over >= 10 articles")
    if per["generic"][0] != 20:
        errs.append("generic.jsonl should hold 20 questions")
    for e in errs:
        print(e)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
