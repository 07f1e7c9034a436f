# Pairs of instructions the VM fuses must behave exactly like the two instructions: unbound locals in either
# position, comparisons of other types, and jumps that land on the second instruction of a pair.
def second_unbound(flag):
    b = 2
    if flag:
        a = 1
    return b + a


def first_unbound(flag):
    b = 2
    if flag:
        a = 1
    return a + b


def compares(items):
    out = []
    for x in items:
        if x < 3:
            out.append("small")
        elif x == "s":
            out.append("str")
        else:
            out.append("other")
    return out


def loop_into_pair(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


class Box:
    def __init__(self, v):
        self.v = v


def attrs(objs):
    return [o.v for o in objs]


print(second_unbound(True), first_unbound(True))
print(compares([1, 2.5, 3, 4.0, True]))
try:
    compares(["s", 1])
except TypeError as e:
    print("TypeError:", e)
print(loop_into_pair(10), attrs([Box(1), Box("x"), Box(None)]))
try:
    attrs([Box(1), 5])
except AttributeError as e:
    print("AttributeError:", e)
try:
    first_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
second_unbound(False)
