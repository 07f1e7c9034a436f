# member()/nonmember(), _ignore_, private names, nested classes and descriptors in an enum body.
from enum import Enum, member, nonmember


class Ops(Enum):
    def _add(a, b):
        return a + b

    ADD = member(_add)
    LIMIT = nonmember(10)
    SUB = member(lambda a, b: a - b)
    __secret = 5

    def __call__(self, *args):
        return self.value(*args)


print(list(m.name for m in Ops), Ops.LIMIT, Ops.ADD(2, 3), Ops.SUB(9, 4), len(Ops))
print(Ops._Ops__secret, "LIMIT" in Ops.__members__)


class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["day_%d" % i] = i


print(list(Period), hasattr(Period, "i"), "_ignore_" in Period.__dict__)


class Listed(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = tmp * 2


print(list(Listed), hasattr(Listed, "tmp"))


class WithStatic(Enum):
    A = 1
    helper = staticmethod(lambda x: x * 2)
    kind = classmethod(lambda cls: cls.__name__)
    limit = property(lambda self: self.value * 100)


print(list(WithStatic), WithStatic.helper(4), WithStatic.kind(), WithStatic.A.limit)
