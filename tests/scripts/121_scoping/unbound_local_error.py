# assigning anywhere in a function makes a name local for the whole body: UnboundLocalError (uncaught)
total = 10
def ok():
    return total + 1
def conditional(flag):
    if flag:
        total = 0
    return total
print(ok(), conditional(True))
def augmented():
    total += 1
    return total
try:
    augmented()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(conditional(False))
