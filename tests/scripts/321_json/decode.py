# json.loads: values, hooks, parse_* options, strict, bytes input, and JSONDecodeError's messages and positions
import json
from collections import OrderedDict
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}, "u": "\\u00e9\\ud83d\\ude00\\n"}'))
print(json.loads("  [1 , 2 ]  "), json.loads('"x"'), json.loads("12345678901234567890"), json.loads("-0"), json.loads("1E5"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads(b'{"k": "v"}'), json.loads(bytearray(b"[1]")))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10), json.loads("[NaN]", parse_constant=lambda c: c))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.loads('{"a": 1, "a": 2}'))
bad_docs = ["", "   ", "[1, 2", "[1 2]", '{"a" 1}', '{"a": 1,}', "{1: 2}", '{"a": }', '"abc', '"a\\qb"', '"\\u12"',
            '"\\u12G4"', '"a\nb"', "[1,]", "nul", "tru", "1 2", "[", "{", '{"a": 1 "b": 2}', "-", "01", "1.", ".5",
            '\ufeff[1]', "[1]\n\n  x", '{"a":\n  [1,\n  2,,]}', '"\\', "[-]", "NaNa"]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "ok?")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
