#!/usr/bin/env python
# comment
import os  # trailing

def f(  # after paren
    a,  # after a
    # own line in params
    b,
):  # after colon
    # before body
    x = [  # list
        1,  # one
        # inside
        2,
    ]  # end list
    return x  # return
    # after return at body indent
# dedented comment

        # over-indented comment
class C:  # class
    pass
    # trailing class comment

if a:  # if
    pass
# between
else:  # else
    pass

y = {  # dict
    'k': 1,  # entry
}
# final comment without newline