# property setters/deleters, inheritance overriding via property.setter, __set_name__ validators, classmethod chaining
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty, self.price = qty, price
    @property
    def total(self):
        return self.qty * self.price
    @total.setter
    def total(self, v):
        self.price = v / self.qty
    @total.deleter
    def total(self):
        print("deleting total")
o = Order(2, 5)
print(o.total, sorted(vars(o).items()))
o.total = 30
print(o.price)
del o.total
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)

class Base:
    @property
    def name(self):
        return "base"

class Child(Base):
    @Base.name.getter
    def name(self):
        return "child:" + super().name
print(Child().name, type(Order.__dict__["total"]).__name__, Order.total.fget.__name__)
try:
    Base().name = "x"
except AttributeError as e:
    print("AttributeError:", e)

class Meta:
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x + 1
class Sub(Meta): pass
print(type(Sub.make()).__name__, Sub.helper(1), Sub().helper(2), isinstance(Meta.__dict__["make"], classmethod))
