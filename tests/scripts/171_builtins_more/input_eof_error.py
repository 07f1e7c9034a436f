# reading a fixed number of input lines when stdin has fewer: EOFError escapes from input()
count = int(input())
values = []
for i in range(count):
    values.append(int(input(f"value {i + 1}? ")))
    print("got", values[-1])
print("sum", sum(values))
