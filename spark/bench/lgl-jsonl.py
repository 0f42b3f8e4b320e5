#!/usr/bin/env python3
"""The batch job's benchmark input: the 588 LGL articles as JSON Lines (id, title, text, published, outlet, url),
repeated until the files hold at least --mb megabytes, in --files files. Each copy's text ends with its copy number,
so that every copy is a distinct article (the job drops repeated texts).

    python3 spark/bench/lgl-jsonl.py ../shared/eval/lgl/lgl.xml /tmp/lgl-jsonl --mb 50 --files 8
"""
import argparse, json, os, xml.etree.ElementTree as ET

p = argparse.ArgumentParser()
p.add_argument("lgl")
p.add_argument("out")
p.add_argument("--mb", type=float, default=50)
p.add_argument("--files", type=int, default=8)
a = p.parse_args()
articles = []
for art in ET.parse(a.lgl).getroot().iter("article"):
    articles.append({
        "id": art.get("docid"),
        "title": (art.findtext("title") or "").strip(),
        "text": art.findtext("text") or "",
        "published": (art.findtext("dltime") or "")[:10] or None,
        "outlet": art.findtext("domain"),
        "url": art.findtext("url"),
    })
os.makedirs(a.out, exist_ok=True)
outs = [open(os.path.join(a.out, "lgl-%02d.jsonl" % i), "w", encoding="utf-8") for i in range(a.files)]
total, copy, n = 0, 0, 0
while total < a.mb * 1e6:
    copy += 1
    for r in articles:
        line = json.dumps(dict(r, id="%s-%d" % (r["id"], copy), text=r["text"] + "\n\n(Copy %d.)" % copy),
                          ensure_ascii=False) + "\n"
        outs[n % a.files].write(line)
        total += len(line.encode("utf-8"))
        n += 1
for o in outs:
    o.close()
print("%d articles (%d copies of %d), %.1f MB in %d files under %s" % (n, copy, len(articles), total / 1e6, a.files, a.out))
