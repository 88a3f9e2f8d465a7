"""Sign-in and sign-out pages for reviewers (read-only visitors need neither)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .accounts import SESSION_COOKIE, check_password, safe_next
from .context import web

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    """The sign-in form."""
    return web(request).render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login", response_model=None)
def login(request: Request, name: Annotated[str, Form()], password: Annotated[str, Form()],
          csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    """Check the password and set the signed session cookie."""
    ctx = web(request)
    ctx.check_csrf(request, csrf_token)
    with ctx.conn() as conn:
        ok = check_password(conn, name, password)
    if not ok:
        return ctx.render(request, "login.html", {"next": safe_next(next),
                                                  "error": "Wrong name or password."}, status_code=401)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, ctx.sessions.issue(name), max_age=ctx.settings.session_max_age,
                        httponly=True, samesite="lax", secure=ctx.settings.secure_cookies)
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> RedirectResponse:
    """Forget the session cookie."""
    web(request).check_csrf(request, csrf_token)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def require_reviewer(request: Request) -> str:
    """The signed-in reviewer, or a 401 telling the visitor to sign in."""
    user = web(request).user(request)
    if user is None:
        raise HTTPException(401, "sign in as a reviewer to change events")
    return user
