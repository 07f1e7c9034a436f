# A class pattern whose name is not a class ends in CPython's TypeError when the case is tried.
Point = (1, 2)
match {"x": 1}:
    case {"x": 1} if False:
        print("never")
    case Point(x=1):
        print("never either")
