# variant from the top bits of clock_seq_hi_variant, version (only for RFC 4122 UUIDs), and version= forcing both
import uuid

for top in (0x00, 0x40, 0x80, 0xa0, 0xc0, 0xe0):
    u = uuid.UUID(fields=(0, 0, 0x4000, top, 0, 0))
    print(f"{top:#04x} {u.variant!r:40} {u.version}")
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
for v in range(1, 6):
    u = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, u, u.version, u.variant == uuid.RFC_4122)
u = uuid.UUID(int=0, version=4)
print(u, u.version, u.variant)
