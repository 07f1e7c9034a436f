# IndentationError: a block expected after a def is missing.
def f():
return 1

print(f())
