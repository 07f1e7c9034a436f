# uuid.UUID from hex text in its accepted spellings: braces, hyphens, 'urn:uuid:' prefix, upper case
import uuid

texts = [
    "12345678-1234-5678-1234-567812345678",
    "{12345678-1234-5678-1234-567812345678}",
    "12345678123456781234567812345678",
    "urn:uuid:12345678-1234-5678-1234-567812345678",
    "URN:UUID:12345678-1234-5678-1234-567812345678".lower(),
    "ABCDEF01-2345-6789-ABCD-EF0123456789",
    "{abcdef0123456789abcdef0123456789}",
    "1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8-9-0-1-2",
]
for t in texts:
    u = uuid.UUID(t)
    print(f"{t!r:50} -> {u}")
print(uuid.UUID(texts[0]) == uuid.UUID(texts[2]) == uuid.UUID(texts[3]))
print(uuid.UUID(hex="00000000000000000000000000000000"), uuid.UUID("f" * 32))
