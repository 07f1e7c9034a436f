# a small command interpreter: each line is split with shlex and dispatched
import shlex

session = r"""
set greeting "Hello, World"
set name 'O'"'"'Brien'
echo $greeting to $name   # comments are ignored
add 1 2 3.5
echo "tab:\t stays" escaped\ space
upper it's
bogus command
echo "unterminated
"""
env = {}


def expand(word):
    return env.get(word[1:], "") if word.startswith("$") else word


for lineno, line in enumerate(session.strip().splitlines(), 1):
    try:
        argv = shlex.split(line, comments=True)
    except ValueError as e:
        print(f"line {lineno}: parse error: {e}")
        continue
    cmd, args = argv[0], argv[1:]
    if cmd == "set":
        env[args[0]] = args[1]
        print(f"line {lineno}: {args[0]} = {shlex.quote(args[1])}")
    elif cmd == "echo":
        print(f"line {lineno}:", " ".join(expand(a) for a in args))
    elif cmd == "add":
        print(f"line {lineno}: sum = {sum(float(a) for a in args)}")
    else:
        print(f"line {lineno}: unknown command {shlex.join(argv)}")
