# realistic program: a tiny key-value store with transactions (contextmanager), batch locks (ExitStack)
from contextlib import contextmanager, ExitStack, suppress, closing

class Store:
    def __init__(self):
        self.data = {}
        self.log = []

    @contextmanager
    def transaction(self, name):
        snapshot = dict(self.data)
        self.log.append(f"begin {name}")
        try:
            yield self.data
        except Exception as e:
            self.data = snapshot
            self.log.append(f"rollback {name}: {type(e).__name__}")
            raise
        else:
            self.log.append(f"commit {name}")

class Lock:
    held = []
    def __init__(self, key):
        self.key = key
    def __enter__(self):
        Lock.held.append(self.key)
        return self
    def __exit__(self, *exc):
        Lock.held.remove(self.key)
    def close(self):
        print("lock object closed", self.key)

store = Store()
with store.transaction("t1") as d:
    d["a"] = 1
    d["b"] = 2
with suppress(KeyError):
    with store.transaction("t2") as d:
        d["c"] = 3
        del d["missing"]
print(sorted(store.data.items()))

def batch_update(store, updates):
    with ExitStack() as stack:
        for key in sorted(updates):
            stack.enter_context(Lock(key))
        print("locks held:", Lock.held)
        with store.transaction("batch") as d:
            for k, v in updates.items():
                if v is None:
                    raise ValueError(f"bad value for {k}")
                d[k] = v
    print("locks after:", Lock.held)

batch_update(store, {"x": 10, "y": 20})
try:
    batch_update(store, {"p": 1, "q": None})
except ValueError as e:
    print("batch failed:", e, "| locks:", Lock.held)
print(sorted(store.data.items()))
print("\n".join(store.log))
with closing(Lock("z")) as lk:
    print("closing gives", lk.key)
