# at exit, finalizers of objects in __main__ run with the globals intact, in creation order
class Conn:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("closing", self.n, "log =", LOG, "other:", type(other).__name__)
a = Conn("a")
LOG = []
other = 5
b = Conn("b")
_x = Conn("_x")
print("end of script")
