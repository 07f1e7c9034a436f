def discount(amount):
    return amount - amount // 10
