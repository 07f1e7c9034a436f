# lambdas created in a loop capture the variable, not the value; default args freeze it
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
frozen = [lambda i=i: i for i in range(3)]
print([f() for f in frozen])
handlers = {}
for name in ["save", "load"]:
    handlers[name] = lambda name=name: f"handling {name}"
print(handlers["save"](), handlers["load"]())
adders = []
for n in range(3):
    def add(x, n=n):
        return x + n
    adders.append(add)
print([a(10) for a in adders])
def make(n):
    return lambda x: x * n
triples = [make(k) for k in range(1, 4)]
print([t(2) for t in triples])
