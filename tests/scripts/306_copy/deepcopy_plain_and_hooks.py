# copy.deepcopy of plain instances (the per-class fast path) beside classes with their own hooks: shared references and cycles, __new__, __deepcopy__ on the class or the instance, __getstate__/__setstate__, slots
import copy


class Plain:
    def __init__(self, a):
        self.a = a


class Empty:
    pass


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made = args
        return obj


class Custom:
    def __init__(self):
        self.v = [1]

    def __deepcopy__(self, memo):
        return "custom"


class State:
    def __init__(self):
        self.v = [1]

    def __getstate__(self):
        return {"v": [9]}


class SetState:
    def __init__(self):
        self.v = 1

    def __setstate__(self, state):
        self.__dict__["restored"] = state


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = [1]


shared = [1, 2]
p = Plain(shared)
p.self = p
q = copy.deepcopy([p, p, shared])
print(q[0] is q[1], q[0].self is q[0], q[0].a is q[2], q[0].a == shared, q[0].a is not shared)
print(type(copy.deepcopy(Empty())).__name__, copy.deepcopy(Empty()).__dict__)
w = WithNew(1, 2)
print(copy.deepcopy(w).made, copy.deepcopy(w).__dict__)
print(copy.deepcopy(Custom()), copy.deepcopy(State()).v, copy.deepcopy(SetState()).__dict__)
s = copy.deepcopy(Slots())
print(s.x, hasattr(s, "y"))
inst = Plain([3])
inst.__deepcopy__ = lambda memo: "instance hook"
print(copy.deepcopy(inst))
Plain.__deepcopy__ = lambda self, memo: "added later"
print(copy.deepcopy(Plain(1)))
del Plain.__deepcopy__
print(copy.deepcopy(Plain(5)).a)
