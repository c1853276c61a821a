import pickle
import marshal
import shelve
import yaml
import torch
from yaml import load, SafeLoader


def from_cache(blob):
    return pickle.loads(blob)  # error


def code(blob):
    return marshal.loads(blob)  # error


def store(path):
    return shelve.open(path)  # error


def config(stream):
    return yaml.load(stream, Loader=yaml.Loader)  # error


def config_default(stream):
    return load(stream)  # error


def config_safe(stream):
    return yaml.load(stream, Loader=SafeLoader)  # ok


def config_safe_load(stream):
    return yaml.safe_load(stream)  # ok


def model(path):
    return torch.load(path)  # error


def weights(path):
    return torch.load(path, weights_only=True)  # ok


def serialise(value):
    return pickle.dumps(value)  # ok
