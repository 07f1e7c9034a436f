# Messages of built-in errors, printed as type name and str(e).
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: {"a": 1}["b"])
show(lambda: [1, 2, 3][3])
show(lambda: "abc"[10])
show(lambda: (1,)[2])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: "a" * "b")
show(lambda: [1] < "x")
show(lambda: int("12x"))
show(lambda: float("abc"))
show(lambda: [].index(3))
show(lambda: len(5))
nothing = None
five = 5
show(lambda: nothing())
show(lambda: five[0])
show(lambda: {}.pop("gone"))
show(lambda: [].pop())
show(lambda: next(iter([])))
