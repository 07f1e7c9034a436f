# realistic program: compound-interest table with monthly compounding and a loan payment
from decimal import Decimal, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP

principal = Decimal('10000.00')
rate = Decimal('0.0525')
CENT = Decimal('0.01')
print("Year      Balance     Interest")
balance = principal
for year in range(1, 11):
    start = balance
    for _ in range(12):
        balance += (balance * rate / 12).quantize(CENT, ROUND_HALF_EVEN)
    print(f"{year:>4} {balance:>12,.2f} {balance - start:>12,.2f}")
closed = principal * (1 + rate / 12) ** 120
print("closed form:", closed.quantize(CENT), closed)
with localcontext(prec=50):
    print("prec 50:", principal * (1 + rate / 12) ** 120)
    print("continuous:", (principal * (rate * 10).exp()).quantize(CENT))
r = rate / 12
n = 360
loan = Decimal('250000')
payment = (loan * r / (1 - (1 + r) ** -n)).quantize(CENT, ROUND_HALF_UP)
print("monthly payment:", payment)
bal = loan
for month in range(1, 4):
    interest = (bal * r).quantize(CENT, ROUND_HALF_UP)
    bal -= payment - interest
    print(month, interest, payment - interest, bal)
years = (Decimal(2).ln() / (1 + rate).ln())
print("doubling time:", years.quantize(Decimal('0.001')), (Decimal(72) / (rate * 100)).quantize(Decimal('0.1')))
