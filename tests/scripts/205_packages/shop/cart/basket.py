from .. import CURRENCY
from ..prices import price_of as lookup
from . import rules


class Basket:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return f"{rules.discount(sum(lookup(i) for i in self.items))} {CURRENCY}"


def where():
    return __name__, __package__
