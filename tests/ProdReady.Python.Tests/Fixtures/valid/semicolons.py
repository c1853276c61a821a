a = 1; b = 2;
if x: pass; pass
import os; import sys
for i in x: a; b; c
