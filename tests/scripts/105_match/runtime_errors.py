# Errors a class pattern raises at run time.
class Plain:
    pass


class Two:
    __match_args__ = ("a",)
    a = 1


class BadArgs:
    __match_args__ = "a"


class NotStr:
    __match_args__ = (1,)


not_a_class = 5
for subject, label in [(Plain(), "Plain"), (Two(), "Two"), (BadArgs(), "BadArgs"), (NotStr(), "NotStr"), (1, "five"), (5, "int")]:
    try:
        match subject:
            case Plain(1):
                print("no")
            case Two(1, 2):
                print("no")
            case BadArgs(1):
                print("no")
            case NotStr(1):
                print("no")
            case not_a_class():
                print("no")
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Two():
        case Two(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)


class Missing:
    __match_args__ = ("gone",)


match Missing():
    case Missing(1):
        print("matched")
    case _:
        print("missing attribute: no match")
k = "a"
try:
    match {"a": 1}:
        case {"a": 1, k: 2}:
            pass
except NameError as e:
    print("NameError", e)
match 3:
    case str():
        pass
    case Two(x, y):
        pass
