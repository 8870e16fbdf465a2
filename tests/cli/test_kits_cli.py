"""`lendingdesk kit` as a technical service uses it: the real entry point in a subprocess on a
demo database (its Tovertafel is a kit whose remote and mount have labels of their own)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import as_json, run


def test_a_part_gets_a_label_and_the_missing_list_follows_a_return(db_copy: Path) -> None:
    items = as_json(run(db_copy, "items", "--json"))
    tag = next(i["tag"] for i in items if i["product"] == "Qwiek.up" and i["status"] == "available")
    labelled = run(db_copy, "kit", "label", tag, "--part", "oplader")
    assert labelled.returncode == 0, labelled.stderr
    code = labelled.stdout.split("label ")[-1].strip(" .\n")
    assert code.startswith("LD") and code not in {i["tag"] for i in items}
    # Its own label is no item: the desk says whose part it is.
    refused = run(db_copy, "checkin", code)
    assert refused.returncode != 0 and "onderdeel “Oplader” van Qwiek.up" in refused.stderr

    before = as_json(run(db_copy, "kit", "missing", "--json"))
    badge = next(b["badge"] for b in as_json(run(db_copy, "borrowers", "--json")) if b["active"])
    assert run(db_copy, "checkout", tag, "--borrower", badge).returncode == 0
    assert run(db_copy, "checkin", tag, "--missing", "Oplader").returncode == 0
    after = as_json(run(db_copy, "kit", "missing", "--json"))
    (new,) = [m for m in after if m not in before]
    assert (new["kit"], new["part"], new["part_label"], new["held_back"]) == (
        tag,
        "Oplader",
        code,
        False,
    )
    taken = run(db_copy, "kit", "label", tag, "--part", "Afstandsbediening", "--code", code)
    assert taken.returncode != 0 and "al in gebruik" in taken.stderr
