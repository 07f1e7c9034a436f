# A module found through WEFTPATH (PYTHONPATH for CPython).
VALUE = 42
