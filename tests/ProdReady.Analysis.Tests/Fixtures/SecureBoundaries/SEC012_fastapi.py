from enum import Enum
from pathlib import Path
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, Query, Request, UploadFile
from fastapi.responses import FileResponse, RedirectResponse
from pydantic import BaseModel
from sqlalchemy import text

app = FastAPI()
router = APIRouter(prefix="/v1")
MEDIA = Path("/srv/media")


class Colour(str, Enum):
    red = "red"
    blue = "blue"


class Item(BaseModel):
    name: str


def current_user():
    return "user"


@app.get("/media/{name}")
async def media(name: str):
    return FileResponse(MEDIA / name)  # error


@app.get("/media/by-id/{media_id}")
async def media_by_id(media_id: int):
    return FileResponse(MEDIA / f"{media_id}.png")  # ok


@app.get("/colour/{colour}")
async def colour(colour: Colour):
    return FileResponse(MEDIA / f"{colour.value}.css")  # ok


@app.get("/slug")
async def slug(value: Annotated[str, Query(pattern=r"^[a-z]+$")]):
    return FileResponse(MEDIA / value)  # ok


@router.post("/upload")
async def upload(file: UploadFile):
    destination = MEDIA / file.filename
    destination.write_bytes(await file.read())  # error
    return {"stored": str(destination)}


@router.get("/proxy")
async def proxy(url: str):
    async with httpx.AsyncClient() as client:
        response = await client.get(url)  # error
    return response.text


@router.get("/next")
async def follow(request: Request):
    target = request.query_params.get("next", "/")
    return RedirectResponse(target)  # error


@router.get("/report")
async def report(session=Depends(current_user), order: str = "name"):
    return session.execute(text(f"SELECT * FROM items ORDER BY {order}"))  # error


@router.post("/items")
async def create(item: Item, user: str = Depends(current_user)):
    return FileResponse(MEDIA / item.name)  # ok
