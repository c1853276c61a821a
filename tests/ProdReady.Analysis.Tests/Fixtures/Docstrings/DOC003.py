"""Args entries that name no parameter (docstrings on one line, so that markers can follow them)."""


def resize(image, width):
    """Scale an image.\n\nArgs:\n    image: The image.\n    size: The new width.\n"""  # error: size is not a parameter


def forward(**kwargs):
    """Forward.\n\nArgs:\n    timeout: Seconds to wait.\n"""  # ok: extra entries document kwargs keys


def star(*args):
    """Star.\n\nArgs:\n    *args: Values.\n"""  # ok


def keywords(a):
    """Keywords.\n\nArgs:\n    a: First.\n\nKeyword Args:\n    b: A key.\n"""  # ok: Keyword Args is not checked
