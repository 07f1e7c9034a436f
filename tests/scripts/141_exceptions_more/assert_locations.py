# uncaught AssertionErrors: a comparison test is underlined in the traceback, other tests are not
class Account:
    def __init__(self, balance):
        self.balance = balance
def withdraw(acct, amount):
    assert amount > 0, "amount must be positive"
    assert acct.balance, "empty account"
    assert acct.balance >= amount, f"insufficient: {acct.balance} < {amount}"
    acct.balance -= amount
    return acct.balance
a = Account(10)
print(withdraw(a, 4))
for bad in [(Account(10), -1), (Account(0), 1)]:
    try:
        withdraw(*bad)
    except AssertionError as e:
        print("caught:", e)
withdraw(a, 100)
