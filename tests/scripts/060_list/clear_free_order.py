# How each way of emptying a list frees its items, as CPython does: clear(),
# `del l[:]`, a slice assignment and the list's own end free them last to
# first (_list_clear, list_ass_slice's recycle array, list_dealloc); a slice
# with any other step (even -1) frees them in ascending order (the garbage
# array of list_ass_subscript). The list is already changed when the first
# __del__ runs.


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
        "del every other", "del backwards", "assign every other", "assign backwards", "del reversed",
        "del reversed part", "init again")


for n, way in enumerate(ways):
    print("--", way)
    l = fill("abcdefghijklmno"[n])
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
    elif way == "assign backwards":
        l[::-2] = [Tracked("x"), Tracked("y")]
    elif way == "del reversed":
        del l[::-1]
    elif way == "del reversed part":
        del l[2:0:-1]
    else:
        Tracked.seen = None  # weft runs __del__ at the next safe point, after __init__ refilled the list
        list.__init__(l, [Tracked("z")])
    print("after", way)
    Tracked.seen = None
    l = None
    print("emptied")

# a list inside a list inside a tuple
t = ([Tracked("a"), [Tracked("b"), Tracked("c")]], Tracked("d"))
print("-- nested")
t = None
print("done")
