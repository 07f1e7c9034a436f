# contextmanager decorator misuse: wrong generator type, enter twice, exit without enter, non-generator function
from contextlib import contextmanager

@contextmanager
def once():
    print("setup")
    yield 1
    print("teardown")

cm = once()
with cm as v:
    print("value", v)
try:
    cm.__enter__()
except AttributeError as e:
    print(type(e).__name__ + ":", e)

@contextmanager
def not_a_generator():
    return [1, 2]
try:
    with not_a_generator():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)

@contextmanager
def empty_return():
    return
    yield
try:
    with empty_return():
        pass
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

@contextmanager
def finally_yield():
    try:
        yield "first"
    finally:
        print("cleanup runs")
try:
    with finally_yield() as f:
        print(f)
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit propagated")
