# metaclass __new__ and __call__: collects fields, counts instances, __prepare__ order kept
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["fields"] = [k for k, v in ns.items() if isinstance(v, int) and not k.startswith("_")]
        cls = super().__new__(mcls, name, bases, ns)
        cls.created = 0
        return cls
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.created += 1
        return obj
    def __repr__(cls):
        return f"<model {cls.__name__}>"
class Model(metaclass=Meta):
    pass
class User(Model):
    id = 0
    age = 18
    name = "x"
    zip = 1000
u1, u2 = User(), User()
print(User.fields, User.created, Model.created)
print(repr(User), type(User).__name__, isinstance(User, Meta))
print(type(User) is Meta, type(Model()) is Model, Model.created)
