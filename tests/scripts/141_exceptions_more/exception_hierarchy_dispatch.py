# custom exception hierarchy: handler order matters, tuple catches, base class catches subclasses
class StoreError(Exception): pass
class OutOfStock(StoreError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item
class PaymentError(StoreError): pass
class CardDeclined(PaymentError): pass
def order(item, qty, card_ok=True):
    stock = {"pen": 5, "ink": 0}
    if stock.get(item, 0) < qty:
        raise OutOfStock(item, qty, stock.get(item, 0))
    if not card_ok:
        raise CardDeclined("card declined")
    return f"ordered {qty} {item}"
for args in [("pen", 2), ("ink", 1), ("pen", 1, False), ("pen", -1)]:
    try:
        print(order(*args))
    except OutOfStock as e:
        print("stock:", e, e.item)
    except (PaymentError, KeyError) as e:
        print("payment:", type(e).__name__, e)
    except StoreError:
        print("generic")
print([c.__name__ for c in CardDeclined.__mro__])
