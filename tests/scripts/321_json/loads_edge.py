# loads edge cases: non-JSON whitespace/digits, big numbers, parse_int/parse_float arguments, nesting
import json

for doc in ['\u00a0[1]', '[1]\x0b', '[1]\x0c', '\u0661', '[\u0661]', '1\u0662', '[1,\u3000 2]',
            '"\u2028"', '[1] ', '\r\n\t 5 \t\r\n', '[-]', '[-a]', '[1e-]', '[0.]', '[-0]', '[1E9]']:
    try:
        print(ascii(doc), ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(ascii(doc), "JSONDecodeError:", e)

seen = []
def rec_int(s):
    seen.append(("int", s))
    return int(s)
def rec_float(s):
    seen.append(("float", s))
    return float(s)
print(json.loads('[0, -0, 10, -3.0, 2e2, 2E-2, 7.25e+1, 1' + '0' * 40 + ']',
                 parse_int=rec_int, parse_float=rec_float))
print(seen)
print(json.loads('1e400'), json.loads('-1e400'), json.loads('1e-400'))
print(json.loads('[' * 50 + ']' * 50))
print(json.loads('{"a":' * 30 + '1' + '}' * 30)["a"]["a"]["a"] is not None)
big = json.loads("9" * 200)
print(big % 1000, len(str(big)))
print(json.loads('"\\u0000\\u001f\\u007f"') == "\x00\x1f\x7f")
print(ascii(json.loads('"\\uDBFF\\uDFFF\\uD800\\uDC00"')))
print(ascii(json.loads('"\\ud800\\\\udc00"')))
print(ascii(json.loads('"\\ud800\\n"')))
print(json.loads('{"__proto__": 1, "constructor": [], "123": {"": null}}'))
