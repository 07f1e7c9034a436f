# a traceback names the script by its absolute, unnormalised path
def f():
    1/0


f()
