# -*- coding: latin-1 -*-
GREETING = "café"
