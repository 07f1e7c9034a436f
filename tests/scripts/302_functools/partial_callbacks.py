# partial in a small event system: bound callbacks with preset arguments, keyword overrides, composition
from functools import partial, reduce


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def emit(self, event, **payload):
        return [h(**payload) for h in self.handlers.get(event, [])]


def log(level, msg, *, sep=": ", **extra):
    tail = "".join(f" {k}={v}" for k, v in sorted(extra.items()))
    return f"{level}{sep}{msg}{tail}"


bus = Bus()
bus.on("save", partial(log, "INFO"))
bus.on("save", partial(log, "DEBUG", sep=" | ", user="ann"))
bus.on("fail", partial(partial(log, "ERROR"), code=2))
print(bus.emit("save", msg="saved file"))
print(bus.emit("save", msg="again", sep=" - "))
print(bus.emit("fail", msg="disk full", code=28))
print(bus.emit("none"))
for event in sorted(bus.handlers):
    print(event, [repr(h).replace(repr(log), "log") for h in bus.handlers[event]])

compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(partial(int, base=16), partial(pow, 2), str)
print(pipeline("a"), pipeline("10"))
scale = [partial(lambda k, x: k * x, k) for k in range(1, 4)]
print([f(10) for f in scale], [f.args for f in scale])
