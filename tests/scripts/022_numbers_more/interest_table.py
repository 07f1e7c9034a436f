# compound interest table: float accumulation vs Decimal, rounding to cents, formatted columns
from decimal import Decimal, ROUND_HALF_UP
principal, rate, years = 1000.0, 0.035, 5
balance = principal
dbal = Decimal("1000.00")
drate = Decimal("0.035")
print(f"{'year':>4} {'float':>12} {'decimal':>12} {'interest':>10}")
for year in range(1, years + 1):
    interest = balance * rate
    balance += interest
    dint = (dbal * drate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    dbal += dint
    print(f"{year:>4} {balance:>12.4f} {dbal:>12} {dint:>10}")
print(round(balance, 2), dbal, float(dbal) == round(balance, 2), Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2)
monthly = principal * (rate / 12) / (1 - (1 + rate / 12) ** -36)
print(f"monthly payment over 36 months: {monthly:,.2f}", f"{monthly * 36 - principal:.2f} total interest")
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(2.675, 2))
