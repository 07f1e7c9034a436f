# an uncaught UnboundLocalError from reading a variable that is assigned later in the function
count = 10


def increment():
    count = count + 1
    return count


print("start")
increment()
