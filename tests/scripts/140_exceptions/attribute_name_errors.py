# AttributeError and NameError messages, and UnboundLocalError from assigning after reading.
class Foo:
    def __init__(self):
        self.x = 1

def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: Foo().bar)
show(lambda: Foo.missing)
show(lambda: (5).nope)
show(lambda: "s".nope)
show(lambda: [].nope)
show(lambda: None.nope)
show(lambda: undefined_thing)

total = 0
def broken():
    total += 1
    return total

show(broken)
def also_broken():
    print(value)
    value = 3
show(also_broken)
print(isinstance(UnboundLocalError(), NameError))
