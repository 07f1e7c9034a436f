# a generator suspended inside a with block keeps the resource open until resumed or closed
class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
def rows(name, n):
    with Resource(name):
        for i in range(n):
            yield f"{name}-{i}"
g = rows("db", 3)
print(next(g))
print("doing other work")
print(next(g))
g.close()
for r in rows("file", 2):
    print(r)
h = rows("net", 5)
next(h)
try:
    h.throw(TimeoutError("slow"))
except TimeoutError as e:
    print("TimeoutError:", e)
