import os

def f():
    x = 1
    
    return x

# comment after form feed
class C:
    
    y = 2
    # comment
