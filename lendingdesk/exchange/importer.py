"""Catalogue import: a CSV or XLSX list of products read into a plan the store applies whole.

Spreadsheets at a lending desk come from many hands: Dutch or English headers, a title row
above them, semicolons from Dutch Excel or commas from elsewhere, UTF-8 with or without BOM,
or Windows-1252. :func:`parse_catalogue` copes with all of that and returns an
:class:`ImportPlan`: the product rows, and per line what is wrong with it (Dutch and English).
The store applies a plan only when it has no errors, all or nothing.

A file that cannot be read at all (not a spreadsheet, no header with a name column) raises
:class:`~lendingdesk.errors.InvalidInput`; nothing else ever escapes, whatever bytes
arrive, because an import is where a desk first meets files it did not make. In particular:

- an XLSX is a zip: its members' sizes are checked *before* anything is inflated, so a small
  file that would expand to gigabytes (a zip bomb) is refused without using the memory;
- a CSV quote that is never closed would make the csv module read the rest of the file as one
  cell (one "product" holding every following line): such a line is an error, not a product;
- an XLSX formula without a stored result (a file written by a script, never opened in a
  spreadsheet program) would import as an empty cell: the file is refused with a clear message;
- a name that starts like a formula (= + - @) is imported as text with a warning, because a
  spreadsheet that later opens an export of it could run it.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from lendingdesk.domain import iso9999
from lendingdesk.domain.codes import parse_tag
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown, starts_like_formula
from lendingdesk.translation import Message, Text, joined, translate

MAX_BYTES = 20 * 1024 * 1024
# An XLSX inflated: a 20,000-row catalogue is about 10 MB of XML. Sizes are the ones the zip
# declares; Python's zipfile never inflates a member beyond its declared size (it fails the
# CRC check instead), so checking the declarations bounds what openpyxl can read.
MAX_XLSX_INFLATED = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 1000
MAX_XLSX_RATIO = 200  # XML of a spreadsheet compresses 5-50x; a bomb 1000x and more
XLSX_RATIO_FROM = 1024 * 1024  # small members may compress extremely well; they do no harm
MAX_ROWS = 20_000
MAX_ITEMS_PER_PRODUCT = 1000
HEADER_SEARCH_ROWS = 10  # a title or a blank line may sit above the header

# field -> header spellings, already normalised (see _normalise_header).
HEADERS: Mapping[str, tuple[str, ...]] = {
    "name": ("naam", "name", "productnaam", "product naam", "product name", "product"),
    "maker": ("merk", "maker", "fabrikant", "leverancier", "brand", "manufacturer", "supplier"),
    "category": ("categorie", "category", "soort", "productgroep"),
    "description": ("omschrijving", "beschrijving", "description", "toelichting"),
    "loan_days": (
        "uitleentermijn", "leentermijn", "uitleenperiode", "termijn", "loan days", "loan period",
        "loan term",
    ),
    "cleaning": (
        "schoonmaak", "schoonmaken", "schoonmaakinstructie", "schoonmaakprotocol", "reiniging",
        "hygiene", "cleaning", "cleaning protocol", "cleaning instructions",
    ),
    "accessories": ("accessoires", "toebehoren", "accessories", "onderdelen", "parts"),
    "item_count": (
        "aantal", "aantal exemplaren", "exemplaren", "stuks", "items", "item count", "count",
        "quantity", "number of items",
    ),
    "tags": ("tags", "tag", "asset tags", "asset tag", "labels", "labelcodes", "codes"),
    "iso_class": ("iso", "iso 9999", "iso klasse", "iso class", "iso code"),
    "manual_url": ("handleiding", "link handleiding", "manual", "manual url", "manual link"),
}  # fmt: skip

# What a refusal calls each field: a header spelling the import accepts, in the reader's language.
FIELD_NAMES: Mapping[str, Message] = {
    "name": translate("exchange.importer", "name"),
    "maker": translate("exchange.importer", "maker"),
    "category": translate("exchange.importer", "category"),
    "description": translate("exchange.importer", "description"),
    "loan_days": translate("exchange.importer", "loan days"),
    "cleaning": translate("exchange.importer", "cleaning"),
    "accessories": translate("exchange.importer", "accessories"),
    "item_count": translate("exchange.importer", "item count"),
    "tags": translate("exchange.importer", "asset tags"),
    "iso_class": translate("exchange.importer", "ISO class"),
    "manual_url": translate("exchange.importer", "manual"),
}

_MAX_LENGTH = {
    "name": 200,
    "maker": 200,
    "category": 100,
    "description": 5000,
    "cleaning": 5000,
    "manual_url": 500,
}
_ACCESSORY_MAX = 100


@dataclass(frozen=True, slots=True)
class ProductRow:
    """One product to create or update, with the line it came from."""

    line: int
    name: str
    maker: str = ""
    category: str = ""
    description: str = ""
    loan_days: int | None = None
    cleaning: str = ""
    accessories: tuple[str, ...] = ()
    item_count: int = 0  # physical items to create; equals len(tags) when tags are given
    tags: tuple[str, ...] = ()  # canonical asset tags (LD…), when the file names them
    iso_class: str = ""  # ISO 9999:2022 code, dotted: "22.33", "12.23.06" or "30"
    manual_url: str = ""


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    column: str  # the header as written in the file ("" for the whole line)
    problem: Text  # a catalogue message, put into words when shown

    def message(self, lang: str = "nl") -> str:
        prefix = translate("exchange.importer", "Line {line}").format(line=self.line)
        where = f" ({self.column})" if self.column else ""
        return f"{prefix.render(lang)}{where}: {self.problem.render(lang)}"

    def render(self, lang: str) -> str:
        """The line error as a value in a message (a :class:`~lendingdesk.translation.Text`)."""
        return self.message(lang)

    @property
    def nl(self) -> str:
        """The problem (without its line) in Dutch."""
        return self.problem.render("nl")

    @property
    def en(self) -> str:
        return self.problem.render("en")


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. Apply it only when :attr:`ok`; it is meant as all or nothing."""

    source: str
    format: str  # "csv" | "xlsx"
    rows: tuple[ProductRow, ...]
    errors: tuple[LineError, ...]
    columns: Mapping[str, str] = field(default_factory=dict)  # field -> header as found
    ignored_columns: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    warnings: tuple[LineError, ...] = ()  # imported anyway, but worth a look

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def item_count(self) -> int:
        return sum(row.item_count for row in self.rows)


