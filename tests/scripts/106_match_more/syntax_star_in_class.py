# SyntaxError: starred pattern inside a class pattern's arguments
class Point:
    __match_args__ = ("x", "y")
p = Point()
match p:
    case Point(*coords):
        print(coords)
