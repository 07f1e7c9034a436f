# tuple + tuple and tuple * n: with an empty side or n == 1 an exact tuple is the result itself, a subclass gives a
# new plain tuple; repeats of every size, of nested and shared items; the errors.
t = (1, "a", [2])
e = ()
print(t + e is t, e + t is t, t * 1 is t, 1 * t is t, t + t, t * 3, 0 * t, t * -2, e * 5 is e, (t * 2)[5] is t[2])
class T(tuple):
    pass
u = T((1, 2))
print(type(u + ()).__name__, (u + ()) is u, type(() + u).__name__, type(u * 1).__name__, (u * 1) is u, u * 2)
big = (0, 1) * 1000
print(len(big), sum(big), big[-3:], len(((),) * 7), ((1,) + (2,)) * 2)
acc = ()
for i in range(10):
    acc += (i,)
    acc = acc * 1
print(acc, acc[::-1] + acc)
try:
    t + [1]
except TypeError as err:
    print(err)
try:
    t * "x"
except TypeError as err:
    print(err)
