"""A private CUPS server for the print tests: its own configuration, spool and port.

The system's CUPS (if any) is left alone. Queues are real: ``office`` is a PDF printer
(Debian's cups-pdf backend) whose PPD declares 12 pt unprintable margins on A4, like an
office laser; ``dymo`` is a LabelWriter 450 with the Linux driver (printer-driver-dymo)
writing its printer stream to a file. Both the app (libcups through Qt and
services.print_queue) and the test's own ``lpstat`` talk to this server through
``CUPS_SERVER``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
DYMO_DRIVER = Path("/usr/lib/cups/driver/dymo")
PREFERRED_PORT = 6631
# 12 pt = 4.23 mm: the unprintable margin of the "office" queue.
MARGIN_PT = 12

CUPSD_CONF = """LogLevel info
Listen 127.0.0.1:{port}
Browsing Off
DefaultAuthType None
WebInterface No
MaxJobs 0
PreserveJobFiles No
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
Printcap {root}/printcap
FileDevice Yes
"""


def tool(name: str) -> str | None:
    """A CUPS or poppler command, also where root's tools live when PATH leaves them out."""
    found = shutil.which(name)
    if found:
        return found
    for folder in ("/usr/sbin", "/usr/bin"):
        if (Path(folder) / name).exists():
            return str(Path(folder) / name)
    return None


def missing_parts() -> list[str]:
    """What this machine lacks to run a private CUPS server with both queues."""
    missing = [
        str(p) for p in (CUPSD, CUPS_PDF_BACKEND, CUPS_PDF_PPD, DYMO_DRIVER) if not p.exists()
    ]
    missing += [name for name in ("lpadmin", "lpstat", "cupsreject", "pdffonts") if not tool(name)]
    if os.geteuid() != 0:
        missing.append("root (cups-pdf's backend runs as root)")
    return missing


def _free_port() -> int:
    for port in (PREFERRED_PORT, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise OSError("no free port")


def office_ppd() -> bytes:
    """cups-pdf's own PPD with an office laser's unprintable margins on A4."""
    text = CUPS_PDF_PPD.read_text(encoding="latin-1")
    text = re.sub(r"^\*HWMargins:.*$", f"*HWMargins: {MARGIN_PT} " * 4, text, flags=re.M)
    a4 = f'"{MARGIN_PT} {MARGIN_PT} {595 - MARGIN_PT} {842 - MARGIN_PT}"'
    text = re.sub(r"^\*ImageableArea A4/A4:.*$", f"*ImageableArea A4/A4: {a4}", text, flags=re.M)
    return text.encode("latin-1")


def dymo_ppd() -> bytes:
    """The LabelWriter 450 PPD as printer-driver-dymo ships it."""
    return subprocess.run(
        [str(DYMO_DRIVER), "cat", "dymo:0/cups/model/lw450.ppd"],
        check=True,
        capture_output=True,
    ).stdout


@dataclass
class CupsServer:
    root: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    queues: dict[str, str] = field(default_factory=dict)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        for sub in ("spool", "cache", "state", "log", "tmp", "out"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o755)
        os.chmod(self.root / "tmp", 0o1777)  # filters run as the lp user
        os.chmod(self.root / "out", 0o777)
        (self.root / "cupsd.conf").write_text(CUPSD_CONF.format(port=self.port))
        (self.root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=self.root))
        self.process = subprocess.Popen(
            [
                str(CUPSD),
                "-f",
                "-c",
                str(self.root / "cupsd.conf"),
                "-s",
                str(self.root / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"cupsd stopped: {self.log_tail()}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"cupsd did not listen on {self.address}: {self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        log = self.root / "log" / "error_log"
        if not log.exists():
            return ""
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [tool(args[0]) or args[0], "-h", self.address, *args[1:]],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if done.returncode:
            raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def add_queue(self, name: str, ppd_text: bytes, device: str) -> None:
        ppd = self.root / f"{name}.ppd"
        ppd.write_bytes(ppd_text)
        self.run("lpadmin", "-p", name, "-E", "-v", device, "-P", str(ppd))
        self.queues[name] = device

    def file_device(self, name: str) -> Path:
        path = self.root / "out" / f"{name}.prn"
        path.touch()
        os.chmod(path, 0o666)
        return path

    def wait_until_done(self, queue: str, timeout: float = 60) -> None:
        """Every job on ``queue`` printed; fails with cupsd's log if the queue stopped."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.run("lpstat", "-p", queue)
            if "disabled" in status:
                raise AssertionError(f"queue {queue} stopped:\n{self.log_tail()}")
            if not self.run("lpstat", "-o", queue).strip():
                return
            time.sleep(0.2)
        raise AssertionError(f"queue {queue} still busy after {timeout} s:\n{self.log_tail()}")

    def completed_jobs(self, queue: str) -> int:
        return len(self.run("lpstat", "-W", "completed", "-o", queue).splitlines())


def cups_pdf_output_dir() -> Path:
    """Where cups-pdf writes this user's jobs (its ``Out`` setting, ${HOME}/PDF by default)."""
    user = pwd.getpwuid(os.getuid())
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text().splitlines():
            if line.strip().startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def point_libcups_at(address: str | None) -> None:
    """libcups remembers its server per thread: tell it about ours (None: the default)."""
    name = ctypes.util.find_library("cups") or "libcups.so.2"
    lib = ctypes.CDLL(name)
    lib.cupsSetServer.argtypes = [ctypes.c_char_p]
    lib.cupsSetServer(address.encode() if address else None)


def start_server() -> CupsServer:
    server = CupsServer(Path(tempfile.mkdtemp(prefix="ld-cups-")), _free_port())
    server.start()
    return server
