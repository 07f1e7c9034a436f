# sys.set_int_max_str_digits / get_int_max_str_digits, and sys.int_info / sys.float_info.
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys._xoptions)
print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)

big = 10 ** 5000
for limit in (640, 5001, 0):
    sys.set_int_max_str_digits(limit)
    print("limit", sys.get_int_max_str_digits())
    for make in (lambda: str(big), lambda: int("7" * 1000), lambda: f"{big:d}", lambda: "%d" % big, lambda: repr(-big)):
        try:
            print(len(str(make())))
        except ValueError as e:
            print("ValueError:", e)

sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
for bad in (5, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
for call in (lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits("5")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(sys.get_int_max_str_digits())

# the limit also bounds decimal literals, as compiled after it is set (-X int_max_str_digits at start-up)
import subprocess
sys.set_int_max_str_digits(5000)
exec("y = " + "8" * 4999 + "\nprint(len(str(y)))")
try:
    compile("z = " + "9" * 5001, "s", "exec")
except SyntaxError as e:
    print(e.msg)
sys.set_int_max_str_digits(0)
exec("w = " + "1" * 9000 + "\nprint(len(str(w)))")
program = "x = " + "7" * 5000 + "\nprint(len(str(x)))\n"
for option in ([], ["-X", "int_max_str_digits=6000"], ["-X", "int_max_str_digits=0"], ["-X", "int_max_str_digits=4999"]):
    proc = subprocess.run([sys.executable, *option, "-c", program], capture_output=True, text=True)
    print(option, proc.returncode, proc.stdout.strip(), proc.stderr.strip().splitlines()[-1:] )
