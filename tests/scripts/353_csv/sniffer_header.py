# csv.Sniffer.has_header: numeric columns, fixed-length columns and ambiguous samples
import csv

samples = [
    "name,age,score\nAnn,30,88.5\nBob,25,92\nCy,41,70\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "code,label\nAB1,first\nCD2,second\nEF3,third\n",
    "AB1,first\nCD2,second\nEF3,third\n",
    "x;y\n1;2\n3;4\n",
    '"id","amount"\n"1","10.50"\n"2","3.25"\n',
    "a,b\n1,2\nthree,four,five\n6,7\n",
    "date,value\n2024-01-01,5\n2024-01-02,6\n",
    "h\n1\n2\n",
]
sniffer = csv.Sniffer()
for s in samples:
    try:
        print(sniffer.has_header(s), repr(s.splitlines()[0]))
    except csv.Error as e:
        print(type(e).__name__, e, repr(s.splitlines()[0]))
