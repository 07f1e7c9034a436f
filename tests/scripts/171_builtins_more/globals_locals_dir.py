# globals()/locals()/dir() inside functions and classes, vars() of a class, and modifying globals() dynamically
counter = 0
def bump(step):
    local_note = "inside"
    names = sorted(locals())
    globals()["counter"] += step
    return names, dir()
print(bump(5), counter)
for name in ["alpha", "beta"]:
    globals()[f"var_{name}"] = len(name)
print(var_alpha, var_beta, "var_beta" in globals(), sorted(k for k in globals() if k.startswith("var_")))
class Settings:
    debug = False
    level = 3
    def show(self): return "show"
print(sorted(k for k in vars(Settings) if not k.startswith("__")), "debug" in dir(Settings), "show" in dir(Settings()))
def outer():
    x = 1
    def inner():
        y = 2
        return sorted(locals())
    return inner(), sorted(locals())
print(outer())
print(sorted(dir([]))[-3:], len([n for n in dir("") if not n.startswith("_")]) > 40)
