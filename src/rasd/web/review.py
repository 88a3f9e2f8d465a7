"""Review actions on an event (accept, reject, edit a field, merge, split), for signed-in reviewers.

Each action is one ``Store.add_override`` row (who, why, what); the pages show it applied at
once (rasd.web.overrides) and ``rasd run`` applies it during fusion.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import UsageError
from ..store import OVERRIDE_ACTIONS
from .auth import require_reviewer
from .context import urlq, web
from .overrides import parse_edit
from .pages import render_event_page

router = APIRouter(include_in_schema=False)


@router.post("/events/{event_id}/review", response_model=None)
def review_event(request: Request, event_id: str, who: Annotated[str, Depends(require_reviewer)],
                 action: Annotated[str, Form()], csrf_token: Annotated[str, Form()] = "",
                 field: Annotated[str, Form()] = "", value: Annotated[str, Form()] = "",
                 why: Annotated[str, Form()] = "", mention_id: Annotated[str, Form()] = "",
                 target: Annotated[str, Form()] = "") -> Response | HTMLResponse:
    """Record one review action and go back to the event page."""
    ctx = web(request)
    ctx.check_csrf(request, csrf_token)
    error: str | None = None
    with ctx.store() as store:
        reviewed = {r.event.id: r for r in ctx.reviewed_events(store)}
        if event_id not in reviewed:
            raise HTTPException(404, f"no event {event_id!r}")
        event = reviewed[event_id].event
        why = why.strip()
        try:
            if action not in OVERRIDE_ACTIONS:
                raise UsageError(f"unknown action {action!r}; use one of {', '.join(OVERRIDE_ACTIONS)}")
            if action == "edit":
                store.add_override(action="edit", who=who, why=why, event_id=event_id, field=field,
                                   value=parse_edit(field, value))
            elif action == "merge":
                if target == event_id or target not in reviewed:
                    raise UsageError(f"merge: {target!r} is not another event")
                store.add_override(action="merge", who=who, why=why, event_id=event_id, value=target)
            elif action == "split":
                if mention_id not in event.mention_ids:
                    raise UsageError(f"split: {mention_id!r} is not a mention of this event")
                store.add_override(action="split", who=who, why=why, event_id=event_id, mention_id=mention_id)
            else:
                store.add_override(action=action, who=who, why=why, event_id=event_id)
        except UsageError as exc:
            error = str(exc)
    if error is not None:
        return render_event_page(request, event_id, error=error, status_code=400)
    return RedirectResponse(f"/events/{urlq(event_id)}#review", status_code=303)
