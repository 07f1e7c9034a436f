# shlex.split with comments=True, and comment handling of the shlex class
import shlex

text = """run --fast   # start quickly
# a whole comment line
stop 'not # a comment' "nor # this" here#there"""
print(shlex.split(text))
print(shlex.split(text, comments=True))
print(shlex.split(text, comments=True, posix=False))
lex = shlex.shlex(text, posix=True)
lex.whitespace_split = True
print(list(lex), lex.lineno)
lex = shlex.shlex("a;b # c\nd", posix=True)
lex.commenters = ";"
print(list(lex))
lex = shlex.shlex("key=value # trailing\nnext=1")
print(list(lex), lex.lineno)
