# Every type weft and CPython expose, called with a few argument shapes and its result used: errors, never a crash
import sys, builtins, math, time, random, collections, itertools, operator, heapq, re, _collections
seen = set()
objs = []
for mod in [builtins, sys, math, time, random, collections, itertools, operator, heapq, re, _collections]:
    for name in dir(mod):
        try:
            v = getattr(mod, name)
        except Exception:
            continue
        objs.append(v)
        objs.append(type(v))
samples = [iter([]), iter(()), iter(range(1)), iter("a"), iter({}), iter({}.values()), iter({}.items()), iter(set()), (x for x in ()), enumerate([]), zip(), map(len, []), filter(None, []), reversed([]), {}.keys(), {}.values(), {}.items(), sys.stdout, sys.flags, sys.version_info, sys.implementation, re.compile("a"), re.match("a", "a"), itertools.count(), itertools.groupby([1]), itertools.tee([1])[0], collections.deque(), 1j, b"", bytearray(), memoryview(b""), range(1), slice(1), NotImplemented, Ellipsis, None, super, property(), classmethod(len), staticmethod(len), lambda: 0, len, [].append, object(), type]
for s in samples:
    objs.append(type(s))
for t in objs:
    if not isinstance(t, type) or id(t) in seen:
        continue
    seen.add(id(t))
    for args in [(), (1,), ("a", "b"), ([],)]:
        try:
            x = t(*args)
            repr(x); str(x)
            try: hash(x)
            except Exception: pass
            try: len(x)
            except Exception: pass
            try: iter(x)
            except Exception: pass
            try: x == x; x < x
            except Exception: pass
        except BaseException as e:
            if isinstance(e, SystemExit): pass
print("survived")
