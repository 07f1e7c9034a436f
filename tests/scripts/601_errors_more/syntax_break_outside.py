# `break` in an if-block outside any loop is a SyntaxError
def check(n):
    for i in range(n):
        if i == 2:
            break
    if n > 3:
        break
    return n


print(check(5))
