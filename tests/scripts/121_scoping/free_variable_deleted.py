# a closure's cell can be emptied with del: NameError mentions the free variable
def make():
    value = "present"
    def read():
        return value
    print(read())
    del value
    return read
reader = make()
try:
    reader()
except NameError as e:
    print("NameError:", e)
def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    late = "now set"
    return inner()
print(outer())
