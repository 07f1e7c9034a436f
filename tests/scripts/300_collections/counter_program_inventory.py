# realistic program: inventory tracking with Counter (restock, orders that may fail, shortages, reports)
from collections import Counter, namedtuple

Order = namedtuple("Order", "id items")
stock = Counter(apple=10, pear=4, plum=0, fig=2)
orders = [Order(1, Counter(apple=3, pear=1)), Order(2, Counter(pear=5)), Order(3, Counter(fig=2, plum=1)),
          Order(4, Counter(apple=7))]
shipped, rejected = [], []
for order in orders:
    shortage = order.items - stock
    if shortage:
        rejected.append((order.id, dict(shortage)))
        continue
    stock -= order.items
    shipped.append(order.id)
print("shipped", shipped)
print("rejected", rejected)
print("stock", stock, "total", stock.total())
restock = Counter(pear=10, plum=3)
stock.update(restock)
print("after restock", sorted(stock.items()))
demand = sum((o.items for o in orders), Counter())
print("demand", demand.most_common())
print("can fulfil all now:", not (demand - stock), "missing:", dict(demand - stock))
print("zero lines before cleanup", sorted(k for k, v in stock.items() if v == 0))
stock = +stock
print("cleaned", sorted(stock))
