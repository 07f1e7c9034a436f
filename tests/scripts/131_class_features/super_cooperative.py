# cooperative multiple inheritance: super() chains through the MRO with **kwargs
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            print("leftover", sorted(kw))
class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
p = Person(name="Ada", age=36)
print(p, p.log)
print([c.__name__ for c in Person.__mro__])
q = Person(name="Bob", age=1, extra=2)
print(q.log)
