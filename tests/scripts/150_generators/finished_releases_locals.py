# a generator that finished or was closed lets go of its locals at once
class Res:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("Res freed", self.n)
def gen(r):
    yield 1
    yield 2
g = gen(Res(1)); next(g); g.close()
print("closed")
h = gen(Res(2))
for _ in h: pass
print("exhausted")
k = gen(Res(3)); k.close(); print("closed unstarted")
print("end")
