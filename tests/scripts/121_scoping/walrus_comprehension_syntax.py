# assignment expression cannot rebind a comprehension iteration variable: SyntaxError
values = [1, 2, 3]
print("never printed")
doubled = [x := x * 2 for x in values]
