# customising wordchars, whitespace, quotes, escape and whitespace_split
import shlex

lex = shlex.shlex("user.name=bob; user.id=7")
print(list(lex))
lex = shlex.shlex("user.name=bob; user.id=7")
lex.wordchars += ".="
print(list(lex))
lex = shlex.shlex("a,b,,c", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("say |hello world| to |you|", posix=True)
lex.quotes = "|"
print(list(lex))
lex = shlex.shlex("one^ two \"x^\"y\"", posix=True)
lex.escape = "^"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("'a\\'b' \"c\\\"d\"", posix=True)
lex.escapedquotes = "'\""
print(list(lex))
lex = shlex.shlex("f(x, y) + g[2]")
print(list(lex))
lex = shlex.shlex("f(x, y) + g[2]")
lex.whitespace_split = True
print(list(lex))
print(len(shlex.shlex("", posix=True).wordchars) - len(shlex.shlex("").wordchars))
