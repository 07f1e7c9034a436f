# Closures with nonlocal: independent counters, and several closures sharing one cell.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a())

def make_account():
    balance = 0
    def deposit(x):
        nonlocal balance
        balance += x
    def get():
        return balance
    return deposit, get

dep, get = make_account()
dep(10)
dep(5)
print(get())
