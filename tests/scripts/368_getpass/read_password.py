# getpass() with stdin from a file (no terminal): the warning, the notice and the prompt, then one line per call
import getpass
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    first = getpass.getpass()
    second = getpass.getpass("PIN: ", stream=sys.stdout)
    third = getpass.getpass(prompt="")
print()
print(repr(first), repr(second), repr(third))
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)
warnings.simplefilter("ignore", getpass.GetPassWarning)
try:
    getpass.getpass("last: ", stream=sys.stdout)
except EOFError as e:
    print()
    print("EOFError", repr(str(e)))
