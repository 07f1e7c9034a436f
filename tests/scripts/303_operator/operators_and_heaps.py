# operator functions and itemgetter/attrgetter/methodcaller; heapq's heap operations, nsmallest/nlargest and merge
import operator, heapq
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.__add__("a", "b"), operator.iadd([1], [2]), operator.and_(6, 3), operator.__and__(6, 3))
print(operator.lt(1, 2), operator.eq(1, 1.0), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.neg(5), operator.index(7), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(5, 9))
g = itemgetter(1); print(g([1, 2, 3]), itemgetter(0, 2)("abc"), repr(itemgetter(1, "a")))
class P:
    def __init__(self): self.a = self; self.b = 5
print(attrgetter("b")(P()), attrgetter("a.b", "b")(P()), repr(attrgetter("a.b")))
m = methodcaller("split", ",", maxsplit=1); print(m("a,b,c"), repr(m))
try: operator.concat(1, 2)
except TypeError as e: print(e)
try: operator.indexOf([1], 5)
except ValueError as e: print(e)
try: itemgetter()
except TypeError as e: print(e)
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1)))
print(operator.abs(-3), operator.__abs__(-2), operator.ipow(2, 5), operator.imatmul, operator.call(max, 1, 5))
h = []
for x in [5, 3, 8, 1, 9, 2, 7]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 10), l, heapq.heappushpop(l, 0), heapq.heappushpop(l, 11), l)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 1]), heapq.nlargest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([7, 4], [8, 1], reverse=True)), list(heapq.merge(["a", "bb"], ["c", "dd"], key=len)))
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
print(heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'c')], key=itemgetter(0)), heapq.nlargest(10, [3, 1, 2]))
