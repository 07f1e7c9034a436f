# an error inside a list comprehension and a lambda: the traceback lists the <listcomp> and <lambda> frames
convert = lambda s: int(s) * 2
words = ["1", "2", "three"]


def doubled(items):
    return [convert(w) for w in items]


print(doubled(words[:2]))
print(doubled(words))
