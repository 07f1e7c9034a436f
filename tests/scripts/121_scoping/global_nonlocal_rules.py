# global vs nonlocal: module-level rebinding, nested nonlocal reaching two levels up
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def creates_global():
    global brand_new
    brand_new = "created"
creates_global()
print(brand_new)
def reads_before_assign():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
reads_before_assign()
