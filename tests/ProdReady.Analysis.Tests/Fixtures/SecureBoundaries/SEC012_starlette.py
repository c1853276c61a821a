import os

from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse
from starlette.routing import Route

STATIC = "/srv/static"
ALLOWED_HOSTS = ("example.com", "www.example.com")


async def static_file(request):
    name = request.path_params["name"]
    return FileResponse(os.path.join(STATIC, name))  # error


async def static_basename(request):
    name = os.path.basename(request.path_params["name"])
    return FileResponse(os.path.join(STATIC, name))  # ok


async def shell(request: Request):
    form = await request.form()
    os.system("convert " + form["image"])  # error
    return PlainTextResponse("done")


class Redirector(HTTPEndpoint):
    async def get(self, request):
        host = request.query_params.get("host", "")
        if host in ALLOWED_HOSTS:
            return RedirectResponse(f"https://{host}/")  # ok
        return RedirectResponse(request.query_params["fallback"])  # error


def helper(name):
    return open(name).read()  # ok


app = Starlette(routes=[
    Route("/static/{name}", static_file),
    Route("/static2/{name}", static_basename),
    Route("/shell", shell, methods=["POST"]),
    Route("/go", Redirector),
])
