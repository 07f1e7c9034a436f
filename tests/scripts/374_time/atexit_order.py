# atexit: functions run at exit, last registered first, with their arguments; unregister removes every
# registration of a function; an exception in one is reported ("Exception ignored in atexit callback") and the
# others still run; they run after the main program's output and before files are flushed
import atexit


def bye(name, punctuation="!"):
    print(f"bye {name}{punctuation}")


class Failing:
    def __call__(self):
        raise ValueError("atexit failure")

    def __repr__(self):
        return "<Failing>"


def removed():
    print("never printed")


atexit.register(bye, "first")
atexit.register(Failing())
atexit.register(bye, "second", punctuation="?")
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
print(atexit.register(print, "plain print at exit") is print)
print("main done")
