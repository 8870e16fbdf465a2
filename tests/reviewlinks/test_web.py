"""The review form served for real (waitress on a free port) and used over HTTP like a phone:
the happy path, refused answers, spent/expired/forged links, CSRF, size and rate limits, and
fuzzed form fields -- never a 500 with a traceback, always a page in the phone's language."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from lendingdesk.domain.reviews import load_instrument
from lendingdesk.services.review_links import DEFAULT_VALID_DAYS, ReviewLinkService
from lendingdesk.store.models import Review
from lendingdesk.web.guard import Limits
from lendingdesk.web.server import ReviewWebServer, ServerOptions
from tests.reviewlinks.web_client import Phone, form_fields
from tests.reviews.factories import SUS_EXAMPLE, care_answers

GENEROUS = Limits(per_address=100_000, per_address_unknown=100_000, per_token=100_000,
                  per_token_posts=100_000)  # fmt: skip


def serve(desk, limits: Limits = GENEROUS) -> tuple[ReviewWebServer, ReviewLinkService]:
    links = ReviewLinkService(desk.db, lambda: desk.ctx, base_url="http://phone.test")
    server = ReviewWebServer(links, ServerOptions(host="127.0.0.1", port=0, limits=limits))
    return server.start(), links


@pytest.fixture
def site(desk) -> Iterator[tuple[ReviewWebServer, ReviewLinkService]]:
    server, links = serve(desk)
    yield server, links
    server.stop()


def path_of(link) -> str:
    return f"/r/{link.token}"


def reviews(desk) -> list[Review]:
    with desk.db.session() as session:
        return list(session.scalars(select(Review)))


def assert_safe(reply, lang: str = "nl", *, failure: bool = False) -> None:
    """What every page must be: no traceback, secure headers, the phone's language."""
    assert (reply.status >= 500) == failure, reply.body[:300]
    assert "Traceback" not in reply.body and 'File "' not in reply.body
    headers = reply.headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]  # default-src 'none'
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    if reply.headers.get("content-type", "").startswith("text/html"):
        assert headers["cache-control"] == "no-store"
        assert f'<html lang="{lang}">' in reply.body


def test_a_phone_fills_in_the_review_and_it_waits_for_moderation(desk, site):
    server, links = site
    link = links.issue_link(desk.loan())
    phone = Phone(server.url)
    page = phone.get(path_of(link))
    assert page.status == 200
    assert_safe(page)
    assert "Tovertafel Original" in page.body and "Uw review" in page.body
    # Only the product and the loan period: nobody's name, card, address or phone number.
    for private in ("Sanne", "de Vries", "LP", "example.org", "06 12345678", "LD"):
        assert private not in page.body
    assert "2 maart 2026 tot 12 maart 2026" in page.body
    assert "ld_csrf" in phone.cookies and "SameSite=Strict" in page.headers["set-cookie"]
    answers = care_answers(sus=SUS_EXAMPLE, pros="Rust aan tafel.", used_by=["zorgmedewerker"])
    sent = phone.post(
        path_of(link),
        {**form_fields(answers), "_csrf": page.csrf, "_lang": "nl",
         "_name": "Sanne de Vries", "_discipline": "Verzorgende IG", "_consent": "yes"},
    )  # fmt: skip
    assert sent.status == 303 and sent.headers["location"].endswith("/done?lang=nl")
    thanks = phone.get("/done?lang=nl")
    assert thanks.status == 200 and "Dank u wel" in thanks.body
    (review,) = reviews(desk)
    assert review.moderation == "pending" and review.scores["sus"] == 85.0
    assert review.reviewer_name == "Sanne de Vries" and review.publish_name
    assert review.answers["pros"] == "Rust aan tafel." and review.answers["recommend"] == 8
    again = phone.get(path_of(link))
    assert again.status == 410 and "al gegeven" in again.body
    assert_safe(again)


def test_english_from_the_phone_and_the_switch(desk, site):
    server, links = site
    link = links.issue_link(desk.loan())
    phone = Phone(server.url, accept_language="en-GB,en;q=0.9,nl;q=0.5")
    page = phone.get(path_of(link))
    assert_safe(page, "en")
    assert "Your review" in page.body and "How likely are you to recommend" in page.body
    assert f'href="/r/{link.token}?lang=nl"' in page.body
    dutch = phone.get(path_of(link) + "?lang=nl")
    assert_safe(dutch, "nl")
    assert phone.cookies["ld_lang"] == "nl"
    assert_safe(phone.get(path_of(link)), "nl")  # the choice is remembered


