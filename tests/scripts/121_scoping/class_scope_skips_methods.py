# class-level names are not visible inside methods or nested functions; reach them via self or the class
class Settings:
    limit = 5
    doubled = limit * 2
    def check(self, n):
        try:
            return n < limit
        except NameError as e:
            return f"NameError: {e}"
    def check_ok(self, n):
        return n < self.limit and n < Settings.doubled
    helper = staticmethod(lambda: "static lambda")
print(Settings().check(3))
print(Settings().check_ok(3), Settings.helper())
limit = 100
print(Settings().check(50))
def factory():
    tag = "from function"
    class Inner:
        tag = "from class"
        def get(self):
            return tag
        @classmethod
        def get_cls(cls):
            return cls.tag
    return Inner().get(), Inner.get_cls()
print(factory())
