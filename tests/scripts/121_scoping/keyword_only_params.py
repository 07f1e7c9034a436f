# keyword-only parameters after * and *args, with and without defaults; error messages
def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} t={timeout} r={retries}"
print(connect("a", retries=1), connect("b", 8080, retries=2, timeout=1))
def log(*msgs, sep=" ", end="!"):
    return sep.join(msgs) + end
print(log("a", "b"), log("a", "b", sep="-", end="?"))
for call in (lambda: connect("a"), lambda: connect("a", 1, 2), lambda: connect("a", retries=1, colour=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def only_kw(*, a, b):
    return a - b
print(only_kw(b=1, a=5))
only_kw(5, 1)
