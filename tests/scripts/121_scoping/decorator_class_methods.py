# decorators applied to methods: wrapper receives self; works with classmethod stacking order
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__qualname__}{args[1:] if args and not isinstance(args[0], type) else args}")
        return fn(*args, **kwargs)
    return wrapper
class Account:
    rate = 0.1
    def __init__(self, bal): self.bal = bal
    @trace
    def deposit(self, amt):
        self.bal += amt
        return self.bal
    @classmethod
    @trace
    def default(cls):
        return cls(100)
    @staticmethod
    @trace
    def fee(x):
        return x * 2
a = Account.default()
print(a.deposit(5), Account.fee(3), a.fee(1))
print(Account.deposit.__qualname__, Account.deposit.__name__)
