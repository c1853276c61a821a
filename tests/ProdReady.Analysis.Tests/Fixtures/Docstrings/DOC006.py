"""Returns present when nothing is returned."""


def log_event(event):
    """Log.\n\nReturns:\n    The entry.\n"""  # error: nothing is returned
    print(event)


def stub(event):
    """Log.\n\nReturns:\n    The entry.\n"""  # ok: a stub body documents a contract
    raise NotImplementedError


def real(event):
    """Log.\n\nReturns:\n    The entry.\n"""  # ok
    return event


def annotated(event) -> int:
    """Log.\n\nReturns:\n    The entry.\n"""  # ok: annotated
    print(event)


def generator(event):
    """Log.\n\nReturns:\n    The entries.\n"""  # ok: a generator is DOC007's concern
    yield event
