# csv_report.py: the report over two files (regions, months, top products with Decimal money and shares).
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("csv_report.py")

write("q1.csv", """\
date,region,product,units,unit_price
2024-01-15,North,Widget,12,3.50
2024-01-16,South,Gadget,3,19.99
2024-01-20,North,"Gizmo, large",1,249.00
2024-01-31,East,Widget,7,3.45
2024-02-05,South,Gadget,2,19.99
2024-02-10,West,Sprocket,1000,0.07
2024-03-01,West,Sprocket,3,0.1
2024-03-17,East,Doohickey,40,12.25
2024-03-31,North,Widget,1,3.5
""")
write("q2.csv", """\
region,date,units,unit_price,product
South,2024-04-02,11,19.99,Gadget
North,2024-04-03,2,1234.56,Thingamajig
East,2024-06-30,3,0.335,Widget
East,2024-06-30,3,0.33,Widget
""")

run("q1.csv")
run("q1.csv", "q2.csv", "--top", "3")
run("q2.csv", "q1.csv", "--top", "100")
shutil.rmtree(WORK)
