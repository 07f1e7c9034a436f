# traceback carets for a failing method call spanning multiple lines
class Store:
    def __init__(self):
        self.items = []

    def add(self, item, count):
        self.items.append(item * count)


s = Store()
s.add("x", 2)
s.add(
    None,
    3,
)
