"""The desk's own settings (per computer), kept with QSettings in the data folder.

Keys (other areas may read them, e.g. the label printer and the QR content):
``desk/location_id``, ``desk/name``, ``desk/actor`` (who staffs the desk), ``desk/staff_names``,
``desk/staff_day``, ``desk/default_loan_days`` (0: the product's own period), ``ui/language`` (nl/en), ``print/label_printer``, ``print/slip_printer``
('' means: ask / system default), ``labels/qr_mode`` ('tag' or 'url'),
``labels/qr_url_template`` (contains {tag}), ``scanner/prefix`` and ``scanner/suffix`` (what
the scanner is set to add around every code; empty: nothing), ``camera/repeat_ms`` (a code
the camera reads again within this many milliseconds of its last sighting counts once),
``window/geometry``, ``window/screen``, ``desk/contact`` (whom a professional calls at an
unstaffed desk), ``kiosk/idle_seconds`` (a self-service session ends after this long without a
touch or scan), ``kiosk/acceptance`` (off / tick / signature: how the loan conditions are accepted),
``phone_form/enabled`` (serve the review form for phones on the local network and print review
links on return receipts), ``phone_form/port``, ``phone_form/show_qr`` (show the link's QR code
on screen after a check-in).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from lendingdesk.store.db import data_dir

SETTINGS_FILE = "desk-settings.ini"


def open_settings() -> QSettings:
    """The settings file in the data folder (LENDINGDESK_DATA_DIR isolates it in tests)."""
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def _int(value: object, default: int | None) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _flag(value: object, default: bool) -> bool:
    """A yes/no read back from the settings file (an ini file gives the text "true")."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _port(value: object) -> int:
    port = _int(value, 8470) or 8470
    return port if 1024 <= port <= 65535 else 8470


def _names(value: object) -> list[str]:
    """A list read back from the settings file (one name comes back as a bare string)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return [str(v).strip() for v in value if str(v).strip()]


ACCEPTANCE_MODES = ("off", "tick", "signature")


def _acceptance_mode(value: object) -> str:
    return str(value) if str(value) in ACCEPTANCE_MODES else "off"


@dataclass
class DeskSettings:
    location_id: int | None = None
    desk_name: str = "Uitleenbalie"
    actor: str = ""
    default_loan_days: int = 0
    language: str = "nl"
    label_printer: str = ""
    slip_printer: str = ""
    qr_mode: str = "tag"
    qr_url_template: str = ""
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    camera_repeat_ms: int = 2000
    # Who staffs the desk: the names used before (most recent first) and the day the current
    # one was chosen (ISO date; a new day asks again).
    staff_names: list[str] = field(default_factory=list)
    staff_day: str = ""
    # Self-service (kiosk): whom to call, idle time, how the loan conditions are accepted.
    desk_contact: str = ""
    kiosk_idle_seconds: int = 60
    acceptance_mode: str = "off"
    # The review form on the professional's phone (lendingdesk.web), served by this desk.
    phone_form: bool = False
    phone_form_port: int = 8470
    phone_form_show_qr: bool = True

    def qr_template(self) -> str | None:
        """What documents.qr_payload needs: None for the bare tag, else the URL template."""
        return self.qr_url_template if self.qr_mode == "url" and self.qr_url_template else None

    @classmethod
    def load(cls, qs: QSettings | None = None) -> DeskSettings:
        qs = qs or open_settings()
        defaults = cls()
        lang = str(qs.value("ui/language", defaults.language) or defaults.language)
        return cls(
            location_id=_int(qs.value("desk/location_id"), None),
            desk_name=str(qs.value("desk/name", defaults.desk_name) or defaults.desk_name),
            actor=str(qs.value("desk/actor", "") or ""),
            default_loan_days=_int(qs.value("desk/default_loan_days"), 0) or 0,
            language=lang if lang in ("nl", "en") else "nl",
            label_printer=str(qs.value("print/label_printer", "") or ""),
            slip_printer=str(qs.value("print/slip_printer", "") or ""),
            qr_mode="url" if qs.value("labels/qr_mode") == "url" else "tag",
            qr_url_template=str(qs.value("labels/qr_url_template", "") or ""),
            scanner_prefix=str(qs.value("scanner/prefix", "") or ""),
            scanner_suffix=str(qs.value("scanner/suffix", "") or ""),
            camera_repeat_ms=max(0, _int(qs.value("camera/repeat_ms"), 2000) or 0),
            staff_names=_names(qs.value("desk/staff_names")),
            staff_day=str(qs.value("desk/staff_day", "") or ""),
            desk_contact=str(qs.value("desk/contact", "") or ""),
            kiosk_idle_seconds=max(15, _int(qs.value("kiosk/idle_seconds"), 60) or 60),
            acceptance_mode=_acceptance_mode(qs.value("kiosk/acceptance")),
            phone_form=_flag(qs.value("phone_form/enabled"), False),
            phone_form_port=_port(qs.value("phone_form/port")),
            phone_form_show_qr=_flag(qs.value("phone_form/show_qr"), True),
        )

    def save(self, qs: QSettings | None = None) -> None:
        qs = qs or open_settings()
        if self.location_id is None:
            qs.remove("desk/location_id")
        else:
            qs.setValue("desk/location_id", self.location_id)
        qs.setValue("desk/name", self.desk_name)
        qs.setValue("desk/actor", self.actor)
        qs.setValue("desk/default_loan_days", self.default_loan_days)
        qs.setValue("ui/language", self.language)
        qs.setValue("print/label_printer", self.label_printer)
        qs.setValue("print/slip_printer", self.slip_printer)
        qs.setValue("labels/qr_mode", self.qr_mode)
        qs.setValue("labels/qr_url_template", self.qr_url_template)
        qs.setValue("scanner/prefix", self.scanner_prefix)
        qs.setValue("scanner/suffix", self.scanner_suffix)
        qs.setValue("camera/repeat_ms", self.camera_repeat_ms)
        qs.setValue("desk/staff_names", list(self.staff_names))
        qs.setValue("desk/staff_day", self.staff_day)
        qs.setValue("desk/contact", self.desk_contact)
        qs.setValue("kiosk/idle_seconds", self.kiosk_idle_seconds)
        qs.setValue("kiosk/acceptance", self.acceptance_mode)
        qs.setValue("phone_form/enabled", self.phone_form)
        qs.setValue("phone_form/port", self.phone_form_port)
        qs.setValue("phone_form/show_qr", self.phone_form_show_qr)
        qs.sync()
