# json.JSONDecodeError: attributes, pickling-free reconstruction, multi-line positions and subclassing ValueError
import json
docs = ['{"a": 1,\n "b": 2,\n "c" 3}', '[\n  1,\n  2,\n]', '\n\n   @', '{"k": [1, 2, {"z": tru}]}', '"\\uDZ00"',
        '[1, 2', '{"a": "b\n"}', '  {"x": 1}  {"y": 2}', '[0123]', '[.1]', '[1.e3]', '[-]', '{"a":1}\x00', '[1e]']
for d in docs:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(ascii(d)); print("   ", e.msg, "|", e.pos, e.lineno, e.colno, "|", e.args)
e = json.JSONDecodeError("Custom msg", "ab\ncd\nef", 7)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
e = json.JSONDecodeError("At start", "", 0)
print(e, e.lineno, e.colno)
try:
    raise json.JSONDecodeError("x", "doc", 1)
except ValueError as err:
    print(type(err).__name__, err, err.__class__.__module__)
try:
    json.loads('{"a": 1, "a": }')
except ValueError as err:
    print(repr(str(err)))
