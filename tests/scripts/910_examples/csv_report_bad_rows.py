# csv_report.py: invalid rows are reported on stderr with file:line (multi-line quoted fields too) and left out; --strict; no valid rows.
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("csv_report.py")

write("sales.csv", """\
date,region,product,units,unit_price
2024-01-15,North,Widget,12,3.50
2024-02-30,East,Widget,1,3.50
2024-02-01,West,Sprocket,0,1.00
2024-02-02,West,Sprocket,5,1.005
2024-02-03,West,Sprocket,five,1.00
2024-02-04,West
2024-02-05,South,Gadget,2,19.99,extra
2024-02-06,South,"Gadget
 deluxe",2,29.99
2024-02-07,,Gadget,1,19.99
2024-02-08,South,Gadget,1,-2
2024-02-09,South,Gadget,1,NaN
2024/02/10,South,Gadget,1,9.99
2024-02-11,South,Gadget,-3,9.99

2024-02-12,  North ,  Widget  , 4 ,3.50
""")
write("headers.csv", "date,region,units\n2024-01-01,North,1\n")
write("only_bad.csv", "date,region,product,units,unit_price\nyesterday,North,Widget,1,1.00\n")
write("empty.csv", "")

run("sales.csv")
run("sales.csv", "--strict")
run("headers.csv", "sales.csv")
run("only_bad.csv")
run("empty.csv", "headers.csv")
shutil.rmtree(WORK)
