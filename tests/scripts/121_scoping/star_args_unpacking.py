# *args/**kwargs collection and unpacking at call sites; duplicate keyword errors
def describe(first, *rest, sep=", ", **opts):
    return f"{first} | {sep.join(map(str, rest))} | {sorted(opts.items())}"
args = [1, 2, 3]
kw = {"color": "red", "size": 2}
print(describe(*args))
print(describe(0, *args, *"ab", sep="/", **kw, extra=True))
print(describe(**{"first": "f"}))
def point(x, y, z=0):
    return (x, y, z)
print(point(*(1, 2)), point(**dict(y=5, x=1)), point(1, *[2], **{"z": 3}))
for call in (lambda: point(1, x=1, y=2), lambda: point(**kw), lambda: describe(1, **{"sep": "-"}, **{"sep": "+"})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
