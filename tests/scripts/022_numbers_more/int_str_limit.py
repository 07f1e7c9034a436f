# converting a huge int to str hits the 4300-digit limit in 3.11: ValueError escapes (hex still works)
n = 7 ** 5000
print(n.bit_length(), len(hex(n)), n % 1000)
print(len(str(2 ** 20000)))
