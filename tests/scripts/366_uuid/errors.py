# The constructor's TypeError and ValueError messages, and immutability
import uuid

cases = [
    {},
    {"hex": "12345678123456781234567812345678", "int": 5},
    {"hex": "123"},
    {"hex": "{12345678-1234-5678-1234-56781234567}"},
    {"hex": "g2345678123456781234567812345678"},
    {"bytes": b"short"},
    {"bytes_le": b"x" * 17},
    {"bytes": bytearray(16)},
    {"fields": (1, 2, 3)},
    {"fields": (1 << 32, 0, 0, 0, 0, 0)},
    {"fields": (0, 1 << 16, 0, 0, 0, 0)},
    {"fields": (0, 0, -1, 0, 0, 0)},
    {"fields": (0, 0, 0, 256, 0, 0)},
    {"fields": (0, 0, 0, 0, 300, 0)},
    {"fields": (0, 0, 0, 0, 0, 1 << 48)},
    {"int": -1},
    {"int": 1 << 128},
    {"int": 5, "version": 0},
    {"int": 5, "version": 6},
    {"hex": 1234},
]
for kw in cases:
    try:
        print("ok", uuid.UUID(**kw))
    except (TypeError, ValueError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)

u = uuid.UUID(int=7)
for attr, value in [("int", 8), ("hex", "x"), ("other", 1)]:
    try:
        setattr(u, attr, value)
    except TypeError as e:
        print(attr, type(e).__name__, e)
print(u)
