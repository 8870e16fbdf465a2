import csv
import io

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lendingdesk.domain.codes import format_tag
from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.exchange.importer import ImportPlan, parse_catalogue, read_catalogue

DUTCH_EXCEL = (
    "Catalogus uitleenservice 2025;;;;;;;;\r\n"
    "\r\n"
    "Naam;Merk;Categorie;Omschrijving;Uitleentermijn (dagen);Schoonmaak;Accessoires;Aantal;Opmerking\r\n"
    "Tovertafel;Tover;Leefplezier;Interactieve projectie;14;Lens droog afnemen;Afstandsbediening | Kabel;2;\r\n"
    "PARO;Intelligent System Co.;Robotdier;Robotzeehond;2 weken;Niet wassen;Oplader;1;vacht!\r\n"
    ";;;;;;;;\r\n"
    "Zembro;Zembro;Valpreventie;GPS-horloge;21;;Oplader|Oplader|Polsband;3;\r\n"
)


def plan_of(text: str, encoding: str = "utf-8-sig", name: str = "catalogus.csv") -> ImportPlan:
    return parse_catalogue(text.encode(encoding), name)


def test_dutch_excel_csv_with_title_row():
    plan = plan_of(DUTCH_EXCEL)
    assert plan.ok, [e.message() for e in plan.errors]
    assert (plan.format, plan.encoding, plan.delimiter) == ("csv", "utf-8-sig", ";")
    assert [r.name for r in plan.rows] == ["Tovertafel", "PARO", "Zembro"]
    assert [r.line for r in plan.rows] == [4, 5, 7]
    tover, paro, zembro = plan.rows
    assert tover.accessories == ("Afstandsbediening", "Kabel")
    assert tover.loan_days == 14 and tover.item_count == 2
    assert paro.loan_days == 14  # "2 weken"
    assert zembro.accessories == ("Oplader", "Polsband")
    assert plan.columns["loan_days"] == "Uitleentermijn (dagen)"
    assert plan.ignored_columns == ("Opmerking",)
    assert plan.item_count == 6


def test_english_csv_with_quotes_and_multiline_fields_keeps_line_numbers():
    text = (
        "name,maker,category,description,loan_days,accessories\n"
        '"Qwiek.up","Qwiek","Sensory","Projector, with\nsound and\nscents",28,"Remote|Memory stick"\n'
        "Tessa,Tinybots,Day structure,Robot,forever,\n"
    )
    plan = plan_of(text, "utf-8")
    assert plan.delimiter == ","
    assert plan.rows[0].description == "Projector, with\nsound and\nscents"
    assert [(e.line, e.column) for e in plan.errors] == [(5, "loan_days")]
    error = plan.errors[0]
    assert error.message("nl") == "Regel 5 (loan_days): 'forever' is geen aantal dagen"
    assert error.message("en") == "Line 5 (loan_days): 'forever' is not a number of days"
    assert not plan.ok


def test_windows_1252_is_read():
    text = "Naam;Merk;Omschrijving\r\nZoë's sensormat;Momo;Kost € 12\r\n"
    plan = parse_catalogue(text.encode("cp1252"), "oud.csv")
    assert plan.encoding == "cp1252"
    assert plan.rows[0].name == "Zoë's sensormat" and plan.rows[0].description == "Kost € 12"


def test_utf16_tab_separated_from_excel_unicode_text():
    text = "Naam\tMerk\tAantal\r\nCompaan\tCompaan\t4\r\n"
    plan = parse_catalogue(text.encode("utf-16"), "export.txt")
    assert (plan.delimiter, plan.rows[0].item_count) == ("\t", 4)


def test_tags_column_gives_items_and_is_checked():
    t1, t2, t3 = format_tag(1), format_tag(2), format_tag(3)
    text = (
        "Naam;Tags;Aantal\n"
        f"Medido;{t1} | {t2.lower()};\n"
        f"Sensara;{t3};2\n"
        f"Tessa;{t2};\n"
        "Wolk;LD1234567;\n"
    )
    plan = plan_of(text)
    assert plan.rows[0].tags == (t1, t2) and plan.rows[0].item_count == 2
    problems = {(e.line, e.en) for e in plan.errors}
    assert (3, "count 2 does not match 1 asset tags") in problems
    assert (4, f"asset tag {t2} is already on line 2") in problems
    assert (5, "'LD1234567' is not a valid asset tag") in problems
    assert all(e.column in ("Tags", "Aantal") for e in plan.errors)


def test_per_line_problems_in_dutch_and_english():
    text = (
        "Naam;Merk;Uitleentermijn;Aantal;ISO;Handleiding\n"
        ";Tover;14;1;;\n"
        "Tovertafel;Tover;400;-1;22.33;www.tover.care\n"
        "Tovertafel;tover;7;1;2;\n"
        "PARO;;7;1;30;https://paro.example/handleiding.pdf\n"
    )
    plan = plan_of(text)
    assert [r.name for r in plan.rows] == ["PARO"]
    assert plan.rows[0].iso_class == "30"
    found = {(e.line, e.column): (e.nl, e.en) for e in plan.errors}
    assert found[(2, "Naam")] == ("naam ontbreekt", "name is missing")
    assert "365" in found[(3, "Uitleentermijn")][0]
    assert (3, "Aantal") in found and (3, "Handleiding") in found
    assert (3, "ISO") not in found  # "22.33" is the ISO 9999:2022 form
    assert (4, "ISO") in found
    assert (4, "Naam") in found and "regel 3" in found[(4, "Naam")][0]  # same name and maker


def test_overfull_line_is_reported():
    plan = plan_of("Naam,Merk\nTessa, robot, extra\n", "utf-8")
    assert plan.errors[0].line == 2 and "separator" in plan.errors[0].en


