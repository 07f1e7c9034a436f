# loads: every kind of value, whitespace, numbers and string escapes
import json

docs = ['null', 'true', 'false', '0', '-0', '-0.0', '12', '-7', '1.5', '1e3', '1E+3', '2.5e-3', '-1.25E2',
        '123456789012345678901234567890', '1.7976931348623157e308', '1e400', '-1e400', '5e-324',
        '0.1', '100000000000000000000.0', 'NaN', 'Infinity', '-Infinity', '""', '"abc"',
        '"\\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u0041\\u00e9\\u20AC"', '"\\ud834\\udd1e"',
        '"\\ud834"', '"\\udd1e\\ud834"', '"\\ud834\\u0041"', '"\\ud834x"', '"caf\u00e9 \U0001f600"',
        '[]', '{}', '[ ]', '{ }', ' \t\n\r[1 , 2 ,\n3]\r\n ', '{"a" : 1 , "b":[true,false,null]}',
        '[[[[]]]]', '{"a":{"b":{"c":{}}}}', '{"dup": 1, "dup": 2}', '{"": ""}', '[1.0, 1, -0, 0e0]']
for doc in docs:
    v = json.loads(doc)
    print(ascii(doc), "->", ascii(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, "\xc3\xa9"]}'))
print(json.loads(bytearray(b'[true]')))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads('[1e5, 1.5E-2]', parse_float=str))
print(json.loads('123.0'), json.loads(' 7 '))
v = json.loads('[-0.0, 0.0]')
print(v, [str(x) for x in v])
