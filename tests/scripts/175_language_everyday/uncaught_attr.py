# uncaught AttributeError / NameError suggestions ("Did you mean") printed by the traceback
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
c = Config()
try:
    c.timeot
except AttributeError as e:
    print(type(e).__name__ + ":", e)
values = [1, 2]
print(c.timeout + c.retries)
print(c.retris)
