# json.loads on bytes detects UTF-8/16/32 (with and without BOM) from the first bytes; json.detect_encoding
import json
samples = {
    "utf-8": b'["\xc3\xa9", 1]',
    "utf-8-sig": b'\xef\xbb\xbf["\xc3\xa9", 1]',
    "utf-16-le": b'[\x00"\x00\xe9\x00"\x00]\x00',
    "utf-16-be": b'\x00[\x00"\x00\xe9\x00"\x00]',
    "utf-16": b'\xff\xfe[\x00"\x00\xe9\x00"\x00]\x00',
    "utf-32-le": b'[\x00\x00\x001\x00\x00\x00]\x00\x00\x00',
    "utf-32-be": b'\x00\x00\x00[\x00\x00\x001\x00\x00\x00]',
}
for name, data in samples.items():
    try:
        print(name, json.loads(data))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
print(json.loads(b"1"), json.loads(b'"x"'), json.loads(bytearray(b"[true]")))
print([json.detect_encoding(b) for b in samples.values()])
