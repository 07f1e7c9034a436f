# Every way of emptying a list frees its items last to first, as CPython does
# (_list_clear, list_ass_slice's recycle array, list_dealloc), and the list is
# already empty when the first __del__ runs.


class Tracked:
    seen = None

    def __init__(self, name):
        self.name = name

    def __del__(self):
        seen = Tracked.seen
        print("del", self.name, "list now", None if seen is None else [x.name for x in seen])


def fill(tag):
    return [Tracked(tag + str(i)) for i in range(1, 4)]


ways = ("clear", "del slice", "assign empty", "assign shorter", "del", "pop", "rebind", "*= 0",
        "del every other", "del backwards", "assign every other", "assign backwards")


for n, way in enumerate(ways):
    print("--", way)
    l = fill("abcdefghijkl"[n])
    Tracked.seen = l
    if way == "clear":
        l.clear()
    elif way == "del slice":
        del l[:]
    elif way == "assign empty":
        l[:] = []
    elif way == "assign shorter":
        l[1:] = [Tracked("new")]
    elif way == "del":
        Tracked.seen = None
        del l
    elif way == "pop":
        l.pop()
    elif way == "rebind":
        Tracked.seen = None
        l = None
    elif way == "*= 0":
        l *= 0
    elif way == "del every other":
        del l[::2]
    elif way == "del backwards":
        del l[::-2]
    elif way == "assign every other":
        l[::2] = [Tracked("x"), Tracked("y")]
    else:
        l[::-2] = [Tracked("x"), Tracked("y")]
    print("after", way)
    Tracked.seen = None
    l = None
    print("emptied")

# a list inside a list inside a tuple
t = ([Tracked("a"), [Tracked("b"), Tracked("c")]], Tracked("d"))
print("-- nested")
t = None
print("done")
