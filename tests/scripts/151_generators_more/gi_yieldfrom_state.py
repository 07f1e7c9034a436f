# introspecting suspended generators: gi_yieldfrom while delegating, gi_code names, finished frame
def child():
    yield "c1"
    yield "c2"
def parent():
    yield "p"
    yield from child()
g = parent()
print(g.gi_yieldfrom, g.gi_code.co_name, g.gi_frame is not None)
next(g)
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
print(list(g), g.gi_yieldfrom, g.gi_frame)
print(parent.__code__.co_name, parent.__code__ is g.gi_code)
