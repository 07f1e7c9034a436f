# itertools.dropwhile, takewhile, filterfalse, starmap and pairwise
import itertools

data = [1, 4, 6, 4, 1, 7, 2]
print(list(itertools.dropwhile(lambda x: x < 5, data)), list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.dropwhile(lambda x: True, data)), list(itertools.takewhile(lambda x: True, data)))
print(list(itertools.dropwhile(lambda x: False, data)), list(itertools.takewhile(lambda x: False, data)))
print(list(itertools.dropwhile(str.isspace, "   text  ")), list(itertools.takewhile(str.isdigit, "123abc45")))
print(list(itertools.dropwhile(bool, [1, 2, 0, 3])), list(itertools.takewhile(bool, [1, 2, 0, 3])))

# takewhile consumes the first failing item from a shared iterator
it = iter(range(10))
print(list(itertools.takewhile(lambda x: x < 3, it)), list(it))
it = iter(range(10))
dw = itertools.dropwhile(lambda x: x < 3, it)
print(next(dw), next(it), list(dw))
calls = []
def pred(x):
    calls.append(x)
    return x < 2
print(list(itertools.dropwhile(pred, [0, 1, 2, 0, 1])), calls)

print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0], 0.0, 2])))
print(list(itertools.filterfalse(str.isupper, "aBcDe")), list(itertools.filterfalse(None, [])))

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(max, [[1, 5, 2], (7, 3), "az"])))
print(list(itertools.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(itertools.starmap(divmod, zip(range(10, 15), itertools.repeat(3)))))
print(list(itertools.starmap("{}-{}".format, [("a", 1), ("b", 2)])))
print(list(itertools.starmap(lambda a, b: a * b, iter([iter([2, 3]), (4, 5)]))))

print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.pairwise("abc")))
print(list(itertools.pairwise([1])), list(itertools.pairwise([])), list(itertools.pairwise(range(2))))
print([b - a for a, b in itertools.pairwise([3, 7, 8, 15, 15, 20])])
g = (x * 10 for x in range(4))
print(list(itertools.pairwise(g)), list(g))
print(list(itertools.pairwise(itertools.pairwise(range(4)))))

def show(f):
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def two(a, b):
    return a + b
show(lambda: itertools.dropwhile(None, [1]))
show(lambda: itertools.dropwhile(5, [1]))
show(lambda: itertools.dropwhile(lambda x: x, 5))
show(lambda: itertools.takewhile(5, [1]))
show(lambda: itertools.takewhile(bool))
show(lambda: itertools.filterfalse(5, [1]))
show(lambda: itertools.filterfalse(None, 5))
show(lambda: itertools.starmap(pow, [1]))
show(lambda: itertools.starmap(5, [(1,)]))
show(lambda: itertools.starmap(pow))
show(lambda: itertools.starmap(two, [(1, 2, 3)]))
show(lambda: itertools.pairwise(5))
show(lambda: itertools.pairwise())
show(lambda: itertools.pairwise([1], [2]))
