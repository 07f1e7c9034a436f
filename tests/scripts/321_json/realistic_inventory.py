# realistic: a config + inventory program that saves with indent=2/sort_keys, reloads and reports
import json

config = {
    "service": {"name": "warehouse-api", "version": "2.4.1", "debug": False, "port": 8080,
                "hosts": ["10.0.0.1", "10.0.0.2"], "timeouts": {"connect": 2.5, "read": 30}},
    "features": {"beta_search": True, "max_results": 250, "ratio": 0.75, "owner": None},
    "locale": {"currency": "\u20ac", "greeting": "Gr\u00fc\u00df Gott", "note": "line1\nline2\t\"q\""},
}
inventory = [
    {"sku": "A-100", "name": "Bolt M6", "qty": 1200, "price": 0.12, "tags": ["metal", "small"],
     "dims": {"l": 30, "d": 6}},
    {"sku": "B-220", "name": "Hinge \u00bd\"", "qty": 0, "price": 3.5, "tags": [], "dims": None},
    {"sku": "C-007", "name": "Gear \U0001f527 set", "qty": 35, "price": 19.99, "tags": ["kit"],
     "dims": {"l": 120.5, "d": 80}},
]

text = json.dumps({"config": config, "inventory": inventory}, indent=2, sort_keys=True)
print(text)
doc = json.loads(text)
print(doc == {"config": config, "inventory": inventory})

compact = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
print(len(compact), compact[:120])
assert json.loads(compact) == doc

total = sum(item["qty"] * item["price"] for item in doc["inventory"])
print("stock value: %.2f" % total)
out_of_stock = [item["sku"] for item in doc["inventory"] if item["qty"] == 0]
print("out of stock:", out_of_stock)
by_tag = {}
for item in doc["inventory"]:
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(item["sku"])
print(json.dumps(by_tag, sort_keys=True, indent="\t"))

report = {"generated": {"items": len(doc["inventory"]), "value": round(total, 2)},
          "hosts": doc["config"]["service"]["hosts"], "empty": {}, "none": []}
print(json.dumps(report, indent=2))

update = '{"sku": "A-100", "qty": 1100, "price": 0.125}'
patch = json.loads(update, parse_float=lambda s: float(s) * 100)
for item in doc["inventory"]:
    if item["sku"] == patch["sku"]:
        item.update(patch)
print(json.dumps(doc["inventory"][0], sort_keys=True))

try:
    json.loads(text[:-40])
except json.JSONDecodeError as e:
    print("truncated:", e.msg, e.lineno, e.colno)
try:
    json.loads(text.replace('"qty": 35,', '"qty": 35'))
except json.JSONDecodeError as e:
    print("missing comma:", e, e.lineno, e.colno)
