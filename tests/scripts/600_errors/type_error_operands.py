# An uncaught TypeError from mixing int and str, with the 3.11 carets under the failing expression.
count = 3
label = "items: "
message = label + str(count)
print(message)
total = count + label
