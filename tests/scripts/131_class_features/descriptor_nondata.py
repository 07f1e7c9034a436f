# non-data descriptor (only __get__) is shadowed by instance dict; lazy cached attribute
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Report:
    calls = 0
    def __init__(self, rows): self.rows = rows
    @cached
    def total(self):
        "sum of rows"
        Report.calls += 1
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, Report.calls)
print("total" in vars(r), Report.total.__doc__)
r.total = 100
print(r.total)
del r.total
print(r.total, Report.calls)
class Const:
    def __get__(self, obj, cls): return 42
class Holder:
    answer = Const()
h = Holder(); h.answer = 7
print(h.answer, Holder.answer)
