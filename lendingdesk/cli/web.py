"""The review form on the phone from the command line.

lendingdesk serve --host H --port P [--threads N] [--trusted-proxy ADDR]
lendingdesk review link LOAN_ID [--json]          (registered with the other review actions)
lendingdesk review link-settings [--base-url URL] [--valid-days N] [--json]
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import signal
import sys
from typing import Any

from lendingdesk.cli.common import add_json_flag, desk_context, open_db, say, whole_number
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown
from lendingdesk.translation import translate

# Below 1024 a port needs administrator rights; the form never runs as root: put the
# organisation's reverse proxy on 443 in front of it (docs/phone-review-form.md).
PORT_RANGE = (1024, 65535)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="run the review form for phones (behind the organisation's HTTPS reverse proxy)",
    )
    p.add_argument(
        "--host",
        required=True,
        metavar="H",
        help="address to listen on: 127.0.0.1 behind a proxy on this machine, 0.0.0.0 for all",
    )
    p.add_argument(
        "--port", required=True, type=whole_number(*PORT_RANGE), metavar="P", help="1024–65535"
    )
    p.add_argument(
        "--threads", type=whole_number(1, 64), default=8, metavar="N", help="worker threads"
    )
    p.add_argument(
        "--trusted-proxy",
        metavar="ADDR",
        help="the reverse proxy's address: only its X-Forwarded-For/-Proto are believed",
    )
    p.set_defaults(handler=cmd_serve)


def add_review_actions(rsub: argparse._SubParsersAction) -> None:
    """``review link`` and ``review link-settings`` (called by cli.reviews.register)."""
    lp = rsub.add_parser("link", help="a personal review link (one-time) for a returned loan")
    lp.add_argument("loan_id", type=int, metavar="LOAN_ID")
    lp.add_argument("--json", action="store_true", help="print url, token and expires as JSON")
    lp.set_defaults(handler=cmd_review_link)
    sp = rsub.add_parser("link-settings", help="base address and validity of review links")
    sp.add_argument("--base-url", metavar="URL", help="e.g. https://review.zorggroep.nl")
    sp.add_argument(
        "--valid-days", type=whole_number(1, 365), metavar="N", help="days a link works (30)"
    )
    add_json_flag(sp)
    sp.set_defaults(handler=cmd_link_settings)


def _links(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from lendingdesk.services.review_links import ReviewLinkService

    db = open_db(args)
    return ReviewLinkService(db, lambda: desk_context(args))


def _check_host(text: str) -> str:
    host = text.strip()
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.split(".")
    if host and len(host) <= 253 and all(
        label and len(label) <= 63 and label.replace("-", "").isascii()
        and label.replace("-", "").isalnum() for label in labels
    ):  # fmt: skip
        return host
    raise InvalidInput(
        translate(
            "cli.web",
            "“{text}” is not an address to listen on. Give an IP address of this computer "
            "(127.0.0.1 behind a proxy, 0.0.0.0 for all networks) or a host name.",
        ).format(text=shown(text)),
    )


def _check_proxy(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        raise InvalidInput(
            translate(
                "cli.web",
                "“{text}” is not an IP address; give the reverse proxy's address with "
                "--trusted-proxy, for example 127.0.0.1.",
            ).format(text=shown(text)),
        ) from None


def cmd_serve(args: argparse.Namespace) -> int:
    from lendingdesk.web.server import ReviewWebServer, ServerOptions

    host = _check_host(args.host)
    proxy = _check_proxy(args.trusted_proxy)
    links = _links(args)
    server = ReviewWebServer(
        links, ServerOptions(host=host, port=args.port, threads=args.threads, trusted_proxy=proxy)
    )

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    say(
        args,
        translate(
            "cli.web", "Review form listening on {url} (database: {label}). Ctrl+C stops."
        ).format(url=server.url, label=links.db.label),
    )
    sys.stdout.flush()
    server.serve_forever()
    say(args, translate("cli.web", "Review form stopped."))
    return 0


def cmd_review_link(args: argparse.Namespace) -> int:
    link = _links(args).issue_link(args.loan_id)
    if args.json:
        data = link.to_dict()
        print(json.dumps({k: data[k] for k in ("url", "token", "expires", "loan_id")}))
        return 0
    when = link.expires.strftime("%d-%m-%Y %H:%M")
    say(
        args,
        translate(
            "cli.web", "Review link for loan {loan_id} (one-time, valid until {when}):\n{url}"
        ).format(loan_id=link.loan_id, when=when, url=link.url),
    )
    return 0


def cmd_link_settings(args: argparse.Namespace) -> int:
    links = _links(args)
    if args.base_url is not None or args.valid_days is not None:
        links.configure(base_url=args.base_url, valid_days=args.valid_days)
    current = {"base_url": links.base_url(), "valid_days": links.valid_days()}
    if args.json:
        print(json.dumps(current))
        return 0
    say(
        args,
        translate("cli.web", "Review links: {base_url}/r/…, valid for {valid_days} days.").format(
            base_url=current["base_url"], valid_days=current["valid_days"]
        ),
    )
    return 0
