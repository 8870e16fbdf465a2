"""The review form as a Flask application over :class:`ReviewLinkService`.

Pages: ``GET /r/<token>`` (the form, generated from the loan's instrument), ``POST /r/<token>``
(validated by the domain, stored by the same service call as at the desk, then a redirect to
``/done``), ``/`` (how to get here), ``/healthz`` (for a reverse proxy) and the style sheet.

Safety: a double-submit CSRF token bound to the link, rate limits per address and per link
(and for guessed links), a body limit, security headers on every answer, no caching of pages,
and friendly Dutch/English pages for every error -- never a stack trace.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

from flask import Flask, Response, g, redirect, render_template, request, url_for
from jinja2 import DictLoader
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from lendingdesk.dates import format_date
from lendingdesk.domain.reviews import Instrument
from lendingdesk.domain.reviews.instruments import AnswerProblem, answer_problems
from lendingdesk.errors import DatabaseUnavailable, InvalidInput, LinkRefused
from lendingdesk.services.review_links import (
    LinkState,
    OpenedLink,
    ReviewLinkService,
    refusal,
    token_hash,
)
from lendingdesk.services.reviews import Reviewer
from lendingdesk.web import fields, pages
from lendingdesk.web.guard import Csrf, Limits, RateLimiter
from lendingdesk.web.texts import LANGS, MESSAGES, other, pick_language, texts

log = logging.getLogger(__name__)

LANG_COOKIE = "ld_lang"
_NAME_MAX, _DISCIPLINE_MAX = 200, 120

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

_STATE_STATUS = {LinkState.EXPIRED: 410, LinkState.USED: 410, LinkState.UNKNOWN: 404}


def create_app(
    links: ReviewLinkService, *, limits: Limits | None = None, secret: bytes | None = None
) -> Flask:
    """The application. One per server process; rate limits live in its memory."""
    limits = limits or Limits()
    app = Flask(__name__, static_folder=None)
    app.jinja_loader = DictLoader(pages.TEMPLATES)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.config.update(
        MAX_CONTENT_LENGTH=limits.max_body,
        MAX_FORM_MEMORY_SIZE=limits.max_body,
        MAX_FORM_PARTS=400,
        PROPAGATE_EXCEPTIONS=False,
        TRAP_HTTP_EXCEPTIONS=False,
        JSON_AS_ASCII=False,
    )
    limiter = RateLimiter()
    csrf = Csrf(secret)
    # The instrument per product for a minute: asking the service takes the write lock (it
    # stores the definition at first use), which 50 phones at once would queue for.
    instruments: dict[int, tuple[float, Instrument]] = {}

    def instrument_of(product_id: int) -> Instrument:
        now = time.monotonic()
        cached = instruments.get(product_id)
        if cached is None or now - cached[0] > 60:
            cached = (now, links.reviews.instrument_for_product(product_id))
            instruments[product_id] = cached
        return cached[1]

    # The blank form per (instrument, version, language): a published version never changes.
    blank_forms: dict[tuple[str, int, str], Markup] = {}

    # ------------------------------------------------------------------ around each request

    @app.before_request
    def choose_language_and_limit() -> Any:
        g.lang = pick_language(
            request.args.get("lang"),
            request.cookies.get(LANG_COOKIE),
            accept=request.headers.get("Accept-Language"),
        )
        address = request.remote_addr or "?"
        if not limiter.allow(f"addr:{address}", limits.per_address, limits.window_s):
            return page_error(429)
        return None

    @app.after_request
    def secure(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.is_secure:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if request.endpoint != "style":
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        chosen = request.args.get("lang")
        if chosen in LANGS:
            response.set_cookie(
                LANG_COOKIE, chosen, max_age=365 * 86400, httponly=True, samesite="Lax",
                secure=request.is_secure,
            )  # fmt: skip
        return response

    # ------------------------------------------------------------------ rendering helpers

    def common(page_title: str) -> dict[str, Any]:
        lang = g.lang
        args = {k: v for k, v in request.args.items() if k != "lang"}
        return {
            "lang": lang,
            "other": other(lang),
            "t": texts(lang),
            "page_title": page_title,
            "switch_url": url_for_self(**args, lang=other(lang)),
        }

    def url_for_self(**args: str) -> str:
        if request.endpoint and request.url_rule is not None:
            try:
                return url_for(request.endpoint, **(request.view_args or {}), **args)
            except Exception:
                pass
        return url_for("home", **args)

    def message(status: int, title_key: str, *line_keys: str, lines: Sequence[str] = ()) -> Any:
        t = texts(g.lang)
        body = render_template(
            "message.html",
            lines=[t[k] for k in line_keys] + list(lines),
            **common(t[title_key]),
        )
        return Response(body, status=status, mimetype="text/html")

    def page_error(status: int) -> Any:
        key = f"error_{status}" if f"error_{status}" in MESSAGES else "error_400"
        return message(status, "error_title", key)

    def state_page(state: LinkState) -> Any:
        title = {LinkState.EXPIRED: "expired_title", LinkState.USED: "used_title"}.get(
            state, "unknown_title"
        )
        text = refusal(state).message(g.lang)
        return message(_STATE_STATUS.get(state, 404), title, lines=[text])

    def render_form(
        token: str,
        opened: OpenedLink,
        instrument: Instrument,
        posted: Mapping[str, Sequence[str]] | None = None,
        problems: Sequence[AnswerProblem] = (),
        *,
        notice: str = "",
        name_problem: str = "",
        status: int = 200,
        cookie: str | None = None,
    ) -> Response:
        lang = g.lang
        t = texts(lang)
        posted = posted or {}
        key = (instrument.key, instrument.version, lang)
        if not posted and key in blank_forms:
            # A first view: the questions as drawn before for this instrument and language.
            sections_html, summary = blank_forms[key], []
        else:
            sections = fields.build_sections(instrument, lang, t["na"])
            fields.fill(sections, posted)
            summary = fields.mark(sections, problems, lang, t["missing"])
            sections_html = Markup(render_template("sections.html", sections=sections, t=t))
            if not posted:
                blank_forms[key] = sections_html
        if name_problem:
            summary.append(("_name", t["name"], name_problem))
        cookie = cookie or Csrf.new_cookie()
        period = t["period_value"].format(
            start=_date(opened.out_on, lang), end=_date(opened.returned_on, lang)
        )

        def first(name: str) -> str:
            return (posted.get(name) or [""])[0]

        body = render_template(
            "form.html",
            product=opened.product,
            period=period,
            sections_html=sections_html,
            summary=summary,
            notice=notice,
            action=url_for("form", token=token),
            csrf=csrf.field_for(cookie, token),
            name=first("_name")[:_NAME_MAX],
            discipline=first("_discipline")[:_DISCIPLINE_MAX],
            consent=first("_consent") == "yes",
            name_problem=name_problem,
            **common(t["title"]),
        )
        response = Response(body, status=status, mimetype="text/html")
        response.set_cookie(
            Csrf.COOKIE,
            cookie,
            httponly=True,
            samesite="Strict",
            secure=request.is_secure,
            path=url_for("form", token=token),
        )
        return response

    def token_allowed(token: str, posting: bool) -> Any:
        """A rate-limit answer for this link/address, or None when the request may go on."""
        address = request.remote_addr or "?"
        if limiter.seen(f"unknown:{address}", limits.per_address_unknown, limits.window_s):
            return page_error(429)
        key = token_hash(token[:64])
        if not limiter.allow(f"token:{key}", limits.per_token, limits.window_s):
            return page_error(429)
        if posting and not limiter.allow(f"post:{key}", limits.per_token_posts, limits.window_s):
            return page_error(429)
        return None

    def count_unknown(state: LinkState) -> None:
        if state is LinkState.UNKNOWN:
            limiter.allow(f"unknown:{request.remote_addr or '?'}", 1 << 30, limits.window_s)

    # ------------------------------------------------------------------ pages

    @app.get("/")
    def home() -> Any:
        return message(200, "home_title", "home")

    @app.get("/healthz")
    def healthz() -> Any:
        return Response("ok\n", mimetype="text/plain")

    @app.get("/static/form.css")
    def style() -> Any:
        response = Response(pages.STYLE, mimetype="text/css")
        response.headers["Cache-Control"] = "public, max-age=3600"
        return response

    @app.get("/done")
    def done() -> Any:
        return message(200, "thanks_title", "thanks")

    @app.get("/r/<token>")
    def form(token: str) -> Any:
        limited = token_allowed(token, posting=False)
        if limited is not None:
            return limited
        opened = links.open(token)
        count_unknown(opened.state)
        if not opened.valid:
            return state_page(opened.state)
        assert opened.product_id is not None
        instrument = instrument_of(opened.product_id)
        return render_form(token, opened, instrument, cookie=_cookie())

    @app.post("/r/<token>")
    def submit(token: str) -> Any:
        limited = token_allowed(token, posting=True)
        if limited is not None:
            return limited
        opened = links.open(token, record=False)
        count_unknown(opened.state)
        if not opened.valid:
            return state_page(opened.state)
        posted = {key: request.form.getlist(key) for key in request.form}
        g.lang = pick_language((posted.get("_lang") or [None])[0], g.lang)
        assert opened.product_id is not None
        instrument = instrument_of(opened.product_id)
        t = texts(g.lang)
        if not csrf.valid(
            request.cookies.get(Csrf.COOKIE), (posted.get("_csrf") or [""])[0], token
        ):
            return render_form(token, opened, instrument, posted, notice=t["csrf"], status=403)
        answers = fields.read_answers(instrument, posted)
        name = " ".join((posted.get("_name") or [""])[0].split())
        discipline = " ".join((posted.get("_discipline") or [""])[0].split())
        consent = (posted.get("_consent") or [""])[0] == "yes"
        _, problems = answer_problems(instrument, answers)
        name_problem = t["consent_needs_name"] if consent and not name else ""
        if problems or name_problem:
            return render_form(
                token, opened, instrument, posted, problems,
                name_problem=name_problem, status=422, cookie=_cookie(),
            )  # fmt: skip
        try:
            links.submit(
                token,
                answers,
                Reviewer(name=name, publish_name=consent, discipline=discipline),
            )
        except LinkRefused as refused:
            return state_page(LinkState(refused.details.get("state", "unknown")))
        except InvalidInput as refused:
            found = refused.details.get("problems")
            if isinstance(found, list) and found:
                return render_form(token, opened, instrument, posted, found, status=422)
            return render_form(
                token, opened, instrument, posted,
                notice=refused.message(g.lang), status=422, cookie=_cookie(),
            )  # fmt: skip
        return redirect(url_for("done", lang=g.lang), code=303)

    # ------------------------------------------------------------------ errors

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        return page_error(error.code or 500)

    @app.errorhandler(DatabaseUnavailable)
    def database_error(error: DatabaseUnavailable) -> Any:
        log.warning("review form: database unavailable: %s", error)
        return page_error(503)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Any:
        log.exception("review form: unexpected error")
        return page_error(500)

    return app


def _cookie() -> str | None:
    value = request.cookies.get(Csrf.COOKIE)
    return value if value and len(value) <= 64 else None


def _date(day: Any, lang: str) -> str:
    return format_date(day, lang) if day is not None else "?"
