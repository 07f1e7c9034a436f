# walking an exception's __traceback__: tb_lineno and function names per frame, with_traceback reuse
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
def frames_of(exc):
    tb = exc.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    level1()
except ValueError as e:
    print(frames_of(e))
    caught = e
e2 = RuntimeError("reattached")
print(e2.__traceback__)
print(e2.with_traceback(caught.__traceback__) is e2)
print(frames_of(e2)[-1])
try:
    raise e2
except RuntimeError as e:
    print(frames_of(e)[:2])
