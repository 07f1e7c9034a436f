# uncaught custom exception with multiple args, raised from a method and lambda; exit code 1
class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        check = lambda: amt <= self.bal or self._fail(amt)
        check()
        self.bal -= amt
        return self.bal
    def _fail(self, amt):
        raise InsufficientFunds(amt, self.bal)
class InsufficientFunds(Exception):
    pass
a = Account(100)
print(a.withdraw(30))
print(a.withdraw(50))
print(a.withdraw(40))
