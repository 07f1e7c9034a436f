# str.encode/bytes.decode in UTF-16, UTF-32 (byte order marks, both orders, surrogate pairs) and UTF-8 with a signature, and their errors
for b, enc in [(b'\xff\xfeA', 'utf-16'), (b'A\x00\x00\xd8', 'utf-16-le'), (b'\x00\xd8A\x00', 'utf-16-le'), (b'\x00\xdcA\x00', 'utf-16-le'), (b'A\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00A\x00', 'utf-16-be')]:
    try:
        print(repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(e)
print('hi\U0001f600'.encode('utf-16'), 'hi'.encode('utf-16-be'), 'hi'.encode('utf-32'), 'x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), b'\xfe\xff\x00A'.decode('utf-16'), b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32'))
print(b'A\x00\x00'.decode('utf-16-le', 'replace'), b'A\x00\x00'.decode('utf-16-le', 'ignore'), b'\x00\xd8A\x00'.decode('utf-16-le', 'backslashreplace'))
text = "Grüße, 世界 \U0001f30d!"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf-32", "utf_32_le", "utf-32-be", "utf-8-sig", "U8"]:
    data = text.encode(enc)
    print(enc, len(data), data[:8], data.decode(enc) == text)
print("".encode("utf-16"), b"".decode("utf-16"), b"\xff\xfe".decode("utf-16"), "a".encode("utf-32-be"))
import json
print(json.loads('{"k": [1, "é"]}'.encode("utf-16")), json.loads('[2]'.encode("utf-32")), json.loads('"x"'.encode("utf-8-sig")))
