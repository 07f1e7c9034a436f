# A str subclass in formatting, joining, dict keys, sorting and slicing: the builtin's behaviour, plain strs out.
class Tag(str):
    def __new__(cls, value, level=0):
        obj = super().__new__(cls, value.lower())
        obj.level = level
        return obj

    def __repr__(self):
        return f"Tag({str(self)!r}, {self.level})"


tags = [Tag("Beta", 2), Tag("ALPHA", 1), Tag("gamma")]
print(sorted(tags), [t.level for t in sorted(tags)], ", ".join(tags), f"{tags[0]:>8}|{tags[1]!s}|{tags[2]!r}")
print({t: t.level for t in tags}["beta"], tags[0][1:], type(tags[0][1:]).__name__, tags[0].upper(), "%s-%r" % (tags[1], tags[1]))
print(tags[0] == "beta", "alpha" in tags, tags[2].startswith("ga"), len(tags[1]), tags[1] * 2, type(tags[1] * 2).__name__)
