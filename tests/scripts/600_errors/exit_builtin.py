# exit and quit, as site.py provides them: a repr that says how to leave, SystemExit when called.
print(repr(quit), str(exit), type(exit).__name__, type(exit).__module__)
for call in [lambda: exit(3), lambda: quit(), lambda: exit("message")]:
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code))
try:
    exit(1, 2)
except TypeError as e:
    print(e)
print("leaving")
exit(4)
