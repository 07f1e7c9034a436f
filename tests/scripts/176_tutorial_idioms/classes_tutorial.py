# docs tutorial ch.9: class/instance variables, shared mutable pitfall, inheritance, private name mangling
class Dog:
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
d = Dog('Fido'); e = Dog('Buddy')
d.add_trick('roll over'); e.add_trick('play dead')
print(d.kind, e.kind, d.name, e.name, d.tricks, e.tricks)
class BadDog:
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
d = BadDog('Fido'); e = BadDog('Buddy')
d.add_trick('roll over'); e.add_trick('play dead')
print(d.tricks)
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)
    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)
    __update = update
class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values):
            self.items_list.append(item)
m = MappingSubclass([1, 2])
m.update(['a', 'b'], [3, 4])
print(m.items_list)
print(sorted(k for k in vars(Mapping) if 'update' in k))
class Employee:
    pass
john = Employee()
john.name = 'John Doe'; john.dept = 'computer lab'; john.salary = 1000
print(vars(john))
print(isinstance(m, Mapping), issubclass(MappingSubclass, Mapping), issubclass(bool, int), issubclass(float, int))
class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)
    def __iter__(self):
        return self
    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]
print(list(Reverse('spam')))
def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]
print(''.join(reverse('golf')))
print(sum(i*i for i in range(10)), max((y, x) for x, y in enumerate('hello')))
