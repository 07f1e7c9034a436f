# bool() of the common values and bool arithmetic: True behaves as 1 and False as 0.
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), {}, {"k": 1}, None]:
    print(repr(v), bool(v))
print(True + True, True * 10, False - 1)
print(int(True), str(False), repr(True))
print(isinstance(True, int), type(True).__name__)
print(sum([True, True, False, True]))
