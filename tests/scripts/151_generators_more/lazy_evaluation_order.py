# generators are lazy: interleaved prints show pull-based evaluation through a chain
def source():
    for i in range(3):
        print("produce", i)
        yield i
def double(xs):
    for x in xs:
        print("double", x)
        yield x * 2
def take(n, xs):
    for i, x in enumerate(xs):
        if i >= n:
            return
        yield x
pipeline = take(2, double(source()))
print("nothing yet")
for v in pipeline:
    print("got", v)
print(sum(double(source())))
