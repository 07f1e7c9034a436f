# realistic program: invoice with per-line tax rounded to cents using ROUND_HALF_UP
from decimal import Decimal, ROUND_HALF_UP, getcontext

CENT = Decimal('0.01')
items = [("Widget", "3", "19.99", "0.08"), ("Gadget", "1", "249.50", "0.08"),
         ("Manual", "2", "12.45", "0.00"), ("Cable", "7", "3.333", "0.19"),
         ("Service hour", "2.5", "80.00", "0.19")]

def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)

subtotal = tax_total = Decimal(0)
print(f"{'Item':<14}{'Qty':>5}{'Price':>10}{'Net':>10}{'Tax':>8}")
for name, qty, price, rate in items:
    net = money(Decimal(qty) * Decimal(price))
    tax = money(net * Decimal(rate))
    subtotal += net
    tax_total += tax
    print(f"{name:<14}{qty:>5}{Decimal(price):>10.2f}{net:>10}{tax:>8}")
total = subtotal + tax_total
print(f"{'Subtotal':<29}{subtotal:>10,}")
print(f"{'Tax':<29}{tax_total:>10,}")
print(f"{'Total':<29}{total:>10,}")
discount = money(total * Decimal('0.075'))
print("discount 7.5%:", discount, "due:", total - discount)
shares = [money((total - discount) / 3)] * 2
shares.append(total - discount - sum(shares))
print("split in 3:", shares, sum(shares) == total - discount)
print(repr(total), total.as_tuple(), getcontext().prec)