@pytest.mark.parametrize(
    ("content", "name", "needle"),
    [
        (b"", "leeg.csv", "empty"),
        (b"   \r\n ", "leeg.csv", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "oud.xls", ".xls"),
        (b"PK\x03\x04 not really a zip", "kapot.xlsx", "Excel file cannot be read"),
        (b"Artikel;Prijs\nTessa;12\n", "x.csv", "No header row"),
        (b"Merk;Categorie\nTover;spel\n", "x.csv", "No header row"),
        (b"Naam;Productnaam\nTessa;Tessa\n", "x.csv", "appears twice"),
        (b"Naam;Merk\n", "x.csv", "no products"),
        (b"\x81\x8d\x8f\x90\x9d", "x.csv", "unknown encoding"),
        (b"Naam\x00;Merk\n\x00\x00", "x.csv", "unknown encoding"),
    ],
)
def test_unreadable_files_raise_one_clear_error(content, name, needle):
    with pytest.raises(InvalidInput) as err:
        parse_catalogue(content, name)
    assert needle in err.value.en
    assert err.value.nl and err.value.nl != err.value.en


def test_missing_file(tmp_path):
    with pytest.raises(InvalidInput):
        read_catalogue(tmp_path / "bestaat-niet.csv")


def _xlsx(rows: list[list[object]], title: str = "Producten") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_with_numbers_and_excel_row_numbers(tmp_path):
    data = _xlsx(
        [
            ["Catalogus 2025"],
            [],
            ["Naam", "Merk", "Uitleentermijn", "Aantal", "Accessoires"],
            ["Tovertafel", "Tover", 14, 2.0, "Afstandsbediening|Kabel"],
            ["SilverFit Mile", "SilverFit", "lang", 1, None],
        ]
    )
    path = tmp_path / "catalogus.xlsx"
    path.write_bytes(data)
    plan = read_catalogue(path)
    assert plan.format == "xlsx" and plan.source == "catalogus.xlsx"
    assert plan.rows[0].loan_days == 14 and plan.rows[0].item_count == 2
    assert plan.rows[0].line == 4
    assert [(e.line, e.column) for e in plan.errors] == [(5, "Uitleentermijn")]


def test_truncated_xlsx_is_refused():
    data = _xlsx([["Naam"], ["Tessa"]])
    with pytest.raises(InvalidInput):
        parse_catalogue(data[: len(data) // 2], "half.xlsx")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.one_of(
        st.binary(max_size=600),
        st.binary(max_size=600).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=300).map(lambda b: b"\xef\xbb\xbfNaam;Merk\n" + b),
        st.text(max_size=300).map(lambda t: ("Naam,Aantal,Tags\n" + t).encode()),
    ),
    name=st.sampled_from(["x.csv", "x.xlsx", "x.txt", "", "x.xls"]),
)
def test_any_bytes_give_a_plan_or_a_lending_error(content, name):
    try:
        plan = parse_catalogue(content, name)
    except LendingError as error:
        assert error.nl and error.en
    else:
        assert isinstance(plan, ImportPlan)
        assert all(e.line >= 1 for e in plan.errors)


_cell = st.text(
    alphabet=st.characters(codec="cp1252", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
    max_size=20,
).map(lambda s: " ".join(s.split()))
_product = st.fixed_dictionaries(
    {
        "name": _cell.filter(bool),
        "maker": _cell,
        "category": _cell,
        "loan_days": st.integers(1, 365),
        "item_count": st.integers(0, 50),
        "accessories": st.lists(
            _cell.filter(lambda s: s and "|" not in s), max_size=3, unique=True
        ),
    }
)


@settings(max_examples=60, deadline=None)
@given(
    products=st.lists(
        _product,
        min_size=1,
        max_size=6,
        unique_by=lambda p: (p["name"].casefold(), p["maker"].casefold()),
    ),
    flavour=st.sampled_from(
        [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252"), ("\t", "utf-16")]
    ),
)
def test_written_catalogues_read_back_the_same(products, flavour):
    delimiter, encoding = flavour
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["Naam", "Merk", "Categorie", "Uitleentermijn", "Aantal", "Accessoires"])
    for p in products:
        writer.writerow(
            [
                p["name"],
                p["maker"],
                p["category"],
                p["loan_days"],
                p["item_count"],
                "|".join(p["accessories"]),
            ]
        )
    plan = parse_catalogue(out.getvalue().encode(encoding), "round.csv")
    assert plan.ok, [e.message("en") for e in plan.errors]
    assert plan.delimiter == delimiter
    read = [
        (r.name, r.maker, r.category, r.loan_days, r.item_count, list(r.accessories))
        for r in plan.rows
    ]
    assert read == [
        (p["name"], p["maker"], p["category"], p["loan_days"], p["item_count"], p["accessories"])
        for p in products
    ]


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("12 23 06", "12.23.06"),  # the older, space-separated form
        ("12.23.06", "12.23.06"),
        ("12-23", "12.23"),
        ("122306", "12.23.06"),
        (" 30 ", "30"),
    ],
)
def test_iso9999_codes_are_read_in_any_form_and_kept_dotted(written, stored):
    plan = plan_of(f"Naam;Merk;ISO\nPARO;Intelligent System;{written}\n")
    assert plan.ok, plan.errors
    assert plan.rows[0].iso_class == stored


@pytest.mark.parametrize("bad", ["1", "12 3", "12.23.06.01", "ab"])
def test_a_code_that_is_no_iso9999_class_is_refused(bad):
    plan = plan_of(f"Naam;Merk;ISO\nPARO;Intelligent System;{bad}\n")
    (error,) = plan.errors
    assert error.column == "ISO" and "12.23.06" in error.en
