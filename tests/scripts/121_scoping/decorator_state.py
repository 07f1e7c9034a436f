# decorator keeping state in a closure (call counting) and in function attributes (registry)
import functools
def counted(fn):
    calls = 0
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args)
    wrapper.calls = 0
    return wrapper
routes = {}
def route(path):
    def register(fn):
        routes[path] = fn
        return fn
    return register
@route("/")
@counted
def index():
    return "home"
@route("/about")
def about():
    return "about"
print(index(), index(), index.calls)
print(sorted(routes), routes["/"] is index, routes["/about"]())
print(routes["/"].__wrapped__())
