# dumps/loads of wide containers (many sibling lists/dicts: exercises the circular-check bookkeeping)
import json

rows = [{"id": i, "tags": ["t%d" % (i % 3)], "pos": [i, -i]} for i in range(300)]
text = json.dumps(rows)
print(len(text), text[:80])
print(json.loads(text) == rows)
text = json.dumps({"rows": rows[:20]}, indent=1, sort_keys=True)
print(len(text), text.count("\n"))
shared = {"s": [1]}
print(json.dumps([shared] * 30)[:60])
