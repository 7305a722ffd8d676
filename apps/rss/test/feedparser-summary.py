"""Read feeds with feedparser (Debian's python3-feedparser) and print what
the tests check, as JSON: python3 feedparser-summary.py FILE_OR_URL..."""
import html
import json
import sys
import time

import feedparser


def text(detail, value):
    # Atom titles are type="html": the reader hands back HTML, whose text is unescaped.
    if detail is not None and detail.get("type") == "text/html":
        return html.unescape(value)
    return value


def entry(e):
    published = e.get("published_parsed") or e.get("updated_parsed")
    return {
        "title": text(e.get("title_detail"), e.get("title", "")),
        "id": e.get("id"),
        "link": e.get("link"),
        "date": time.strftime("%Y-%m-%d", published) if published else None,
        "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")],
        "tags": [t.get("label") or t.get("term") for t in e.get("tags", [])],
        "content": [c.get("value") for c in e.get("content", [])],
        "summary": e.get("summary"),
    }


out = {}
for source in sys.argv[1:]:
    d = feedparser.parse(source)
    updated = d.feed.get("updated_parsed")
    out[source] = {
        "bozo": bool(d.bozo),
        "bozo_exception": str(d.get("bozo_exception")) if d.bozo else None,
        "version": d.version,
        "title": d.feed.get("title"),
        "id": d.feed.get("id"),
        "updated": time.strftime("%Y-%m-%d", updated) if updated else None,
        "entries": [entry(e) for e in d.entries],
    }
json.dump(out, sys.stdout, ensure_ascii=False)
