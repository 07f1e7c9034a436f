# json's native scanner and encoder at their edges: positions in non-ASCII documents, \u escapes cut short,
# surrogate pairs, numbers at the ends of the text, long integers, hooks, dict subclasses, circular data,
# recursion limits and the order in which types are tried
import json
import sys
from collections import OrderedDict
from enum import IntEnum


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


# decoding: positions count characters, not bytes
show(json.loads, '["é€😀", "x" "y"]')
show(json.loads, '{"ü": 1,}')
show(json.loads, '"ab\\q"')
show(json.loads, '"é\\u12"')
show(json.loads, '"\\u123')
show(json.loads, '"\\u1234')
show(json.loads, '"\\ud83d\\ude00 \\ud83d \\ud83dx \\ud83d\\u0041"')
show(json.loads, '"\\ud83d\\u12"')
show(json.loads, '"\\ud83d\\ude0"')
show(json.loads, '"tab\there"')
show(json.loads, '"tab\there"', strict=False)
show(json.loads, '"unterminated')
show(json.loads, '"é unterminated\\')
for text in ["1", "-0", "-", "-x", "1.", "1.5", "1e", "1e+", "1E-2", "0123", "1.5e3x", "12345678901234567890",
             "-9223372036854775809", "1e400", "-1e400", "1e-400", "2.5E+2", "[1.]", "[-]", "NaN", "-Infinity",
             "Infinityx", "nul", "truex", "[true,false,null]"]:
    show(json.loads, text)
show(lambda: len(str(json.loads("9" * 4000))))
show(json.loads, "9" * 4301)
show(json.loads, '{"a": 1.5, "b": 10}', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s)
show(json.loads, '[NaN, Infinity]', parse_constant=lambda s: s.lower())
show(json.loads, '{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=OrderedDict)
show(json.loads, '{"b": 1, "a": [{}]}', object_hook=lambda d: sorted(d))
d = json.loads('[{"key": 1}, {"key": 2}]')
print(list(d[0])[0] is list(d[1])[0])
dec = json.JSONDecoder()
show(dec.raw_decode, '  [1, 2] tail', 2)
show(dec.raw_decode, '[1]', 5)
show(dec.raw_decode, '[1]', -1)
show(dec.raw_decode, 'é[1]', 1)
show(json.loads, ' \n\t[1] \r\n ')
show(json.loads, '[1] x')
show(json.loads, '')
show(json.loads, '  ')


# encoding
class Color(IntEnum):
    RED = 1


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class Items(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


show(json.dumps, [Color.RED, True, MyFloat(2.5), 10 ** 30, -0.0, 1e16, 1e-7])
show(json.dumps, {Color.RED: 1, 2.5: 2, True: 3, None: 4, 10 ** 20: 5})
show(json.dumps, Items(x=1))
show(json.dumps, Items(x=1), sort_keys=True)
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, "a": 1}, skipkeys=True)
show(json.dumps, {(1, 2): 3, "a": 1}, skipkeys=True, indent=1)
show(json.dumps, {1: "a", "b": 2}, sort_keys=True)
show(json.dumps, {"b": [], "a": {}}, indent="--", sort_keys=True)
show(json.dumps, [[], {}, [[]]], indent=0)
show(json.dumps, "\x7f\x00é\u2028😀\ud800", ensure_ascii=False)
show(json.dumps, ["\x7f\x00é\u2028😀\ud800"], ensure_ascii=False)
show(json.dumps, [float("nan"), float("inf"), -float("inf")])
show(json.dumps, [float("nan")], allow_nan=False)
show(json.dumps, [float("inf")], allow_nan=False, indent=1)
show(json.dumps, {float("-inf"): 1}, allow_nan=False)
a = [1]
a.append(a)
show(json.dumps, a)
b = {"k": 1}
b["self"] = [b]
show(json.dumps, b)
show(json.dumps, [a], check_circular=False)


class Node:
    pass


n = Node()
show(json.dumps, n, default=lambda o: [o])
show(json.dumps, [n, n], default=lambda o: "node")
show(json.dumps, {"x": n}, default=lambda o: 1 / 0)
show(json.dumps, [1, 2], separators=(";", "="))
show(json.dumps, {"a": 1}, separators=(";", "="))
deep = []
for _ in range(100000):
    deep = [deep]
show(json.dumps, deep)
deep = {}
for _ in range(100000):
    deep = {"k": deep}
show(json.dumps, deep)
show(json.loads, "[" * 100000 + "]" * 100000)
show(json.loads, '{"a":' * 100000 + "1" + "}" * 100000)
print(sys.getrecursionlimit())
