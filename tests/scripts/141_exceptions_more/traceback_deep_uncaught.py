# uncaught error deep in a call chain: every frame listed with carets for sub-expressions
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}
    def price_of(self, name):
        prices = {"apple": 0.5}
        return prices[name] * self.items[name]
def total(inv, names):
    return sum(inv.price_of(n) for n in names)
def report(inv):
    result = total(inv, ["apple", "pear"])
    return f"total: {result}"
inv = Inventory()
print(total(inv, ["apple"]))
print(report(inv))
