# Tracking open handles in a simulated file layer: __del__ warnings, context managers, and exceptions dropping frames.
class Tracker:
    open_now = set()
    events = []


class Handle:
    _next = 1

    def __init__(self, path):
        self.fd = Handle._next
        Handle._next += 1
        self.path = path
        self.closed = False
        Tracker.open_now.add(self.fd)
        Tracker.events.append(f"open {path}#{self.fd}")

    def read(self):
        if self.closed:
            raise ValueError(f"I/O on closed handle {self.fd}")
        return f"<data of {self.path}>"

    def close(self):
        if not self.closed:
            self.closed = True
            Tracker.open_now.discard(self.fd)
            Tracker.events.append(f"close #{self.fd}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if not self.closed:
            Tracker.events.append(f"LEAK #{self.fd} {self.path}")
            self.close()


def careful(path):
    with Handle(path) as h:
        return h.read()


def sloppy(path):
    h = Handle(path)
    return h.read()


def failing(path):
    h = Handle(path)
    raise OSError(f"disk error reading {path}")


def show(label):
    print(f"{label:<18} open={sorted(Tracker.open_now)} events={Tracker.events}")
    Tracker.events.clear()


print(careful("a.txt"))
show("careful")
print(sloppy("b.txt"))
show("sloppy")
kept = Handle("c.txt")
data = [Handle(f"tmp{i}").read() for i in range(2)]
show("comprehension")
try:
    failing("d.txt")
except OSError as e:
    print("caught:", e)
show("inside except")
show("after except")
kept.close()
print(kept.read() if not kept.closed else "kept is closed")
handles = {name: Handle(name) for name in ("x", "y", "z")}
del handles["y"]
show("dict del")
handles.clear()
show("dict clear")
h = Handle("last")
h = Handle("replacement")
show("rebinding")
with Handle("err.txt") as h2:
    h2.close()
    h2.read()
