class http_client:  # error
    pass


class _private_helper:  # error
    pass


class HttpClient:  # ok
    pass


class _Private:  # ok
    pass


class HTTPServer:  # ok
    pass
