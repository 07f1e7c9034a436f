# A package: its __init__ runs first, with relative imports of its own modules.
print("shop init:", __name__, __package__)
from .prices import price_of
CURRENCY = "EUR"