# --------------------------------------------------------------------------- entry points


def read_catalogue(path: str | Path) -> ImportPlan:
    """Read and parse a catalogue file from disk."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(size)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            translate("exchange.importer", "File {path} cannot be read: {value}.").format(
                path=path.name, value=exc.strerror or exc
            ),
        ) from exc
    return parse_catalogue(data, path.name)


def parse_catalogue(data: bytes, filename: str = "") -> ImportPlan:
    """Parse CSV or XLSX bytes into an :class:`ImportPlan`; raises InvalidInput for unreadable files."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidInput(translate("exchange.importer", "No file content received."))
    data = bytes(data)
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise InvalidInput(translate("exchange.importer", "The file is empty."))
    suffix = Path(filename).suffix.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise InvalidInput(
            translate(
                "exchange.importer", "Old Excel files (.xls) are not read: save as .xlsx or as CSV."
            ),
        )
    if data.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        _check_zip(data)
        return _plan(filename, "xlsx", _xlsx_rows(data), encoding=None, delimiter=None)
    text, encoding = _decode(data)
    delimiter = _sniff_delimiter(text)
    return _plan(
        filename, "csv", _csv_rows(text, delimiter), encoding=encoding, delimiter=delimiter
    )


def _too_large(size: int) -> InvalidInput:
    mb = MAX_BYTES // (1024 * 1024)
    return InvalidInput(
        translate(
            "exchange.importer", "The file is too large ({value} kB); at most {mb} MB."
        ).format(value=size // 1024, mb=mb),
    )


# --------------------------------------------------------------------------- reading


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]  # Excel's "Unicode text"
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break  # binary data that happens to decode
        return text, encoding
    raise InvalidInput(
        translate(
            "exchange.importer",
            "This is not a readable CSV file (unknown encoding). Save as CSV UTF-8 or as .xlsx.",
        ),
    )


