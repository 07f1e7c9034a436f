# uncaught AttributeError on a builtin type with a "Did you mean" suggestion (3.11 behaviour)
items = ["b", "a"]
items.sort()
print(items)
items.apend("c")
