# uuid4: random, version 4, RFC 4122 variant; many of them are all different
import uuid

seen = set()
for _ in range(200):
    u = uuid.uuid4()
    assert u.version == 4 and u.variant == uuid.RFC_4122, u
    assert str(u)[14] == "4" and str(u)[19] in "89ab", u
    seen.add(u)
print(len(seen), "distinct")
u = uuid.uuid4()
print(type(u).__name__, len(str(u)), len(u.hex), u.int.bit_length() <= 128, u.is_safe)
print(uuid.UUID(str(u)) == u, uuid.UUID(bytes=u.bytes) == u)
