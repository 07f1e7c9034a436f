# json strings: \u escapes, surrogate pairs (valid, lone, reversed), ensure_ascii on/off, control characters
import json
s = "A\u00e9\u20ac\U0001F600\U00010000\uffff\x7f\x1f\u2028"
print(json.dumps(s)); print(json.dumps(s, ensure_ascii=False).encode("utf-8"))
print(ascii(json.loads('"\\ud83d\\ude00"')), ascii(json.loads('"\\ud83d"')), ascii(json.loads('"\\ude00\\ud83d"')), ascii(json.loads('"\\ud83dx"')))
print(ascii(json.loads('"\\uD83D\\uDE00\\u0041\\u00E9"')), ascii(json.loads('"\\ud800\\udbff\\udfff"')))
print(json.dumps("\ud800"), json.dumps("\udfff\ud800"), ascii(json.dumps("\ud800", ensure_ascii=False)))
print(json.dumps("".join(chr(c) for c in range(32))))
print(json.dumps('"\\/\b\f\n\r\t'), json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"') == '/\b\f\n\r\t"\\')
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
for doc in ['"\\u00e9"', '"\\u00E9"', '"\u00e9"', '"\\u0000"', '"\\uFFFF"']:
    print(ascii(json.loads(doc)), end=" ")
print()
print(json.loads(b'"\xe2\x82\xac"'), json.loads('"\xe2\x82\xac"'.encode("latin-1")))
print(json.loads(b'\xef\xbb\xbf[1]'))
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
rt = "mixed 😀 \ud800 é \x00"
print(json.loads(json.dumps(rt)) == rt, json.loads(json.dumps(rt, ensure_ascii=False)) == rt)
