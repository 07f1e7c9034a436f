# Class attributes shared by instances, shadowed by instance attributes, and counted across instances.
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add(1)
b2.add(2)
print(b1.items, Bag.items)
