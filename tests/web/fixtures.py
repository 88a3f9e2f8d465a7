"""A small database for the web tests: the factories' two events plus a hostile article and a reprisal."""

from __future__ import annotations

from datetime import date

from rasd.records import Claim, Event, Evidence
from rasd.store import Store
from rasd.web.accounts import add_user
from rasd.web.db import ensure_web_tables, web_connection
from tests import factories as f

REVIEWER, PASSWORD = "alice", "correct horse battery"
HOSTILE_TITLE = '<script>alert("title")</script><b>عاجل</b>'
HOSTILE_TEXT = ('قصفت القوات الامريكيه مواقع الميليشيات في الميادين. '
                '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> '
                'وقال المرصد إن 4 عناصر قتلوا.')
URL_DOC = "https://example.org/news/1?id=2#top"
EVIDENCE = "قصفت القوات الامريكيه مواقع الميليشيات في الميادين."


def reprisal_event() -> Event:
    """A US strike at al-Mayadin answering evt-1, reported by the hostile article."""
    start = HOSTILE_TEXT.index("4 عناصر")
    return f.event(
        "evt-3", event_date=date(2022, 8, 25), sub_event_type="Air/drone strike",
        actor1=f.actor("US"), actor2=f.actor("IRAN_ALIGNED", name_en="<i>militias</i>"),
        location=f.location("mayadin"), weapons=("aircraft",), fatalities=4, injured=None,
        claims=(Claim(field="fatalities", value=4, source="SOHR", text="4 عناصر قتلوا",
                      start=start, end=start + len("4 عناصر قتلوا"), doc_id="doc-evil"),),
        sources=("SOHR",), mention_ids=("doc-evil#0",), documents=("doc-evil", URL_DOC),
        evidence=(Evidence(doc_id="doc-evil", start=0, end=len(EVIDENCE), text=EVIDENCE),),
        retaliation_for=("evt-1",), notes='US jets struck militia sites. <script>alert("notes")</script>')


def build_store(path: str) -> Store:
    """The test database: 4 articles (one hostile, one with a URL id), 5 mentions, 3 events, 1 reviewer."""
    store = Store.open(path, now=f.fixed_clock)
    run = store.start_run(command="test", ruleset="rasd_rules.v1", lexicon_versions={"actors": "1"})
    store.save_article(f.article("doc-1"), [
        f.mention("doc-1#0"),
        f.mention("doc-1#1", location=None, sub_event_type="Air/drone strike", actor1=f.actor("US"),
                  actor2=f.actor("IRAN_ALIGNED"), claims=(), injured=None, sources=(), weapons=()),
    ], run_id=run)
    store.save_article(f.article("doc-2", text="نص آخر عن حقل العمر", outlet="Syria TV", path=None,
                                 url="https://example.org/2"),
                       [f.mention("doc-2#0", doc_id="doc-2", location=f.location("omar"), fatalities=3,
                                  sources=("SOHR", "Reuters"))], run_id=run)
    evil_mention = f.mention("doc-evil#0", doc_id="doc-evil", actor1=f.actor("US"),
                             actor2=f.actor("IRAN_ALIGNED"), location=f.location("mayadin"),
                             sub_event_type="Air/drone strike", fatalities=4, injured=None, claims=(),
                             evidence=(Evidence(doc_id="doc-evil", start=0, end=len(EVIDENCE),
                                                text=EVIDENCE),), sources=("SOHR",))
    store.save_article(f.article("doc-evil", text=HOSTILE_TEXT, title=HOSTILE_TITLE, outlet="<b>Outlet</b>"),
                       [evil_mention], run_id=run)
    store.save_article(f.article(URL_DOC, text="خبر من موقع", path=None, url=URL_DOC), [], run_id=run)
    store.replace_events([
        f.event("evt-1", mention_ids=("doc-1#0",)),
        f.event("evt-2", location=f.location("omar"), fatalities=3, fatalities_min=3, fatalities_max=5,
                disputed=True, mention_ids=("doc-2#0",), documents=("doc-2",), sources=("SOHR", "Reuters")),
        reprisal_event(),
    ], {"doc-1#0": "evt-1", "doc-2#0": "evt-2", "doc-evil#0": "evt-3"}, run_id=run)
    store.finish_run(run, n_articles=4, n_failed=0, n_mentions=4, n_events=3)
    with web_connection(path) as conn:
        ensure_web_tables(conn)
        add_user(conn, REVIEWER, PASSWORD)
    return store
