# default argument values are evaluated once at def time: shared mutable defaults, None idiom
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad.__defaults__)
print(append_good(1), append_good(2))
x = 5
def show(v=x * 2):
    return v
x = 100
print(show(), show.__defaults__)
def kw(*, flag=[]):
    flag.append(len(flag))
    return flag
kw(); kw()
print(kw.__kwdefaults__)
