# Data descriptors beat instance __dict__; non-data descriptors lose to it; __set_name__ gets names
class Data:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"data:{obj.__dict__.get(self.name, '?')}"
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class NonData:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class-access"
        return "nondata"

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d, c.n)
c.d = 5
c.__dict__["n"] = "instance"
print(c.d, c.n)
c.__dict__["d"] = 99
print(c.d)
print(C.n, type(C.d).__name__)
del c.__dict__["n"]
print(c.n)
print(vars(c))

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class D:
    r = ReadOnly()
D().r
print(D().r)
D().r = 1