def _sniff_delimiter(text: str) -> str:
    """The delimiter under which the header (in the first lines) names the most known fields."""
    head = "".join(islice(io.StringIO(text), HEADER_SEARCH_ROWS))
    best, best_score = ";", (-1, -1)
    for delimiter in (";", ",", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(head), delimiter=delimiter))
        except csv.Error:
            continue
        for row in rows:
            mapping = _map_header(row)
            score = (len(mapping) if "name" in mapping else 0, len(row))
            if score > best_score:
                best, best_score = delimiter, score
    return best


Row = tuple[int, list[str]]  # (line number, cells)


def _csv_rows(text: str, delimiter: str) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_end = 0
    try:
        for cells in reader:
            yield previous_end + 1, [c.replace("\x00", "").strip() for c in cells]
            previous_end = reader.line_num
    except csv.Error as exc:
        if "field limit" in str(exc):  # Python's own words, in English: say it ourselves
            raise InvalidInput(
                translate(
                    "exchange.importer",
                    "CSV file cannot be read near line {line_num}: a cell there is too long "
                    "(more than {limit} characters). No catalogue field is that long; check "
                    "the file.",
                ).format(line_num=reader.line_num, limit=csv.field_size_limit()),
            ) from exc
        raise InvalidInput(
            translate(
                "exchange.importer", "CSV file cannot be read near line {line_num}: {exc}."
            ).format(line_num=reader.line_num, exc=exc),
        ) from exc


