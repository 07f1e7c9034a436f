# three chained exceptions: context, then cause, printed oldest first
def step1():
    raise KeyError("a")

def step2():
    try:
        step1()
    except KeyError:
        raise ValueError("b")

def step3():
    try:
        step2()
    except ValueError as e:
        raise RuntimeError("c") from e

step3()
