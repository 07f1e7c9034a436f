# TypeError from bad class patterns in match statements
class NoArgs:
    pass

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class BadArgs:
    __match_args__ = "x"
    x = 1

not_a_class = 5

def try_match(subject, which):
    try:
        match subject:
            case NoArgs(1) if which == 0:
                return "noargs"
            case Pt(1, 2, 3) if which == 1:
                return "pt3"
            case not_a_class() if which == 2:
                return "int"
            case BadArgs(1) if which == 3:
                return "bad"
            case Pt(1, x=1) if which == 4:
                return "dup"
            case _:
                return "none"
    except TypeError as e:
        return f"{type(e).__name__} {e}"

print(try_match(NoArgs(), 0))
print(try_match(Pt(1, 2), 1))
print(try_match(5, 2))
print(try_match(BadArgs(), 3))
print(try_match(Pt(1, 2), 4))
print(try_match(Pt(1, 2), 9))
