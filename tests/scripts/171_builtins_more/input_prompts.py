# input() reading stdin lines with prompts, converting numbers, and handling EOF at the end
name = input("Name: ")
age = int(input("Age: "))
print(f"Hello {name.strip()}, next year you will be {age + 1}.")
total = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if not line.strip():
        continue
    total += sum(map(float, line.split()))
print("sum of remaining numbers:", total)
