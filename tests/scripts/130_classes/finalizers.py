# __del__: run when the last reference goes (at the next call or loop jump), once even if the object is resurrected,
# for cycles when they are collected, and for the main module's names at exit.
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("finalize", self.name)
class Keep:
    kept = []
    def __del__(self):
        print("resurrect")
        Keep.kept.append(self)
def scope():
    a = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
k = Keep()
del k
print("kept", len(Keep.kept))
Keep.kept.clear()
print("cleared")
class Node:
    def __init__(self, n): self.n, self.other = n, None
    def __del__(self): print("node", self.n)
x, y = Node(1), Node(2)
x.other, y.other = y, x
del x, y
class L(list):
    def __del__(self): print("list subclass gone", len(self))
l = L([1, 2, 3])
l = None
for i in range(3):
    Noisy(f"loop {i}")
print("end")
last = Noisy("global")
