# Importing a package beside the script: __init__.py, submodules, relative imports, import forms and bindings.
import shop
import shop.cart.basket
from shop.cart import basket as b2
from shop.prices import PRICES
print(shop.CURRENCY, shop.price_of("pear"), PRICES["apple"], shop.prices.PRICES is PRICES)
print(shop.cart.basket.Basket().add("apple").add("pear").total(), b2 is shop.cart.basket, b2.where())
print(shop.__name__, shop.__package__, shop.cart.__package__, shop.__path__[0].endswith("shop"), type(shop).__name__)
import sys
print(sorted(name for name in sys.modules if name.startswith("shop")))
import importlib
print(importlib.import_module("shop.cart.rules").discount(100), importlib.import_module(".rules", "shop.cart").discount(50))
print(importlib.reload(shop.prices).PRICES == PRICES)
print(__import__("shop.cart", fromlist=["basket"]).basket.Basket, __import__("shop.cart").__name__)
for bad in ["import shop.missing", "from shop import nothing", "import shop.prices.deeper", "from . import x"]:
    try:
        exec(bad)
    except ImportError as e:
        print(type(e).__name__, e, e.name if isinstance(e, ModuleNotFoundError) else "")
