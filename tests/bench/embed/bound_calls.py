# Benchmark: 10 million calls of a C function (operator.add, from CPython's _operator extension) from a loop.
from operator import add


def main():
    s = 0
    for i in range(10_000_000):
        s = add(s, 1)
    print(s)


main()
