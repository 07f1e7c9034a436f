# an exception escaping __init__ during object creation shows both the call site and the __init__ frame
class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius


t = Temperature(20)
print(t.celsius)
bad = Temperature(-300)
