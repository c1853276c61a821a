import requests
import httpx
from urllib.request import urlopen


def rates(url):
    return requests.get(url).json()  # error


def upload(url, data):
    return requests.post(url, data=data, timeout=None)  # error


def page(url):
    with urlopen(url) as response:  # error
        return response.read()


def session_call(url):
    session = requests.Session()
    return session.get(url)  # error


def with_timeout(url):
    return requests.get(url, timeout=10)  # ok


def httpx_default(url):
    return httpx.get(url)  # ok


def httpx_disabled(url):
    return httpx.get(url, timeout=None)  # error


def httpx_client():
    return httpx.Client(timeout=None)  # error


def forwarded(url, **kwargs):
    return requests.get(url, **kwargs)  # ok


def urlopen_timeout(url):
    return urlopen(url, timeout=3)  # ok
