# A realistic program: an inventory config round-tripped through JSON (pretty-printed, sorted), then checked
import json
inventory = {
    "warehouse": "north",
    "updated": "2026-12-05",
    "items": [
        {"sku": "A-100", "name": "Widget", "qty": 12, "price": 2.5, "tags": ["small", "metal"]},
        {"sku": "B-200", "name": "Gadget \u00e9", "qty": 0, "price": 19.99, "tags": []},
        {"sku": "C-300", "name": "Doohickey", "qty": 7, "price": 0.1, "tags": ["misc"], "notes": None},
    ],
    "limits": {"max_qty": 1000, "ratio": 0.75, "enabled": True},
}
text = json.dumps(inventory, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == inventory, sum(i["qty"] * i["price"] for i in back["items"]))
low = [i["sku"] for i in back["items"] if i["qty"] < 10]
print(json.dumps({"low_stock": low, "count": len(low)}, separators=(",", ":")))
compact = json.dumps(inventory, ensure_ascii=False, separators=(",", ":"))
print(len(compact), json.loads(compact) == inventory)
