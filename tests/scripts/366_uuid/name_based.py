# uuid3 (MD5) and uuid5 (SHA-1) are deterministic: the same namespace and name give the same UUID
import uuid

for ns_name in ("NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"):
    ns = getattr(uuid, ns_name)
    print(ns_name, ns)
for name in ("python.org", "http://python.org/", "", "ünïcode"):
    a = uuid.uuid3(uuid.NAMESPACE_DNS, name)
    b = uuid.uuid5(uuid.NAMESPACE_URL, name)
    print(f"{name!r:22} {a} v{a.version} {b} v{b.version}")
print(uuid.uuid5(uuid.NAMESPACE_DNS, "x") == uuid.uuid5(uuid.NAMESPACE_DNS, "x"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "x") != uuid.uuid3(uuid.NAMESPACE_URL, "x"))
for bad in [(uuid.NAMESPACE_DNS, b"bytes"), ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x")]:
    try:
        uuid.uuid5(*bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
