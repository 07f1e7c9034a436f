# class bodies inside functions read enclosing function variables; methods close over them too
def make_model(table, fields):
    prefix = table.upper()
    class Model:
        name = prefix + "_MODEL"
        cols = list(fields)
        def describe(self):
            return f"{table}({', '.join(fields)})"
        def __repr__(self):
            return f"<{prefix} {self.describe()}>"
    return Model
User = make_model("users", ["id", "name"])
Post = make_model("posts", ("id", "body"))
print(User.name, Post.name, User.cols)
print(User(), Post().describe())
def shadow():
    x = "function"
    class C:
        x = "class"
        y = x
        def get(self):
            return x
    return C.y, C().get()
print(shadow())
