# reprs of builtin methods: unbound methods and slot wrappers of builtin types, bound methods, builtin functions
print(str.upper, list.append, int.__add__, object.__init__, list.__len__)
print(len, print, str.upper.__name__, str.upper.__qualname__)
print(type("a".upper).__name__, "a".upper.__name__, "a".upper.__self__)
