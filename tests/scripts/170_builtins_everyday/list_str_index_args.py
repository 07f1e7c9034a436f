# index()/count()/find() start and end arguments on list, str, bytes, range (tuple excluded)
L = [1, 2, 3, 1, 2, 3]
S = "abcabc"
B = b"abcabc"
print(L.index(1, 1), L.index(3, -2), L.index(2, 0, 2), L.index(3, -100, 100), L.index(1, -3))
print(S.index("a", 1), S.find("c", -2), S.find("a", 1, 3), S.rfind("a", 0, 3), S.count("a", 1), S.count("bc", 0, 3))
print(B.index(b"a", 1), B.find(99, -2), B.count(b"a", 1), B.rindex(b"b", 0, 3), B.startswith(b"bc", 1), B.endswith(b"ab", 0, 5))
for f in [lambda: L.index(1, 1, 3), lambda: S.index("a", 1, 3), lambda: L.index(9, 100),
          lambda: range(5).index(9), lambda: B.index(b"z", 0), lambda: S.rindex("c", 0, 2)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(S.find("", 6), S.find("", 3), "".find(""), S.index("abc", 3), S.rfind("", 2), S.find("bc", -100, -3))
print(L.count(1), [[1], [1]].count([1]), [1, 1.0, True].count(1), range(10).count(3), range(0, 10, 2).index(6))
