# A generator's return statement ends iteration; the value reaches StopIteration and `yield from`.
def upto(n):
    for i in range(n):
        if i == 3:
            return "stopped early"
        yield i
    return "ran out"

print(list(upto(10)), list(upto(2)))

def collect(g):
    result = yield from g
    yield f"inner returned {result!r}"

print(list(collect(upto(10))))
print(list(collect(upto(1))))
