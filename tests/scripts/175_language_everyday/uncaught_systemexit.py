# SystemExit with codes/messages, sys.exit in finally; final sys.exit("msg") prints to stderr, code 1
import sys
for arg in [0, 3, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print(e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not reached")
finally:
    print("cleanup before exit")
