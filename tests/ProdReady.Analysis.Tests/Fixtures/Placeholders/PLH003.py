"""Fixture for PLH003 placeholder-text."""


def parse(line):
    """Parse a line. Implement me."""  # error
    return line.split(",")


# your code here  # error
MESSAGE = "Lorem ipsum dolor sit amet"  # error
STATUS = "TBD"  # error
NOTE = f"value: {1} - not yet implemented"  # error
# Not yet implemented for Windows  # error
QUERY = "SELECT * FROM t WHERE id = ?"  # a placeholder for the id  # ok
HINT = "Please fill in the form"  # ok
TBDX = "tbd in lower case, and TBDs"  # ok
RAW = b"your code here"  # ok
