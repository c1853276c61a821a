import hashlib
import random
import string
import xml.etree.ElementTree as ET
from xml.dom import minidom


def parse(document):
    return ET.fromstring(document)  # error


def parse_file(path):
    return minidom.parse(path)  # error


def literal():
    return ET.fromstring("<root/>")  # ok


def digest(data):
    return hashlib.md5(data).hexdigest()  # error


def legacy(data):
    return hashlib.new("sha1", data)  # error


def checksum(data):
    return hashlib.md5(data, usedforsecurity=False).hexdigest()  # ok


def strong(data):
    return hashlib.sha256(data).hexdigest()  # ok


def reset_token():
    return "".join(random.choices(string.ascii_letters, k=32))  # error


def new_user():
    salt = random.getrandbits(64)  # error
    return salt


def shuffle_deck(deck):
    random.shuffle(deck)  # ok
    return random.choice(deck)  # ok
