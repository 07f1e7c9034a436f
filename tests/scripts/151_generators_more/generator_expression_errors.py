# errors in generator expressions: the outermost iterable is checked at creation, inner ones lazily
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", e)
g = (x + y for x in [1, 2] for y in None)
print("created lazily")
try:
    next(g)
except TypeError as e:
    print("at first next:", e)
gen = (n for n in range(3))
print(list(gen), list(gen))
def consume(it):
    return [v for v in it]
print(consume(c.upper() for c in "hi"))
print(sum(x for x in range(4)), sorted((x % 3 for x in range(6)), reverse=True))
words = ["a", "bb", None, "ccc"]
lengths = (len(w) for w in words)
print(next(lengths), next(lengths))
print(list(lengths))
