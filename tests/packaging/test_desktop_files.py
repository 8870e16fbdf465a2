"""The Linux menu entry, the AppStream metadata and the icon files."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from lendingdesk import __version__

from .helpers import APP_ID, DESKTOP, METAINFO, ROOT, changelog_releases

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "LendingDesk"
    assert entry["Exec"].split()[0] == "lendingdesk"  # install.sh rewrites it to a full path
    assert entry["Icon"] == APP_ID  # themed icon name, installed by install.sh
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")


def test_desktop_entry_speaks_dutch_and_english() -> None:
    entry = _desktop_entry()
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[nl]"], key
        assert entry[key] != entry[f"{key}[nl]"], f"{key}[nl] is not translated"
    assert "uitlenen" in entry["Comment[nl]"].lower()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_metainfo_identifies_the_application() -> None:
    root = _metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "LendingDesk"
    summaries = {s.get(XML_LANG, "en"): s.text for s in root.findall("summary")}
    assert set(summaries) == {"en", "nl"} and all(summaries.values())
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "lendingdesk"


def test_metainfo_newest_release_is_this_version_and_matches_the_changelog() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "no <release>"
    newest = releases[0]
    assert newest.get("version") == __version__
    assert (newest.get("version"), newest.get("date")) == changelog_releases()[0]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


ICONS = ROOT / "resources" / "icons"


def test_icon_files_are_what_each_platform_wants() -> None:
    svg = ET.parse(ICONS / "lendingdesk.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 256 256"
    with Image.open(ICONS / "lendingdesk.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0, "corners should be transparent (rounded tile)"
        assert png.getpixel((128, 128))[3] == 255
    with Image.open(ICONS / "lendingdesk.ico") as ico:
        sizes = ico.info["sizes"]
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
        for size in sizes:  # every size is a real drawing, not an empty frame
            frame = ico.ico.getimage(size).convert("RGBA")
            assert frame.size == size
            assert frame.getchannel("A").getextrema() == (0, 255)


def test_committed_icons_are_what_make_icons_draws() -> None:
    """The SVG is generated: editing it by hand would be lost at the next make_icons run."""
    from .helpers import load_script

    make_icons = load_script("make_icons")
    assert (ICONS / "lendingdesk.svg").read_text(encoding="utf-8") == make_icons.detailed_svg()
