# push-based coroutine pipeline: filter -> transform -> sink, connected with send()
def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    while True:
        results.append((yield))
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
results = []
pipe = grep("err", upper(sink(results)))
for line in ["ok start", "err disk", "ok", "err net"]:
    pipe.send(line)
print(results)
pipe.close()
try:
    pipe.send("err again")
except StopIteration:
    print("pipeline closed")
