# __copy__/__deepcopy__ hooks: memo sharing across nested objects, hooks on subclasses, classes without hooks
import copy

class Counted:
    copies = 0
    def __init__(self, payload):
        self.payload = payload
    def __deepcopy__(self, memo):
        Counted.copies += 1
        new = Counted.__new__(Counted)
        memo[id(self)] = new
        new.payload = copy.deepcopy(self.payload, memo)
        return new

c = Counted([1])
c.payload.append(c)
dc = copy.deepcopy([c, c, {"c": c}])
print(Counted.copies, dc[0] is dc[1], dc[2]["c"] is dc[0], dc[0].payload[1] is dc[0])

class Shallow:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        new = type(self)()
        new.items = self.items
        new.copied = True
        return new
class Child(Shallow):
    pass
ch = copy.copy(Child())
print(type(ch).__name__, ch.copied, type(copy.deepcopy(Child())).__name__, hasattr(copy.deepcopy(Child()), "copied"))

class Plain:
    cls_attr = [1]
    def __init__(self):
        self.inst = [2]
p = Plain()
q = copy.deepcopy(p)
print(q.cls_attr is p.cls_attr, q.inst is p.inst, q.inst, type(q) is Plain)

class Weird:
    __copy__ = None
try:
    copy.copy(Weird())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class InitCounter:
    inits = 0
    def __init__(self):
        InitCounter.inits += 1
copy.copy(InitCounter())
copy.deepcopy(InitCounter())
print("inits", InitCounter.inits)
class ReturnsOther:
    def __copy__(self):
        return "not even same type"
print(copy.copy(ReturnsOther()))
