# changing a set's size while iterating over it raises RuntimeError, and keeps raising
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
for i in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
s = {1}
it = iter(s)
print(list(it))
s.add(2)
print(list(it))
for x in sorted(s):
    s = s | {x * 10}
print(sorted(s))
done = {1, 2}
for x in done:
    done.remove(x)
