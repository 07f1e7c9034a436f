# beginner syntax error: Python 2 style print statement without parentheses in a small greeting script
def make_greeting(name, excited=False):
    greeting = "Hello, " + name
    if excited:
        greeting += "!"
    return greeting

guests = ["Ann", "Bob", "Cid"]
for guest in guests:
    message = make_greeting(guest, excited=guest.startswith("A"))
    print(message)

name = "world"
greeting = make_greeting(name)
print greeting
print("done")
