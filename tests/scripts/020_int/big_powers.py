# Integer results beyond 64 bits: powers, products, negation, and mixing with small ints.
print(2 ** 100)
print(2 ** 63, 2 ** 64, -(2 ** 63) - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(3 ** 80)
print(10 ** 30 // 7, 10 ** 30 % 7)
big = 123456789012345678901234567890
print(big * big)
print(big - big, big // big, big == 123456789012345678901234567890)
print(-big // 1000, -big % 1000)
print((2 ** 100) // (2 ** 98), 2 ** 100 > 2 ** 99, 2 ** 64 - 2 ** 64)
