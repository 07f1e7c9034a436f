# *args and **kwargs: collecting extra arguments, their types, and forwarding them to another call.
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, 2)
show(a=1, b=2)
show(1, "x", key=None)

def mixed(a, b=2, *rest, **opts):
    print(a, b, rest, opts)

mixed(1)
mixed(1, 3, 5, 7, flag=True)

def forward(*args, **kwargs):
    return mixed(*args, **kwargs)

forward(9, **{"z": 26})
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
