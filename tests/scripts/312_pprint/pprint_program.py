# pprint: a small inventory program that builds nested records and pretty-prints summaries
import pprint

inventory = []
names = ["bolt", "nut", "washer", "screw", "rivet", "hinge", "bracket"]
for i, name in enumerate(names):
    inventory.append({
        "sku": "SKU-%04d" % (i * 37),
        "name": name,
        "qty": (i * 53) % 17,
        "price": round(0.15 * (i + 1), 2),
        "tags": sorted({"metal", "small" if i % 2 else "large", "kit%d" % (i % 3)}),
        "bins": tuple(range(i % 4)),
    })
by_tag = {}
for item in inventory:
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(item["name"])
summary = {
    "total_items": sum(item["qty"] for item in inventory),
    "value": round(sum(item["qty"] * item["price"] for item in inventory), 2),
    "by_tag": by_tag,
    "low_stock": [item["sku"] for item in inventory if item["qty"] < 5],
}
pprint.pprint(inventory[:3])
pprint.pprint(summary, width=60)
pprint.pprint(summary, compact=True, width=50)
pprint.pp(inventory[-1], width=50)
report = pprint.pformat(summary, depth=1)
print(report)
print(len(pprint.pformat(inventory).splitlines()), "lines")
