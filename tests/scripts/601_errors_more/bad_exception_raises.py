# TypeError from raising or catching things that are not exceptions
class NotExc:
    pass

def attempt(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

def raise_obj():
    raise NotExc()

def raise_cls():
    raise NotExc

def catch_bad():
    try:
        raise ValueError("x")
    except NotExc:
        pass

def catch_str():
    try:
        1 / 0
    except "ZeroDivisionError":
        pass

def bad_cause():
    raise ValueError("v") from "text"

def reraise_none():
    raise

for f in (raise_obj, raise_cls, catch_bad, catch_str, bad_cause):
    attempt(f)
try:
    reraise_none()
except RuntimeError as e:
    print(type(e).__name__, e)
