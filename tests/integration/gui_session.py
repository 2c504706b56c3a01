"""The real GUI Calc under a private Xvfb, for tests that look at the UI.

Xvfb and soffice always end: on leaving the `with` block, and — if a UNO call
blocks (a modal dialog nobody can close) — when the watchdog fires, which
takes a screenshot of the stuck screen first and then kills both, so the
blocked call fails with a disposed bridge instead of hanging the test run.
"""

import contextlib
import os
import signal
import subprocess
import threading
import time

from tests.integration.office import Office

XVFB_START_TIMEOUT = 15


def screenshot_dir():
    build = os.environ.get("HUIBAO_BUILD_DIR") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "build")
    path = os.path.join(build, "screenshots")
    os.makedirs(path, exist_ok=True)
    return path


def _free_display():
    for number in range(91, 200):
        if not (os.path.exists(f"/tmp/.X11-unix/X{number}") or os.path.exists(f"/tmp/.X{number}-lock")):
            return number
    raise RuntimeError("no free X display number between :91 and :199")


class GuiSession:
    """Xvfb + a GUI soffice with huibao.oxt; `budget` seconds in all."""

    def __init__(self, locale="zh-CN", budget=420, width=1600, height=1000):
        self.locale = locale
        self.budget = budget
        self.size = (width, height)
        self.xvfb = None
        self.office = None
        self.display = None
        self.timed_out = False
        self._watchdog = None

    def __enter__(self):
        try:
            self._start_xvfb()
            self._watchdog = threading.Timer(self.budget, self._expire)
            self._watchdog.daemon = True
            self._watchdog.start()
            self.office = Office(locale=self.locale, headless=False, display=self.display)
            self.office.__enter__()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        if self._watchdog:
            self._watchdog.cancel()
        if self.office is not None:
            with contextlib.suppress(Exception):
                self.office.__exit__(None, None, None)
            self.office = None
        if self.xvfb is not None:
            with contextlib.suppress(ProcessLookupError):
                self.xvfb.kill()
            with contextlib.suppress(Exception):
                self.xvfb.wait(timeout=10)
            self.xvfb = None

    def _start_xvfb(self):
        for _ in range(5):
            number = _free_display()
            self.xvfb = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", f"{self.size[0]}x{self.size[1]}x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            deadline = time.monotonic() + XVFB_START_TIMEOUT
            while time.monotonic() < deadline:
                if self.xvfb.poll() is not None:
                    break       # lost the race for this display: try another
                if os.path.exists(f"/tmp/.X11-unix/X{number}"):
                    self.display = f":{number}"
                    return
                time.sleep(0.1)
            with contextlib.suppress(ProcessLookupError):
                self.xvfb.kill()
            self.xvfb.wait(timeout=10)
        raise RuntimeError("Xvfb did not start")

    def _expire(self):
        self.timed_out = True
        with contextlib.suppress(Exception):
            self.screenshot("timeout")
        if self.office is not None and self.office.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.office.process.pid, signal.SIGKILL)
        if self.xvfb is not None:
            with contextlib.suppress(ProcessLookupError):
                self.xvfb.kill()

    def screenshot(self, name):
        path = os.path.join(screenshot_dir(), f"{name}.png")
        subprocess.run(["import", "-display", self.display, "-window", "root", path],
                       check=True, timeout=30, capture_output=True)
        return path


def wait_until(predicate, timeout, what, interval=0.2):
    """Polls predicate until it is truthy; fails loudly on time-out."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")
