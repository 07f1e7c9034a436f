# from x import * works on any object in sys.modules: its __all__, or its __dict__ without _private names
import sys
class Config:
    debug = True
    level = 3
    _secret = "hidden"
sys.modules["config_like"] = Config
from config_like import *
print(debug, level, "_secret" in dir())
class WithAll:
    __all__ = ["alpha"]
    alpha = 1
    beta = 2
sys.modules["with_all"] = WithAll()
from with_all import *
print(alpha, "beta" in dir())
sys.modules["bad_all"] = type("B", (), {"__all__": [1]})
from bad_all import *
