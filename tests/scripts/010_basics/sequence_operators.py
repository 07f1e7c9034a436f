# Operators on the builtin containers, from either side, and their errors.
print("ab" + "cd", "ab" * 3, 2 * "xy", "-" * -1, "%s=%d" % ("x", 4))
print([1, 2] + [3], [0] * 3, 2 * [1, 2], (1,) + (2, 3), 3 * (7,), (1, 2) * 0)
items = [1]
items += (2, 3)
items *= 2
print(items)
s = {1, 2}
s |= {3}
s -= {1}
print(sorted(s), sorted({1, 2} & {2, 3}), sorted({1, 2} ^ frozenset({2, 3})), type(frozenset({1}) | {2}).__name__)
d = {"a": 1}
d |= {"b": 2}
print(d | {"a": 0}, d)
print([1, 2] < [1, 3], [1, 2] == [1, 2], (1, 2) >= (1,), (1, 2) != (1, 2), "a" < "b", "b" <= "a")
print({1} <= {1, 2}, {1, 2} > {1}, {1} == frozenset({1}), {"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print(range(3) == range(0, 3), range(3) != range(4), [1, [2]] == [1, [2]], (1, 2.0) == (1, 2))
print(True * "ab", [1] * False, "ab" * 2 ** 0)
for f in [lambda: "a" + 1, lambda: [1] + (1,), lambda: (1,) + [1], lambda: [1] * 1.5, lambda: "a" < 1,
          lambda: [1] < (1,), lambda: {1} < [1], lambda: {"a": 1} < {"a": 1}, lambda: "a" - "b", lambda: {1} + {2},
          lambda: 2.0 * "x", lambda: {} | [], lambda: range(2) < range(3)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print([1, 2] * 2 == [1, 2, 1, 2])
