# smoke: basic dumps/loads round trip
import json
print(json.dumps({"a": [1, 2.5, None, True, False, "x\ny\u00e9"], "b": {}}))
print(json.loads('{"a": [1, 2.5, null, true, false, "x\\ny\\u00e9"], "b": {}}'))
print(json.dumps([1, {"k": [2, 3]}], indent=2, sort_keys=True))
