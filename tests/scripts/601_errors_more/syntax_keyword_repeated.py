# repeating a keyword argument in a call is a SyntaxError with the caret on the repeated one
def connect(host, port):
    return host, port


print(connect(host="a", port=1))
print(connect("a", port=2))
print(connect(host="a", port=1, host="b"))
print("unreached")
