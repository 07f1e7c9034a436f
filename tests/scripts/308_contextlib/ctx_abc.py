# AbstractContextManager / AbstractAsyncContextManager: structural subclass checks and defaults
from contextlib import AbstractContextManager, AbstractAsyncContextManager, nullcontext, ExitStack, suppress

class Good:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class OnlyEnter:
    def __enter__(self):
        pass
class Blocked(Good):
    __exit__ = None
class AGood:
    async def __aenter__(self):
        pass
    async def __aexit__(self, *a):
        pass

print(issubclass(Good, AbstractContextManager), isinstance(Good(), AbstractContextManager))
print(issubclass(OnlyEnter, AbstractContextManager), issubclass(Blocked, AbstractContextManager))
print(issubclass(AGood, AbstractAsyncContextManager), issubclass(Good, AbstractAsyncContextManager))
print(issubclass(nullcontext, AbstractContextManager), issubclass(nullcontext, AbstractAsyncContextManager))
print(isinstance(ExitStack(), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
print(issubclass(int, AbstractContextManager))

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("exit")
m = Mine()
with m as got:
    print(got is m)

class Incomplete(AbstractContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__ + ":", e)

class Sub(AbstractContextManager):
    def __exit__(self, *a):
        pass
class Plain:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
print(issubclass(Plain, Sub))
