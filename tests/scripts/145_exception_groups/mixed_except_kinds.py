# except and except* may not be mixed on one try.
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
