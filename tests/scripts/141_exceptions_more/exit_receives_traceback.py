# __exit__ receives the exception's traceback object, and may suppress the exception
import traceback
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("tb of the exception:", tb is not None and tb.tb_lineno == exc.__traceback__.tb_lineno)
        if tb is not None:
            print("frame:", tb.tb_frame.f_code.co_name, "next:", tb.tb_next.tb_frame.f_code.co_name if tb.tb_next else None)
        if tb is not None:
            print("line:", tb.tb_lineno, "frames:", len(traceback.extract_tb(tb)))
        return exc_type is KeyError
def fail():
    raise KeyError("missing")
with Recorder():
    fail()
print("suppressed")
with Recorder():
    pass
with Recorder():
    1 / 0
