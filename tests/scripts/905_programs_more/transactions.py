# A key-value store with nested transactions via context managers, ExitStack rollbacks and suppress.
from contextlib import contextmanager, ExitStack, suppress, nullcontext


class TxError(Exception):
    pass


class Store:
    def __init__(self):
        self.data = {}
        self.journal = []
        self.depth = 0

    @contextmanager
    def transaction(self, name):
        snapshot = dict(self.data)
        self.depth += 1
        indent = "  " * self.depth
        print(f"{indent}begin {name}")
        try:
            yield self
        except TxError as e:
            self.data = snapshot
            print(f"{indent}rollback {name}: {e}")
        except Exception as e:
            self.data = snapshot
            print(f"{indent}abort {name}: {type(e).__name__}")
            raise
        else:
            self.journal.append(name)
            print(f"{indent}commit {name}")
        finally:
            self.depth -= 1

    def set(self, key, value):
        if value is None:
            raise TxError(f"{key} cannot be None")
        self.data[key] = value

    def incr(self, key, by=1):
        self.data[key] = self.data[key] + by


class Lock:
    held = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Lock.held.append(self.name)
        return self

    def __exit__(self, *exc):
        Lock.held.remove(self.name)
        print(f"    release {self.name} (error={exc[0].__name__ if exc[0] else None})")
        return False


store = Store()
with store.transaction("setup") as s:
    s.set("alice", 100)
    s.set("bob", 50)
    with s.transaction("bonus"):
        s.incr("alice", 10)
        s.set("carol", None)
    with s.transaction("fees"):
        s.incr("bob", -5)
print(store.data, store.journal)

try:
    with store.transaction("bad"):
        store.incr("dave")
except KeyError as e:
    print("KeyError escaped:", e, store.data)

accounts = ["bob", "alice"]
with ExitStack() as stack:
    locks = [stack.enter_context(Lock(a)) for a in sorted(accounts)]
    stack.callback(print, "    callbacks run last-in first-out")
    print("holding", Lock.held)
    with store.transaction("transfer"):
        store.incr("alice", -30)
        store.incr("bob", 30)
print("held after:", Lock.held, store.data)

with suppress(KeyError, ZeroDivisionError):
    with ExitStack() as stack:
        stack.enter_context(Lock("audit"))
        store.data["total"] = sum(store.data.values()) / 0
print("suppressed; total present:", "total" in store.data)

for debug in (False, True):
    cm = store.transaction("maybe") if debug else nullcontext(store)
    with cm as st:
        st.set("flag", debug)
print(store.data, store.journal, store.depth)