def test_refused_answers_keep_everything_and_name_each_problem(desk, site):
    server, links = site
    link = links.issue_link(desk.loan())
    phone = Phone(server.url)
    page = phone.get(path_of(link))
    answers = care_answers(pros="Bewaar mij", sus_1=4, sus_2=2)  # a partly filled SUS block
    del answers["overall"]
    reply = phone.post(
        path_of(link),
        {**form_fields(answers), "_csrf": page.csrf, "_lang": "nl", "_consent": "yes"},
    )
    assert reply.status == 422
    assert_safe(reply)
    assert "De review is nog niet verstuurd" in reply.body
    assert 'href="#q-overall"' in reply.body and "Dit antwoord ontbreekt nog." in reply.body
    assert "deels ingevuld" in reply.body  # the SUS rule of the domain
    assert "vulde geen naam in" in reply.body  # consent without a name
    assert ">Bewaar mij</textarea>" in reply.body
    assert 'value="4" checked' in reply.body  # a radio kept
    assert '<details class="block optional" open>' in reply.body
    assert reviews(desk) == []
    fixed = phone.post(
        path_of(link), {**form_fields(care_answers()), "_csrf": reply.csrf, "_lang": "nl"}
    )
    assert fixed.status == 303 and len(reviews(desk)) == 1


def test_expired_used_and_forged_links(desk, site):
    server, links = site
    phone = Phone(server.url)
    forged = phone.get("/r/AAAAAAAAAAAAAAAAAAAAAA")
    assert forged.status == 404 and "bestaat niet" in forged.body
    assert_safe(forged)
    link = links.issue_link(desk.loan())
    page = phone.get(path_of(link))
    desk.clock.advance(days=DEFAULT_VALID_DAYS, hours=1)
    expired = phone.get(path_of(link))
    assert expired.status == 410 and "verlopen" in expired.body
    late = phone.post(path_of(link), {**form_fields(care_answers()), "_csrf": page.csrf})
    assert late.status == 410 and reviews(desk) == []
    fresh = links.issue_link(desk.loan(tag=desk.tags[1]))
    page = phone.get(path_of(fresh))
    fields = {**form_fields(care_answers()), "_csrf": page.csrf}
    assert phone.post(path_of(fresh), fields).status == 303
    replay = phone.post(path_of(fresh), fields)
    assert replay.status == 410 and len(reviews(desk)) == 1


def test_csrf_missing_or_foreign_is_refused_without_losing_answers(desk, site):
    server, links = site
    link = links.issue_link(desk.loan())
    phone = Phone(server.url)
    page = phone.get(path_of(link))
    fields = {**form_fields(care_answers(tips="Kort spelen")), "_lang": "nl"}
    missing = phone.post(path_of(link), fields)
    assert missing.status == 403 and "Uw antwoorden staan er nog" in missing.body
    assert ">Kort spelen</textarea>" in missing.body
    assert_safe(missing)
    stranger = Phone(server.url)  # another browser: its own cookie, this page's field
    stranger.get(path_of(link))
    assert stranger.post(path_of(link), {**fields, "_csrf": page.csrf}).status == 403
    no_cookie = Phone(server.url)
    assert no_cookie.post(path_of(link), {**fields, "_csrf": page.csrf}).status == 403
    assert reviews(desk) == []
    assert phone.post(path_of(link), {**fields, "_csrf": missing.csrf}).status == 303


