import requests

DATABASE_PASSWORD = "hunter2"  # error
API_KEY = "sk-live-0a1b2c3d"  # error
SECRET_KEY: str = "django-insecure-abcdef"  # error
PASSWORD_PROMPT = "Enter your password: "  # ok
TOKEN_TYPE = "bearer"  # ok
PASSWORD_VARIABLE = "DB_PASSWORD"  # ok
key = "name"  # ok
password = ""  # ok
AWS_ID = "AKIAIOSFODNN7EXAMPLE"  # error


class Settings:
    def __init__(self):
        self.client_secret = "s3cr3t-value"  # error
        self.token = None  # ok


def connect(user, password="admin123"):  # error
    return requests.post("https://example.invalid", auth=(user, password), timeout=5)


def login(session):
    return session.login(username="root", password="toor")  # error


def check(password):
    return password == "letmein"  # error


CONFIG = {"db_password": "pw1234", "host": "localhost"}  # error
TEMPLATE = "{password}"  # ok
