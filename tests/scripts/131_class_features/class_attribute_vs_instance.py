# class attributes shared vs instance attributes shadowing; mutable class attribute pitfall
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, a.tricks is b.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "canis lupus"
print(b.species, sorted(vars(a)))
try:
    del a.species
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "age", "unknown"), hasattr(Dog, "name"))
setattr(Dog, "legs", 4)
print(a.legs, "legs" in Dog.__dict__)
