# class pattern with more positional sub-patterns than __match_args__ allows: TypeError escapes
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for v in [Vec(1, 2), Vec(0, 0)]:
    match v:
        case Vec(0, 0):
            print("origin")
        case Vec(x, y, z):
            print("3d?", x, y, z)
