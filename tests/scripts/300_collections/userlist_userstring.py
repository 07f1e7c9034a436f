# UserList and UserString: operations return the subclass, in-place ops, comparisons, str methods
from collections import UserList, UserString

class L(UserList):
    pass
l = L([3, 1, 2])
print(l + [4], type(l + [4]).__name__, [0] + l, type([0] + l).__name__, l * 2, type(l * 2).__name__)
l += (9,)
l *= 1
print(l, l[::2], type(l[::2]).__name__, l.index(2), l < [4], l == [3, 1, 2, 9])
l.extend(L([7]))
l.insert(0, 0)
l.remove(9)
print(l, l.pop(0), sorted(l), l.copy(), type(l.copy()).__name__, list(reversed(l)))
del l[0]
l[0:1] = [10, 11]
print(l, len(l), 11 in l, repr(UserList()))
try:
    UserList(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
s = UserString("Hello")
print(s.lower(), s.upper(), s.center(9, "*"), s.split("l"), s.replace("l", "L"), s.find("l"), s.count("l"))
print(s + "!", "!" + s, type("!" + s).__name__, s * 2, s[1:], type(s[1:]).__name__, s[-1])
print(s == "Hello", s < "World", "ell" in s, UserString("ell") in s, hash(s) == hash("Hello"))
print(repr(s), str(s), s.data, int(UserString("42")), float(UserString("2.5")), len(s))
print(s.startswith("He"), s.isalpha(), s.zfill(8), s.join(["a", "b"]), s % () if "%" in s else s.partition("l"))
print(UserString(123), UserString("%s-%d") % ("x", 3), s.encode(), list(UserString("ab")))