def test_an_oversized_or_malformed_body_gets_a_friendly_page(desk, site):
    server, links = site
    link = links.issue_link(desk.loan())
    phone = Phone(server.url)
    page = phone.get(path_of(link))
    huge = phone.post(path_of(link), {"_csrf": page.csrf, "q-pros": "x" * (GENEROUS.max_body + 10)})
    assert huge.status == 413 and "te groot" in huge.body
    assert_safe(huge)
    # Far beyond the limit the server answers from the headers alone and reads nothing.
    with socket.create_connection((server.host, server.port), timeout=10) as raw:
        raw.sendall(
            f"POST {path_of(link)} HTTP/1.1\r\nHost: x\r\nContent-Length: 900000000\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n\r\nq-pros=xxxx".encode()
        )
        answer = raw.recv(4096).decode(errors="replace")
    assert answer.startswith("HTTP/1.1 413") and "Traceback" not in answer
    for body, kind in (
        (b"q-overall=%ZZ&_csrf=" + page.csrf.encode(), "application/x-www-form-urlencoded"),
        (b"q-pros=caf\xe9\xff&_csrf=" + page.csrf.encode(), "application/x-www-form-urlencoded"),
        (b"--x\r\nContent-Disposition: form-data; name=\"q-pros\"\r\n\r\nhi", "multipart/form-data; boundary=x"),
        (b"{\"overall\": 5}", "application/json"),
    ):  # fmt: skip
        reply = phone.request("POST", path_of(link), body, {"Content-Type": kind})
        assert reply.status in (400, 403, 422), (reply.status, body)
        assert_safe(reply)
    wrong_method = phone.request("PUT", path_of(link), b"x")
    assert wrong_method.status == 405
    assert_safe(wrong_method)
    assert phone.get("/nothing-here").status == 404
    assert reviews(desk) == []


def test_rate_limits_per_link_and_per_address(desk):
    limits = Limits(per_address=1000, per_address_unknown=3, per_token=4, per_token_posts=2)
    server, links = serve(desk, limits)
    try:
        phone = Phone(server.url, accept_language="en")
        link = links.issue_link(desk.loan())
        statuses = [phone.get(path_of(link)).status for _ in range(5)]
        assert statuses == [200, 200, 200, 200, 429]
        limited = phone.get(path_of(link))
        assert "Too many attempts" in limited.body
        assert_safe(limited, "en")
        other = links.issue_link(desk.loan(tag=desk.tags[1]))
        for _ in range(3):
            assert phone.get("/r/guess" + "x" * 16).status == 404
        # A guesser is stopped everywhere, also on a real link.
        assert phone.get(path_of(other)).status == 429
    finally:
        server.stop()
    server, links = serve(desk, Limits(per_token_posts=2))
    try:
        phone = Phone(server.url)
        link = links.issue_link(desk.loan())
        csrf = phone.get(path_of(link)).csrf
        statuses = [phone.post(path_of(link), {"_csrf": csrf}).status for _ in range(3)]
        assert statuses == [422, 422, 429]
    finally:
        server.stop()


def test_an_unexpected_failure_is_a_friendly_page_not_a_traceback(desk, site, monkeypatch):
    server, links = site
    link = links.issue_link(desk.loan())

    def broken(token):
        raise ZeroDivisionError("a bug inside")

    monkeypatch.setattr(links, "open", broken)
    reply = Phone(server.url).get(path_of(link))
    assert reply.status == 500 and "uw review is niet opgeslagen" in reply.body
    assert "ZeroDivisionError" not in reply.body and "a bug inside" not in reply.body
    assert_safe(reply, failure=True)


INSTRUMENT = load_instrument("care-tech-review")
FIELD_NAMES = [f"q-{item.key}" for item in INSTRUMENT.items] + [
    "_name", "_discipline", "_consent", "_lang", "q-unknown", "q-", "_csrf", "x" * 300,
]  # fmt: skip
ODD_VALUES = [
    "", "na", "-0", "+3", "99999999", "1e3", "٣", "4.0", "\x00", "<script>",
    "'; DROP TABLE reviews; --", "{{7*7}}", "x" * 3000,
]  # fmt: skip
HOSTILE = st.one_of(
    st.text(max_size=40), st.sampled_from(ODD_VALUES), st.integers(-20, 20).map(str)
)


@settings(
    max_examples=80,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzzed_form_fields_never_break_the_server(desk, site, data):
    server, links = site
    link = links.issue_link(desk.loan())
    phone = Phone(server.url)
    page = phone.get(path_of(link))
    pairs = data.draw(
        st.lists(st.tuples(st.sampled_from(FIELD_NAMES), HOSTILE), max_size=30), label="fields"
    )
    fields = [(k, v) for k, v in pairs if k != "_csrf"]
    if data.draw(st.booleans(), label="with csrf"):
        fields.append(("_csrf", page.csrf))
    reply = phone.post(path_of(link), fields)
    assert reply.status in (303, 403, 422), (reply.status, reply.body[:300])
    if reply.status != 303:
        chosen = next((v for k, v in fields if k == "_lang"), "nl")
        assert_safe(reply, chosen if chosen in ("nl", "en") else "nl")
        assert "<script>" not in reply.body  # escaped wherever it is shown again
