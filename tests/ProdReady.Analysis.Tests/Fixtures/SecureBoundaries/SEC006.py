import ssl
import requests
import httpx
from ssl import CERT_NONE


def fetch(url):
    return requests.get(url, verify=False, timeout=10)  # error


def client():
    return httpx.Client(verify=False)  # error


def session_fetch(url):
    session = requests.Session()
    session.verify = False  # error
    return session.get(url, timeout=5)


def context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # error
    ctx.verify_mode = CERT_NONE  # error
    return ctx


def unverified():
    return ssl._create_unverified_context()  # error


def is_off(ctx):
    return ctx.verify_mode == ssl.CERT_NONE  # ok


def verified(url):
    return requests.get(url, verify="/etc/ssl/ca.pem", timeout=10)  # ok


def other(thing):
    return thing.call(verify=False)  # ok
