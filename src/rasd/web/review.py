"""Review actions on an event (accept, reject, edit a field, merge, split), for signed-in reviewers.

Each action is one ``Store.add_override`` row (who, when, why, what), followed by a rebuild of the
events as `rasd review` does (rasd.web.overrides.record), so the change shows everywhere at once.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import UsageError
from ..store import OVERRIDE_ACTIONS
from .auth import require_reviewer
from .context import urlq, web
from .overrides import parse_edit, record
from .pages import render_event_page

router = APIRouter(include_in_schema=False)


@router.post("/events/{event_id}/review", response_model=None)
def review_event(request: Request, event_id: str, who: Annotated[str, Depends(require_reviewer)],
                 action: Annotated[str, Form()], csrf_token: Annotated[str, Form()] = "",
                 field: Annotated[str, Form()] = "", value: Annotated[str, Form()] = "",
                 why: Annotated[str, Form()] = "", mention_id: Annotated[str, Form()] = "",
                 target: Annotated[str, Form()] = "") -> Response:
    """Record one review action, rebuild the events, and go back to the event page."""
    ctx = web(request)
    ctx.check_csrf(request, csrf_token)
    error: str | None = None
    go_to = event_id
    with ctx.store() as store:
        shown = ctx.reviewed(store)
        r = shown.find(event_id)
        if r is None:
            raise HTTPException(404, f"no event {event_id!r}")
        why = why.strip()
        try:
            if action not in OVERRIDE_ACTIONS:
                raise UsageError(f"unknown action {action!r}; use one of {', '.join(OVERRIDE_ACTIONS)}")
            if action == "edit":
                record(store, action="edit", who=who, why=why, event_id=event_id, field=field,
                       value=parse_edit(field, value))
            elif action == "merge":
                if target == event_id or shown.find(target) is None:
                    raise UsageError(f"merge: {target!r} is not another event")
                record(store, action="merge", who=who, why=why, event_id=event_id, value=target)
                go_to = target
            elif action == "split":
                if mention_id not in r.event.mention_ids:
                    raise UsageError(f"split: {mention_id!r} is not a mention of this event")
                if len(r.event.mention_ids) < 2:
                    raise UsageError("split: this is the event's only mention")
                record(store, action="split", who=who, why=why, event_id=event_id, mention_id=mention_id)
            else:
                record(store, action=action, who=who, why=why, event_id=event_id)
        except UsageError as exc:
            error = str(exc)
    if error is not None:
        return render_event_page(request, event_id, error=error, status_code=400)
    return RedirectResponse(f"/events/{urlq(go_to)}#review", status_code=303)
