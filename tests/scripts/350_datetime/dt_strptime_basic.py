# datetime.strptime with numeric and named fields, 12-hour clocks, two-digit years and whitespace
from datetime import datetime
for s, fmt in [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), ("5/3/24", "%d/%m/%y"), ("05/03/69", "%d/%m/%y"),
               ("Tue Mar  5 14:07:09 2024", "%c"), ("03/05/24", "%x"), ("14:07:09", "%X"), ("March 5, 2024", "%B %d, %Y"),
               ("mar 5 2024", "%b %d %Y"), ("TUESDAY", "%A"), ("12:30 AM", "%I:%M %p"), ("12:30 pm", "%I:%M %p"),
               ("7pm", "%I%p"), ("7", "%I"), ("2024-03-05T14:07:09.5", "%Y-%m-%dT%H:%M:%S.%f"), ("2024   3", "%Y %m"),
               ("2024\t\n03", "%Y %m"), ("20240305", "%Y%m%d"), ("1403", "%H%M"), ("10%", "%d%%"),
               ("(2024) [3] {5}", "(%Y) [%m] {%d}"), ("2024.03.05", "%Y.%m.%d"), ("", "")]:
    print(repr(s), repr(fmt), "->", repr(datetime.strptime(s, fmt)))
