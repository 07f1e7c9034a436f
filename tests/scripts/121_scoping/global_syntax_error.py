# using a name before its global declaration in the same function is a SyntaxError
total = 0
def add(n):
    print(total)
    global total
    total += n
add(1)
