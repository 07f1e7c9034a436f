# Exceptions escape through several function calls, running each frame's finally on the way out.
def level3():
    print("level3 raising")
    raise RuntimeError("deep problem")

def level2():
    try:
        level3()
    finally:
        print("level2 finally")

def level1():
    level2()
    print("not reached")

try:
    level1()
except RuntimeError as e:
    print("caught at top:", e)
def gen_error():
    yield 1
    raise KeyError("from generator")
try:
    for v in gen_error():
        print("got", v)
except KeyError as e:
    print("KeyError", e)
