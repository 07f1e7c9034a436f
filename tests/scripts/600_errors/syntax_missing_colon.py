# SyntaxError: a missing colon after an if condition; nothing runs, exit status 1.
print("never printed")
x = 3
if x > 2
    print("big")
