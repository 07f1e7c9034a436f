# pprint: one nested structure at widths 1..80 (line counts) and compact mode, then full output at a few widths
import pprint
data = {"name": "widget", "dims": (10, 20, 30), "tags": ["red", "green", "blue", "extra-long-tag-name"],
        "children": [{"id": i, "vals": list(range(i))} for i in range(4)], "note": "short text that may wrap at narrow widths"}
print(" ".join(str(pprint.pformat(data, width=w).count("\n")) for w in range(1, 81)))
print(" ".join(str(pprint.pformat(data, width=w, compact=True).count("\n")) for w in range(1, 81, 3)))
for w in (15, 45):
    print(pprint.pformat(data, width=w))
print(pprint.pformat(data, width=45, compact=True, indent=2))
