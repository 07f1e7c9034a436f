# except Exception does not catch BaseException subclasses like KeyboardInterrupt or SystemExit
def guarded(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"Exception handler: {type(e).__name__}"
    except BaseException as e:
        return f"BaseException handler: {type(e).__name__}"
for exc in (ValueError(), KeyboardInterrupt(), SystemExit(2), GeneratorExit(), ArithmeticError()):
    print(guarded(exc))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), IOError is OSError, EnvironmentError is OSError)
