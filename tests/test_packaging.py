"""Desktop integration files pass their validators, carry one application id, and the wheel
carries the program's resources (guides, icons)."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from intakecompanion import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
ICON_DIR = ROOT / "resources" / "ui" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOTS = (
    "unlock.png",
    "clients.png",
    "conversation.png",
    "steps-consents.png",
    "summary-1.png",
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str) -> str:
    if sys.platform == "win32":
        pytest.skip(f"{name} checks the Linux desktop files (a Linux tool)")
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it; locally: apt-get install it)")
    return path


def _desktop_entry() -> dict[str, str]:
    entry: dict[str, str] = {}
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # warnings and hints too


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_application_id_everywhere() -> None:
    metainfo = ET.parse(METAINFO_FILE).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP_FILE.name
    assert _desktop_entry()["Icon"] == APP_ID
    assert (ICON_DIR / f"{APP_ID}.svg").is_file()
    spec = (ROOT / "packaging" / "intakecompanion.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec
    nsi = (ROOT / "packaging" / "windows" / "intakecompanion.nsi").read_text(encoding="utf-8")
    assert f'!define APP_ID "{APP_ID}"' in nsi
    assert 'CurrentVersion\\Uninstall\\${APP_ID}"' in nsi  # the uninstall entry's key
    # The folder the uninstaller keeps (or removes when told) is the one platformdirs names.
    assert f'!define DATA_DIR "$LOCALAPPDATA\\{APP_NAME}"' in nsi
    for script in ("install.sh", "uninstall.sh", "make-tarball.sh"):
        assert f"APP_ID={APP_ID}\n" in (LINUX / script).read_text(encoding="utf-8"), script


def test_no_other_spelling_of_the_id_anywhere() -> None:
    """A typo in one place (an icon that never shows, a window the dock cannot match) is caught."""
    files = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("packaging").rglob("*")]
    pattern = re.compile(r"org\.intakecompanion\.[A-Za-z]+", re.IGNORECASE)
    for path in files:
        if path.is_file() and path.suffix not in {".png", ".ico", ".icns", ".pyc"}:
            for found in pattern.findall(path.read_text("utf-8", errors="replace")):
                assert found == APP_ID, f"{path.relative_to(ROOT)}: {found}"
    for path in ROOT.joinpath("src").rglob("*.py"):
        for call in re.findall(r"setDesktopFileName\(([^)]*)\)", path.read_text("utf-8")):
            assert call.strip() == "APP_ID", f"{path.relative_to(ROOT)}: {call}"


def test_metainfo_speaks_dutch_and_english() -> None:
    metainfo = ET.parse(METAINFO_FILE).getroot()
    for tag in ("name", "summary"):
        languages = {element.get(XML_LANG) for element in metainfo.findall(tag)}
        assert languages == {None, "nl"}, tag
    description = metainfo.find("description")
    assert description is not None
    paragraphs = {p.get(XML_LANG) for p in description.findall("p")}
    assert paragraphs == {None, "nl"}
    entry = _desktop_entry()
    assert "Comment[nl]" in entry and "GenericName[nl]" in entry


def test_metainfo_release_is_this_version_and_rating_is_oars() -> None:
    metainfo = ET.parse(METAINFO_FILE).getroot()
    newest = metainfo.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    rating = metainfo.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")


def test_metainfo_screenshots_name_the_docs_screenshots() -> None:
    metainfo = ET.parse(METAINFO_FILE).getroot()
    images = [image.text or "" for image in metainfo.findall("screenshots/screenshot/image")]
    assert [url.rsplit("/", 1)[-1] for url in images] == list(SCREENSHOTS)
    shots = ROOT / "docs" / "screenshots"
    if not any(shots.glob("*.png")):
        pytest.skip("docs/screenshots/*.png are not made yet (make screenshots)")
    missing = [name for name in SCREENSHOTS if not (shots / name).is_file()]
    assert not missing, f"make screenshots did not produce {missing}"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_sizes_are_made_from_the_svg() -> None:
    svg = ET.parse(ICON_DIR / f"{APP_ID}.svg").getroot()
    assert svg.get("viewBox") == "0 0 128 128"
    for size in PNG_SIZES:
        data = (ICON_DIR / f"{APP_ID}-{size}.png").read_bytes()
        assert _png_size(data) == (size, size)
    ico = (ROOT / "packaging" / "windows" / "intakecompanion.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (ROOT / "packaging" / "macos" / "intakecompanion.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


@pytest.mark.skipif(os.name != "posix", reason="the Linux tarball's sh scripts")
def test_install_scripts_install_and_remove_everything(tmp_path: Path) -> None:
    """install.sh and uninstall.sh on a stand-in bundle: files land under PREFIX and go again,
    and the installed menu entry still validates."""
    stage = tmp_path / "release"
    (stage / "intakecompanion").mkdir(parents=True)
    launcher = stage / "intakecompanion" / "intakecompanion"
    launcher.write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    launcher.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, stage / script)
    (stage / "share" / "applications").mkdir(parents=True)
    shutil.copy(DESKTOP_FILE, stage / "share" / "applications")
    (stage / "share" / "metainfo").mkdir()
    shutil.copy(METAINFO_FILE, stage / "share" / "metainfo")
    icon_dir = stage / "share" / "icons" / "hicolor" / "48x48" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copy(ICON_DIR / f"{APP_ID}-48.png", icon_dir / f"{APP_ID}.png")

    prefix = tmp_path / "home with space" / ".local"
    env = {"PREFIX": str(prefix), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(stage / "install.sh")], env=env, check=True, capture_output=True)
    installed_desktop = prefix / "share" / "applications" / DESKTOP_FILE.name
    assert (prefix / "opt" / "intakecompanion" / "uninstall.sh").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "share" / "metainfo" / METAINFO_FILE.name).is_file()
    ran = subprocess.run([prefix / "bin" / "intakecompanion"], capture_output=True, text=True)
    assert ran.stdout == "stand-in\n"
    exec_line = next(
        line
        for line in installed_desktop.read_text("utf-8").splitlines()
        if line.startswith("Exec=")
    )
    assert exec_line == f'Exec="{prefix}/opt/intakecompanion/intakecompanion"'
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(installed_desktop)], check=True)

    removed = subprocess.run(
        ["sh", str(prefix / "opt" / "intakecompanion" / "uninstall.sh")],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert "IntakeCompanion" in removed.stdout  # says where the kept vault is
    left = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == []


def test_wheel_carries_the_resources(tmp_path: Path) -> None:
    """Built offline with the pinned backend (hatchling in the dev extra), no build isolation."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("intakecompanion-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    texts = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources" / "texts").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert texts, "resources/texts is empty"
    for relative in texts:
        assert f"intakecompanion/{relative}" in names
    icons = [f"{APP_ID}.svg", *(f"{APP_ID}-{size}.png" for size in PNG_SIZES)]
    for icon in icons:
        assert f"intakecompanion/resources/ui/icons/app/{icon}" in names
    assert "intakecompanion/resources.py" in names
