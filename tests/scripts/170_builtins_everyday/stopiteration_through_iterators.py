# a StopIteration raised inside map's function ends the map; inner iterators' StopIteration values pass through
def until_three(x):
    if x < 3:
        return x * 10
    raise StopIteration(444)
print(list(map(until_three, range(100))))
def gen():
    print((yield from map(until_three, range(100))))
print(list(gen()))
class Stops:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
for make in (lambda: enumerate(Stops()), lambda: map(str, Stops()), lambda: zip(Stops()), lambda: filter(None, Stops())):
    try:
        next(make())
    except StopIteration as e:
        print(type(make()).__name__, e.args)
