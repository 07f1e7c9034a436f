# Every way to build the same UUID gives an equal object: hex, bytes, bytes_le, fields, int
import uuid

ref = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
same = [
    uuid.UUID("12345678123456781234567812345678"),
    uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4),
    uuid.UUID(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56" + b"\x12\x34\x56\x78\x12\x34\x56\x78"),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
    uuid.UUID(fields=[0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678]),
]
for u in same:
    print(u, u == ref, hash(u) == hash(ref))
print(uuid.UUID(bytes=ref.bytes_le) == ref, uuid.UUID(bytes_le=ref.bytes_le) == ref)
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1))
print(uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
