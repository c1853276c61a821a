import tarfile
from tarfile import TarFile


def unpack(path, target):
    with tarfile.open(path) as archive:
        archive.extractall(target)  # error


def unpack_one(path, member):
    archive = tarfile.open(path)
    archive.extract(member)  # error


def inline(path):
    tarfile.open(path).extractall()  # error


def annotated(archive: TarFile):
    archive.extractall("out", filter="fully_trusted")  # error


def filtered(path, target):
    with tarfile.open(path) as archive:
        archive.extractall(target, filter="data")  # ok


def zip_files(archive, target):
    archive.extractall(target)  # ok
