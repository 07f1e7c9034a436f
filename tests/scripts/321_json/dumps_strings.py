# dumps: string escaping with and without ensure_ascii
import json

samples = ["plain", 'quote " and \\ backslash', "slash / stays", "\b\f\n\r\t", "\x00\x01\x1f\x7f\x80",
           "caf\u00e9", "\u20ac\uffff", "\U0001d11e clef", "\U0010ffff", "\ud800 lone", "\udfff",
           "mixed \u00e9\n\U0001f600\"", "", "\u2028\u2029"]
for s in samples:
    print(ascii(s))
    print(" ", ascii(json.dumps(s)))
    print(" ", ascii(json.dumps(s, ensure_ascii=False)))
    print(" ", ascii(json.dumps([s], ensure_ascii=False, indent=1)))
    print(" ", ascii(json.dumps({s: s})))
print(json.dumps({"k\u00e9y": "v\u00e1l"}, ensure_ascii=False))
print(json.dumps({"k\u00e9y": "v\u00e1l"}))
print(json.loads(json.dumps(samples)) == samples)
print(json.loads(json.dumps(samples, ensure_ascii=False)) == samples)
