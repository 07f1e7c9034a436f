# json.JSONDecoder objects: attributes, raw_decode with index, whitespace handling, decode errors with extra data
import json
dec = json.JSONDecoder()
print(dec.object_hook, dec.object_pairs_hook, dec.parse_float is float, dec.parse_int is int, dec.strict)
doc = '  {"a": 1}  [2, 3]"s" 4 '
i = 0
out = []
while True:
    while i < len(doc) and doc[i].isspace():
        i += 1
    if i >= len(doc):
        break
    obj, i = dec.raw_decode(doc, i)
    out.append((obj, i))
print(out)
for d in ['{"a": 1} x', '[1] [2]', "1 2", '"a"b', "null,"]:
    try:
        dec.decode(d)
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)
print(dec.decode(" \t\n\r[1]\r\n "), dec.raw_decode("[1]xyz"), dec.raw_decode('"abc"', 0))
try:
    dec.raw_decode("[1]", 5)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
d2 = json.JSONDecoder(parse_int=lambda s: int(s) * 10, strict=False)
print(d2.decode('{"n": 5, "s": "a\tb", "f": 1.5}'), d2.strict)
print(json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads(" true"), json.loads("false "), json.loads("null"))
