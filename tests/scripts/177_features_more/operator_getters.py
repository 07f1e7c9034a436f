# operator: itemgetter, attrgetter (dotted), methodcaller, and function forms used in sorting
from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [("bob", 30, "x"), ("amy", 25, "y"), ("cal", 30, "a")]
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(2)(rows[0]), itemgetter(0, 2)(rows[1]), itemgetter(slice(1, None))("hello"))
print(itemgetter("k")({"k": 7}))

class Addr:
    def __init__(self, city):
        self.city = city
class Person:
    def __init__(self, name, city):
        self.name = name
        self.addr = Addr(city)
ps = [Person("z", "Oslo"), Person("a", "Bern"), Person("m", "Oslo")]
print([p.name for p in sorted(ps, key=attrgetter("addr.city", "name"))])
print(attrgetter("name", "addr.city")(ps[0]))
up = methodcaller("replace", "o", "0", 1)
print(up("foo boo"), methodcaller("split", ",")("a,b,c"), methodcaller("upper")("q"))
print(operator.add(2, 3), operator.neg(4), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.not_(0))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1)
print(l, operator.index(5), operator.concat([1], [2]), operator.is_(None, None))
print(operator.length_hint(iter(range(10))), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
x = [1]
x = operator.iadd(x, [2])
print(x, operator.lt(1, 2), operator.eq("a", "a"), repr(itemgetter(1)), repr(attrgetter("a.b")))
