# mixing except and except* in the same try statement is a SyntaxError
print("not reached")
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
