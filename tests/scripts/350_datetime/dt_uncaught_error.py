# an error raised inside datetime reaches the top level with only the program's own frames in the traceback
from datetime import date, timedelta
def parse(text):
    year, month, day = map(int, text.split("-"))
    return date(year, month, day)
print(parse("2024-02-29") + timedelta(days=1))
print(parse("2023-02-29"))
