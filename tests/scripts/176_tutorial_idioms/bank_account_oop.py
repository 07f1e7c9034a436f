# textbook OOP exercise: BankAccount with class attributes, custom exceptions, __str__/__repr__, transactions
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.shortfall = amount - balance
class BankAccount:
    interest_rate = 0.02
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = BankAccount._next_number
        BankAccount._next_number += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        self.deposit(round(self._balance * self.interest_rate, 2))
    def __str__(self):
        return f"Account #{self.number} ({self.owner}): ${self._balance:,.2f}"
    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self._balance!r})"
class SavingsAccount(BankAccount):
    interest_rate = 0.05
acct = BankAccount("Ada", 100)
acct.deposit(50).withdraw(30).deposit(1000)
print(acct, repr(acct), acct.history)
sav = SavingsAccount("Grace", 2000)
sav.add_interest(); acct.add_interest()
print(sav, acct, sav.number, BankAccount._next_number)
try:
    sav.withdraw(5000)
except InsufficientFunds as e:
    print("Error:", e, "short by", e.shortfall)
try:
    acct.deposit(-5)
except ValueError as e:
    print("Error:", e)
for a in sorted([acct, sav], key=lambda a: a.balance, reverse=True):
    print(a.owner, a.balance)
try:
    acct.balance = 10
except Exception as e:
    print(type(e).__name__ + ':', e)
