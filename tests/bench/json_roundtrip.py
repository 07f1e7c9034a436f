# json_roundtrip: json.dumps and json.loads of nested dicts/lists of str, int, float, bool and None, compact and
# with indent=2 and sort_keys=True, unicode and escapes in strings (a small part also with ensure_ascii=False), and
# checks that the round trip is lossless.
import json


def make_record(i):
    return {
        "id": i,
        "name": "user_%d" % i,
        "email": "u%d@example.org" % (i * 7),
        "active": i % 3 != 0,
        "score": (i * 7919 % 10000) / 100.0,
        "tags": ["t%d" % (i % k) for k in range(2, 7)],
        "address": {"street": "%d Main St" % (i % 500), "zip": "%05d" % (i * 13 % 99999), "geo": [i / 3.0, -i / 7.0]},
        "notes": None if i % 5 else "line1\nline2 \"quoted\" \u00e9\u4e2d\t\\",
        "history": [{"day": d, "amount": (i + d) % 97 - 48} for d in range(i % 6)],
    }


def main():
    records = [make_record(i) for i in range(1500)]
    total = 0
    for rnd in range(7):
        doc = {"version": rnd, "records": records[rnd * 100:rnd * 100 + 900]}
        compact = json.dumps(doc)
        pretty = json.dumps(doc, indent=2, sort_keys=True)
        part = {"version": rnd, "records": records[rnd * 10:rnd * 10 + 20]}
        ascii_off = json.dumps(part, ensure_ascii=False, separators=(",", ":"))
        back = json.loads(compact)
        back2 = json.loads(pretty)
        back3 = json.loads(ascii_off)
        assert back == doc and back2 == doc and back3 == part
        total += len(compact) + len(pretty) + len(ascii_off)
        total += sum(r["id"] for r in back["records"]) + len(back2["records"][0]["history"])
    print("sizes:", total)
    print(json.dumps(records[5], sort_keys=True)[:120])
    print(json.dumps(records[10], indent=1, ensure_ascii=False).splitlines()[11])
    small = [json.loads(json.dumps([i, str(i), i / 4, {"k": [i] * 3}])) for i in range(20000)]
    print("small:", sum(s[0] + len(s[1]) + int(s[2]) + len(s[3]["k"]) for s in small))
    print(json.dumps({"b": [1.5, True, None], "a": {"x": "\u00e9"}}, sort_keys=True),
          json.loads('{"n": -1.25e3, "u": "\\u00e9\\ud83d\\ude00", "e": []}'))


main()
