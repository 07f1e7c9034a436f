# loads errors: CPython's exact JSONDecodeError messages and msg/pos/lineno/colno for malformed input
import json

bad = ['', ' ', '\n\n', 'x', 'nul', 'tru', 'fals', 'None', 'True', 'nan', 'inf', '-Inf', '-', '--1',
       '+1', '.5', '01', '00', '-01', '1.', '1.e5', '1e', '1e+', '1.5e', '0x10', '1 2', '[1 2]',
       '[1,]', '[,1]', '[', '[1', '[1,', ']', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}',
       '{"a":1,}', '{,}', '{1:2}', "{'a':1}", '{"a":1 "b":2}', '{"a"::1}', '}', '[}', '{]',
       '"abc', '"\\', '"\\"', '"\\q"', '"\\x41"', '"\\u"', '"\\u12"', '"\\u12x4"', '"\\u00G0"',
       '"\\u+123"', '"\\u 123"', '"\\u-123"', '"\\u12_3"', '"\\uD834\\uDD1"', '"\\ud834\\u"',
       '"\\ud834\\uzzzz"', '"\\ud834\\ud834"', '"a\x01"', '"\x00"', '"tab\t"', '"line\nbreak"',
       '["ok", "bad\x1f"]', '[1]]', '{} {}', '[] x', '"a" "b"', 'null null', '1 ,', '[1]\n\n  x',
       '{\n  "a": 1,\n  "b": [1, 2,\n  ]\n}', '{\n"a":\n\n}', '[\n1,\n2\n3]', 'truex', '[true false]',
       '\ufeff[1]', '[NaN, Infinityx]', '[-Infinit]', '[1e5.5]', '[1.5.5]', '{"a":1}}', '\u00e9']
for doc in bad:
    try:
        v = json.loads(doc)
        print(ascii(doc), "OK?", ascii(v))
    except json.JSONDecodeError as e:
        print(ascii(doc), "|", type(e).__name__ + ":", e)
        print("   ", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

for doc in [b'', b'[1,', bytearray(b'{"a" 1}'), b'"\xc3\xa9\\x"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(ascii(doc), "|", e, "|", ascii(e.doc))

for obj in [None, 1, [b"x"], {}]:
    try:
        json.loads(obj)
    except TypeError as e:
        print("TypeError:", e)
