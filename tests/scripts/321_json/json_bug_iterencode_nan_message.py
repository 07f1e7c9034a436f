# json: iterencode (the pure-Python path, also used by dump) includes the value in the allow_nan error message
import json
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        "".join(json.JSONEncoder(allow_nan=False).iterencode([1.0, v]))
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([float("nan")], allow_nan=False, indent=1)
except ValueError as e:
    print("ValueError:", e)
