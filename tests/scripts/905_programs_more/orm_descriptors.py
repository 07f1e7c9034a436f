# A tiny ORM: typed field descriptors with __set_name__, a metaclass collecting fields, and query-by-example.
class Field:
    def __init__(self, kind, *, default=None, required=False):
        self.kind, self.default, self.required = kind, default, required

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            try:
                value = self.kind(value)
            except (TypeError, ValueError):
                raise TypeError(f"{type(obj).__name__}.{self.name} expects {self.kind.__name__}, got {value!r}") from None
        setattr(obj, self.slot, value)

    def __repr__(self):
        return f"Field({self.kind.__name__})"


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        fields.update({k: v for k, v in ns.items() if isinstance(v, Field)})
        cls._fields = fields
        cls._rows = []
        cls._next_id = 1
        return cls

    def __len__(cls):
        return len(cls._rows)


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        missing = [n for n, f in self._fields.items() if f.required and n not in values]
        if missing:
            raise ValueError(f"{type(self).__name__} missing {', '.join(missing)}")
        for name in self._fields:
            setattr(self, name, values.pop(name, self._fields[name].default))
        if values:
            raise AttributeError(f"unknown fields {sorted(values)}")
        self.id = type(self)._next_id
        type(self)._next_id += 1
        type(self)._rows.append(self)

    @classmethod
    def where(cls, **example):
        return [r for r in cls._rows if all(getattr(r, k) == v for k, v in example.items())]

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}#{self.id}({body})"


class Person(Model):
    name = Field(str, required=True)
    age = Field(int, default=0)
    email = Field(str)


class Employee(Person):
    salary = Field(float, default=0.0)
    team = Field(str, default="none")


Person(name="Ann", age="41", email="ann@x.org")
Person(name="Bo")
Employee(name="Cy", age=29, salary=5200, team="core")
Employee(name="Di", age=35.9, salary="6100.5", team="core")
print(len(Person), len(Employee), list(Employee._fields), Person.age)
for row in Person._rows + Employee._rows:
    print(row)
print(Employee.where(team="core", age=35), Person.where(age=0))
for bad in [dict(age=3), dict(name="E", age="old"), dict(name="F", height=2)]:
    try:
        Employee(**bad)
    except (ValueError, TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
e = Employee.where(name="Cy")[0]
e.salary += 300
e.team = None
print(e, vars(e).get("_f_salary"), sorted(k for k in vars(e)))
print(isinstance(Employee, ModelMeta), Employee.__mro__[1].__name__, len(Employee), Employee._next_id)
