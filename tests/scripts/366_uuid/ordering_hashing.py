# UUIDs compare by their int, hash like it, work as dict keys and set members; other types are not comparable
import uuid

ids = [uuid.UUID(int=n) for n in (5, 1, 1 << 100, 3)]
print(sorted(ids))
print(max(ids), min(ids))
d = {u: i for i, u in enumerate(ids)}
print(d[uuid.UUID(int=3)], uuid.UUID(int=1) in set(ids), hash(ids[0]) == hash(5))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b)
print(a == 1, a == "00000000-0000-0000-0000-000000000001", int(a))
for op in ("<", ">=", "<="):
    try:
        eval(f"a {op} 1")
    except TypeError as e:
        print(e)
