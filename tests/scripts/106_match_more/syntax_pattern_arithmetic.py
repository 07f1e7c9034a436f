# SyntaxError: arithmetic on a call result used as a case pattern
value = 5
def limit():
    return 5
match value:
    case limit():
        print("class pattern on a function")
    case limit() + 1:
        print("arithmetic in pattern")
