# Keyword-only parameters after * or *args, with and without defaults, and the error when passed positionally.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("a", secure=True))
print(connect("b", port=443, secure=False))

def log(*messages, sep=" | "):
    print(sep.join(messages))

log("x", "y", "z")
log("x", "y", sep="/")
try:
    connect("c", 8080, True)
except TypeError as e:
    print("TypeError", e)
try:
    connect("d")
except TypeError as e:
    print("TypeError", e)
