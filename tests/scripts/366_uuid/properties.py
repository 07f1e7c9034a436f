# The views of one UUID: hex, int, bytes, bytes_le, fields and each field, time, clock_seq, node, urn
import uuid

u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
print(str(u), repr(u))
print(u.hex, u.int, hex(int(u)))
print(u.bytes)
print(u.bytes_le)
print(u.fields)
names = ["time_low", "time_mid", "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node"]
for name in names:
    print(f"{name:22} {getattr(u, name):>16} {getattr(u, name):#x}")
print("time", u.time, "clock_seq", u.clock_seq)
print(u.urn, u.variant, u.version, u.is_safe)
print(len(u.bytes), len(u.bytes_le), type(u.bytes).__name__, type(u.fields).__name__)
