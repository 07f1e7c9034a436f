# the 'source' keyword: including another file while tokenising, with relative names
import os
import shlex

with open("included_tmp.conf", "w") as f:
    f.write("inner_a inner_b # comment in include\ninner_c\n")
with open("main_tmp.conf", "w") as f:
    f.write("first\nsource included_tmp.conf\nlast 'quoted value'\n")

with open("main_tmp.conf") as f:
    lex = shlex.shlex(f, "main_tmp.conf", posix=True)
    lex.wordchars += "."
    lex.source = "source"
    for tok in lex:
        print(f"{lex.error_leader()}{tok!r} depth={len(lex.filestack)}")
lex = shlex.shlex('source "included_tmp.conf" after')
lex.source = "source"
print(list(lex))
lex = shlex.shlex("x", infile="sub/dir/main.conf")
print(lex.error_leader(), lex.error_leader(lineno=9))
lex = shlex.shlex("source missing_tmp.conf", posix=True, infile="main_tmp.conf")
lex.whitespace_split = True
lex.source = "source"
try:
    list(lex)
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
os.remove("included_tmp.conf")
os.remove("main_tmp.conf")
print(os.path.exists("main_tmp.conf"))
