# __eq__ and __lt__: ==, !=, < and >, sorting and min/max of user objects, == falling back to identity.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(1, 2)]
print(sorted(vs), min(vs), max(vs))
print(vs[0] == vs[3], vs[0] != vs[3], vs[1] < vs[2], vs[2] > vs[1])
print(Version(1, 0) in vs, vs.index(Version(1, 0)), vs.count(Version(1, 2)))
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a != NoEq())
