# json.JSONEncoder.iterencode and json.dump to a writer object: joined chunks equal encode(), options respected
import json
class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
data = {"name": "x", "vals": [1, 2.5, None, True], "sub": {"k": "é"}}
enc = json.JSONEncoder(sort_keys=True)
chunks = list(enc.iterencode(data))
print("".join(chunks) == enc.encode(data), "".join(chunks), all(isinstance(c, str) for c in chunks))
w = Writer()
json.dump(data, w, indent=2, ensure_ascii=False)
print("".join(w.parts))
w = Writer()
json.dump([1, "a"], w, separators=(",", ":"))
print("".join(w.parts))
print("".join(json.JSONEncoder(indent=1).iterencode([[], {}, [1]])))
print("".join(json.JSONEncoder().iterencode("plain")), "".join(json.JSONEncoder().iterencode(5)))
gen = json.JSONEncoder().iterencode([float("nan")])
print("".join(gen))
class Reader:
    def __init__(self, s): self.s = s
    def read(self): return self.s
print(json.load(Reader('{"a": [1, 2]}')), json.load(Reader("[1.5]"), parse_float=str))
try:
    json.dump(set(), Writer())
except TypeError as e:
    print("TypeError:", e)
