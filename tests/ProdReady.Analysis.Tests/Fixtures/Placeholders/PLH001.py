"""Fixture for PLH001 todo-comment: tags in comments, as whole upper-case words."""

# TODO: handle discounts  # error
# FIXME(alice): wrong for negative totals  # error
x = 1  # XXX this is wrong  # error
# HACK  # error
#TODO without a space  # error
y = 2  # a todo_list and a Todo item  # ok
# TODOS are not tags, nor XXXL or HACKER  # ok
z = "TODO inside a string is PLH003's business"  # ok


def total(prices):
    # we hack around nothing here  # ok
    return sum(prices)  # FIXME  # error