def _check_zip(data: bytes) -> None:
    """Refuse an XLSX whose members would inflate beyond what a catalogue can need."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a readable zip: openpyxl's refusal below says so
    inflated = sum(m.file_size for m in members)
    bomb = (
        len(members) > MAX_XLSX_MEMBERS
        or inflated > MAX_XLSX_INFLATED
        or any(
            m.file_size > XLSX_RATIO_FROM and m.file_size > MAX_XLSX_RATIO * max(m.compress_size, 1)
            for m in members
        )
    )
    if bomb:
        mb = inflated // (1024 * 1024)
        raise InvalidInput(
            translate(
                "exchange.importer",
                "This Excel file would unpack to {mb} MB (or is unusually highly compressed); no "
                "catalogue is that large. It was not opened. Save the catalogue again or use CSV.",
            ).format(mb=mb),
        )


def _xlsx_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).replace("\x00", "").strip()


def _xlsx_rows(data: bytes) -> Iterator[Row]:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise InvalidInput(translate("exchange.importer", "Excel support is missing.")) from exc
    unreadable = InvalidInput(
        translate(
            "exchange.importer",
            "This Excel file cannot be read. Open it in Excel and save it again as .xlsx.",
        ),
    )
    rows: list[Row] = []
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it skips; none of that matters for data.
        warnings.simplefilter("ignore")
        try:
            # The stored results, and the formulas themselves (to see which have no result).
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except Exception as exc:  # BadZipFile, KeyError, XML errors…: corrupt input has many faces
            raise unreadable from exc
        try:
            sheets = book.worksheets
            if not sheets:
                raise unreadable
            index = next(
                (
                    i
                    for i, s in enumerate(sheets)
                    if s.title.strip().casefold() in ("producten", "products", "catalogus")
                ),
                0,
            )
            uncached: list[str] = []
            pairs = zip(
                sheets[index].iter_rows(values_only=True),
                formulas.worksheets[index].iter_rows(values_only=True),
                strict=False,
            )
            for number, (values, written) in enumerate(pairs, start=1):
                if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _too_many_rows()
                for column, (value, formula) in enumerate(zip(values, written, strict=False)):
                    if value is None and isinstance(formula, str) and formula.startswith("="):
                        uncached.append(f"{openpyxl.utils.get_column_letter(column + 1)}{number}")
                rows.append((number, [_xlsx_cell(v) for v in values]))
            if uncached:
                raise _formulas_without_values(uncached)
        except InvalidInput:
            raise
        except Exception as exc:
            raise unreadable from exc
        finally:
            book.close()
            formulas.close()
    return iter(rows)


def _formulas_without_values(cells: Sequence[str]) -> InvalidInput:
    first = ", ".join(cells[:3]) + (" …" if len(cells) > 3 else "")
    many = len(cells) > 1
    detail = (
        translate("exchange.importer", "%n cells hold formulas", None, len(cells))
        if many
        else translate("exchange.importer", "Cell {cell} holds a formula").format(cell=cells[0])
    )
    where = f" ({first})" if many else ""
    return InvalidInput(
        translate(
            "exchange.importer",
            "{detail} without a calculated result{where}; it would be read as empty. Open the "
            "file in Excel or LibreOffice and save it (that calculates formulas), or paste the "
            "cells as values.",
        ).format(detail=detail, where=where),
    )


def _too_many_rows() -> InvalidInput:
    return InvalidInput(
        translate("exchange.importer", "More than {max_rows} rows: split the file.").format(
            max_rows=MAX_ROWS
        ),
    )


# --------------------------------------------------------------------------- header


def _normalise_header(text: str) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)  # "Uitleentermijn (dagen)" -> "uitleentermijn"
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


_LOOKUP = {spelling: name for name, spellings in HEADERS.items() for spelling in spellings}


def _map_header(cells: Sequence[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _LOOKUP.get(_normalise_header(cell))
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def _find_header(rows: Iterator[Row]) -> tuple[int, list[str], dict[str, int]]:
    for _ in range(HEADER_SEARCH_ROWS):
        try:
            line, cells = next(rows)
        except StopIteration:
            break
        mapping = _map_header(cells)
        if "name" in mapping:
            duplicates = _duplicate_fields(cells)
            if duplicates:
                raise InvalidInput(
                    translate(
                        "exchange.importer",
                        "Line {line}: the column for '{duplicates}' appears twice.",
                    ).format(
                        line=line,
                        duplicates=FIELD_NAMES[duplicates[0]],
                    ),
                )
            return line, cells, mapping
    raise InvalidInput(
        translate(
            "exchange.importer",
            "No header row with a 'name' column in the first {header_search_rows} lines. Known "
            "columns: {expected}.",
        ).format(
            header_search_rows=HEADER_SEARCH_ROWS, expected=joined(", ", FIELD_NAMES.values())
        ),
    )


def _duplicate_fields(cells: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    duplicates = []
    for cell in cells:
        name = _LOOKUP.get(_normalise_header(cell))
        if name in seen:
            duplicates.append(name)
        elif name:
            seen.add(name)
    return duplicates


# --------------------------------------------------------------------------- rows


_DAYS = re.compile(
    r"^(\d{1,4})(?:[.,]0+)?\s*(dagen|dag|days|day|d|weken|week|weeks|wk|w)?\.?$", re.I
)
_COUNT = re.compile(r"^(\d{1,5})(?:[.,]0+)?\s*(stuks|stuk|st|pcs|x)?\.?$", re.I)
_LIST_SPLIT = re.compile(r"\s*[|\n]\s*")
_TAG_SPLIT = re.compile(r"[\s|,;]+")


class _RowErrors:
    """Collects the problems of one line, each naming the column as the file wrote it."""

    def __init__(self, line: int, headers: Sequence[str], mapping: Mapping[str, int]) -> None:
        self.line = line
        self.found: list[LineError] = []
        self._headers = headers
        self._mapping = mapping

    def add(self, field_name: str, problem: Text) -> None:
        column = self._headers[self._mapping[field_name]] if field_name in self._mapping else ""
        self.found.append(LineError(self.line, column, problem))


def _parse_row(
    line: int, cells: Sequence[str], headers: Sequence[str], mapping: Mapping[str, int]
) -> tuple[ProductRow, list[LineError]]:
    """The row as far as it could be read, and its problems (the row is unusable if any)."""
    errors = _RowErrors(line, headers, mapping)

    def get(name: str) -> str:
        index = mapping.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    if len(cells) > len(headers) and any(cells[len(headers) :]):
        errors.add(
            "",
            translate(
                "exchange.importer",
                "more filled cells ({cells}) than header columns ({headers}); is there a "
                "separator inside unquoted text?",
            ).format(cells=len(cells), headers=len(headers)),
        )
    for name, limit in _MAX_LENGTH.items():
        if len(get(name)) > limit:
            errors.add(
                name,
                translate("exchange.importer", "too long (at most {limit} characters)").format(
                    limit=limit
                ),
            )
    name = " ".join(get("name").split())
    if not name:
        errors.add("name", translate("exchange.importer", "name is missing"))

    loan_days = None
    if raw := get("loan_days"):
        match = _DAYS.match(raw)
        if not match:
            errors.add(
                "loan_days",
                translate("exchange.importer", "'{raw}' is not a number of days").format(
                    raw=shown(raw)
                ),
            )
        else:
            loan_days = int(match[1]) * (7 if (match[2] or "").lower().startswith("w") else 1)
            if not 1 <= loan_days <= 365:
                errors.add(
                    "loan_days",
                    translate(
                        "exchange.importer",
                        "loan period of {loan_days} days is not between 1 and 365",
                    ).format(loan_days=loan_days),
                )

    count: int | None = None
    if raw := get("item_count"):
        match = _COUNT.match(raw)
        if not match or int(match[1]) > MAX_ITEMS_PER_PRODUCT:
            errors.add(
                "item_count",
                translate(
                    "exchange.importer", "'{raw}' is not a count from 0 to {max_items_per_product}"
                ).format(raw=shown(raw), max_items_per_product=MAX_ITEMS_PER_PRODUCT),
            )
        else:
            count = int(match[1])

    tags: list[str] = []
    if raw := get("tags"):
        for text in _TAG_SPLIT.split(raw):
            if not text:
                continue
            tag = parse_tag(text)
            if tag is None:
                errors.add(
                    "tags",
                    translate("exchange.importer", "'{text}' is not a valid asset tag").format(
                        text=shown(text)
                    ),
                )
            elif tag in tags:
                errors.add(
                    "tags",
                    translate("exchange.importer", "asset tag {tag} is listed twice").format(
                        tag=tag
                    ),
                )
            else:
                tags.append(tag)
        if count is not None and tags and count != len(tags):
            errors.add(
                "item_count",
                translate(
                    "exchange.importer", "count {count} does not match {tags} asset tags"
                ).format(count=count, tags=len(tags)),
            )

    accessories = list(dict.fromkeys(a for a in _LIST_SPLIT.split(get("accessories")) if a))
    if any(len(a) > _ACCESSORY_MAX for a in accessories):
        errors.add(
            "accessories",
            translate(
                "exchange.importer",
                "an accessory is longer than {accessory_max} characters (separate them with |)",
            ).format(accessory_max=_ACCESSORY_MAX),
        )

    # The 2022 dotted form is stored; the older space-separated form is accepted and normalised.
    try:
        iso = iso9999.normalise(get("iso_class")) or ""
    except ValueError:
        iso = ""
        errors.add(
            "iso_class",
            translate(
                "exchange.importer", "'{value}' is not an ISO 9999 code (e.g. 22.33 or 12.23.06)"
            ).format(value=shown(get("iso_class"))),
        )

    url = get("manual_url")
    if url and not re.match(r"^https?://\S+$", url, re.I):
        errors.add(
            "manual_url",
            translate("exchange.importer", "link must start with http:// or https://"),
        )

    return (
        ProductRow(
            line=line,
            name=name,
            maker=" ".join(get("maker").split()),
            category=" ".join(get("category").split()),
            description=get("description"),
            loan_days=loan_days,
            cleaning=get("cleaning"),
            accessories=tuple(accessories),
            item_count=len(tags) if tags else (count or 0),
            tags=tuple(tags),
            iso_class=iso,
            manual_url=url,
        ),
        errors.found,
    )


def _plan(
    source: str, kind: str, rows: Iterator[Row], *, encoding: str | None, delimiter: str | None
) -> ImportPlan:
    header_line, headers, mapping = _find_header(rows)
    products: list[ProductRow] = []
    errors: list[LineError] = []
    notes: list[LineError] = []
    first_line: dict[tuple[str, str], int] = {}
    tag_line: dict[str, int] = {}
    count = 0
    for line, cells in rows:
        if not any(cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise _too_many_rows()
        product, problems = _parse_row(line, cells, headers, mapping)
        if delimiter and _merged_by_open_quote(cells, delimiter, len(headers)):
            problems.insert(0, _open_quote_error(line))
        notes += _formula_warnings(product, headers, mapping)
        if product.name:  # duplicates are checked on faulty lines too: one pass shows all
            problems += _cross_row_problems(product, first_line, tag_line, headers, mapping)
        errors.extend(problems)
        if not problems:
            products.append(product)
    if not products and not errors:
        raise InvalidInput(
            translate(
                "exchange.importer", "There are no products after the header (line {header_line})."
            ).format(header_line=header_line),
        )
    return ImportPlan(
        source=source,
        format=kind,
        rows=tuple(products),
        errors=tuple(errors),
        columns={name: headers[index] for name, index in mapping.items()},
        ignored_columns=tuple(h for i, h in enumerate(headers) if h and i not in mapping.values()),
        encoding=encoding,
        delimiter=delimiter,
        warnings=tuple(notes),
    )


def _merged_by_open_quote(cells: Sequence[str], delimiter: str, columns: int) -> bool:
    """Whether a quote that was never closed swallowed the following lines into one cell: a
    cell holding a line break followed by a line that looks like a row of its own (at least
    half as many separators as the header has). A real multi-line description rarely does."""
    enough = max(1, (columns - 1) // 2)
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            later = cell.splitlines()[1:]
            if any(text.count(delimiter) >= enough for text in later):
                return True
    return False


def _open_quote_error(line: int) -> LineError:
    return LineError(
        line,
        "",
        translate(
            "exchange.importer",
            'a quote (") starts here and is never closed, so the lines after it were merged into '
            "one cell; close the quote or remove it",
        ),
    )


_FORMULA_CHECKED = ("name", "maker", "category")


def _formula_warnings(
    product: ProductRow, headers: Sequence[str], mapping: Mapping[str, int]
) -> list[LineError]:
    """Texts that start like a spreadsheet formula: kept as text, but worth a look."""
    notes = _RowErrors(product.line, headers, mapping)
    for field_name in _FORMULA_CHECKED:
        value = getattr(product, field_name)
        if value and starts_like_formula(value):
            notes.add(
                field_name,
                translate(
                    "exchange.importer",
                    "“{value}” starts like a spreadsheet formula ({value2}); it is kept as text. "
                    "Is it right?",
                ).format(value=shown(value, 24), value2=value[0]),
            )
    return notes.found


def _cross_row_problems(
    product: ProductRow,
    first_line: dict[tuple[str, str], int],
    tag_line: dict[str, int],
    headers: Sequence[str],
    mapping: Mapping[str, int],
) -> list[LineError]:
    """Duplicates across lines: the same product twice, or one tag on two products."""
    errors = _RowErrors(product.line, headers, mapping)
    key = (product.name.casefold(), product.maker.casefold())
    if key in first_line:
        errors.add(
            "name",
            translate("exchange.importer", "'{product}' is already on line {first_line}").format(
                product=shown(product.name), first_line=first_line[key]
            ),
        )
    else:
        first_line[key] = product.line
    for tag in product.tags:
        if tag in tag_line:
            errors.add(
                "tags",
                translate(
                    "exchange.importer", "asset tag {tag} is already on line {tag_line}"
                ).format(tag=tag, tag_line=tag_line[tag]),
            )
        else:
            tag_line[tag] = product.line
    return errors.found
