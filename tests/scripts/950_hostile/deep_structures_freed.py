# Freeing deeply nested structures must not recurse on the native stack (CPython frees them iteratively).
x = []
for i in range(200000):
    x = [x]
del x
print("deep list freed")
d = {}
for i in range(200000):
    d = {"k": d}
del d
print("deep dict freed")
t = ()
for i in range(200000):
    t = (t, i)
del t
print("deep tuple freed")
e = None
for i in range(200000):
    n = Exception(i)
    n.__cause__ = e
    e = n
del e, n
print("cause chain freed")


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
for i in range(200000):
    head = Node(head)
del head
print("linked instances freed")
