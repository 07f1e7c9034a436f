# A small program: stable ids for named resources (uuid5 in a private namespace), round-tripped through text
import uuid

APP_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/inventory")
items = ["bolt", "nut", "washer", "gear", "bolt"]
registry = {}
for name in items:
    key = uuid.uuid5(APP_NS, name)
    registry.setdefault(key, name)
print(APP_NS)
for key in sorted(registry):
    print(key.hex[:12], registry[key], key.urn[-12:])
stored = [str(k) for k in registry]
restored = {uuid.UUID(s): registry[uuid.UUID(s)] for s in stored}
print(restored == registry, len(restored))
short = {k: k.int % 997 for k in registry}
print(sorted(short.values()))
