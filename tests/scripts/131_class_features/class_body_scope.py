# class body namespace: attributes computed from earlier ones, comprehensions can't see class names
class Config:
    base = 10
    doubled = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}
    del names
print(Config.doubled, Config.upper, Config.pairs, hasattr(Config, "names"))
class Grid:
    size = 3
    try:
        cells = [size * i for i in range(3)]
    except NameError as e:
        print("NameError:", e)
        cells = [size * i for size in [size] for i in range(3)]
print(Grid.cells)
class Shadow:
    x = "class"
    def method(self):
        return x
x = "global"
print(Shadow().method())
class Bad:
    total = 0
    values = [total + v for v in range(3)]
