# generator/with cleanup timing under refcounting: break out of for-loop closes generator immediately
def resource(name):
    print("open", name)
    try:
        yield from range(3)
    finally:
        print("close", name)
for x in resource("a"):
    if x == 1:
        break
print("after loop a")
g = resource("b")
next(g)
del g
print("after del b")
def first(it):
    for v in it:
        return v
print(first(resource("c")))
print("after first c")
class Tracked:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
t = Tracked(1)
t = Tracked(2)
print("rebound")
def scope():
    local = Tracked(3)
    return "scope done"
print(scope())
lst = [Tracked(4), Tracked(5)]
lst.pop(0)
print("popped")
lst.clear()
print("end")
