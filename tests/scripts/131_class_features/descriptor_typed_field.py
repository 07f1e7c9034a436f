# data descriptor with __set_name__ doing type validation; class access returns the descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.slot, value)
class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
it = Item("bolt", 12)
print(it.name, it.qty, sorted(vars(it)))
print(type(Item.qty).__name__, Item.qty.name, Item.name.slot)
it.qty += 1
print(it.qty)
Item("nut", "many")
