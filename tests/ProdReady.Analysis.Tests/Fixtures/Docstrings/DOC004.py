"""Args in another order than the signature."""


def clamp(value, low, high):
    """Limit a value.\n\nArgs:\n    low: The lower bound.\n    value: The value.\n    high: The upper bound.\n"""  # error


def ordered(value, low, high):
    """Limit a value.\n\nArgs:\n    value: The value.\n    low: The lower bound.\n    high: The upper bound.\n"""  # ok
