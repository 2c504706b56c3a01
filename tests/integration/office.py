"""The LibreOffice driver of the tests, the samples and the benchmark.

Office starts a private soffice (its own user profile under /tmp), installs
the built huibao.oxt into that profile (unless install=False), connects over
a pipe and always shuts it down again; convert() runs a one-off
`soffice --convert-to` in a throwaway profile. Run with Debian's
/usr/bin/python3 (it has the uno module).

unopkg refuses to run as root without --shared, and CI runs as root: the
package is installed as the unprivileged user `nobody` into a profile that
user owns; soffice itself may then run as root on that profile.
"""

import contextlib
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = "/usr/lib/libreoffice/program/soffice"
UNOPKG = "/usr/lib/libreoffice/program/unopkg"
START_TIMEOUT = 90      # seconds until soffice answers on the pipe
INSTALL_TIMEOUT = 180   # seconds for unopkg add


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _xcu_item(path, name, value):
    return (f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
            f'<value>{value}</value></prop></item>\n')


def _locale_xcu(locale):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + _xcu_item("/org.openoffice.Setup/L10N", "ooLocale", locale)
            + _xcu_item("/org.openoffice.Setup/L10N", "ooSetupSystemLocale", locale)
            + _xcu_item("/org.openoffice.Office.Common/Misc", "FirstRun", "false")
            + _xcu_item("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false")
            + "</oor:items>\n")


class Office:
    """One soffice process with Huibao installed in a private profile."""

    def __init__(self, oxt=None, locale="en-US", headless=True, display=None, install=True):
        self.install = install
        self.oxt = oxt or os.environ.get("HUIBAO_OXT")
        if install and (not self.oxt or not os.path.exists(self.oxt)):
            raise RuntimeError(f"huibao.oxt not found ({self.oxt!r}); set HUIBAO_OXT")
        self.locale = locale
        self.headless = headless
        self.display = display
        self.process = None
        self.root = None
        self.ctx = None
        self.desktop = None

    # -- lifecycle ---------------------------------------------------------
    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        self.root = tempfile.mkdtemp(prefix="huibao-office-")
        os.chmod(self.root, 0o777)
        self.profile = os.path.join(self.root, "profile")
        self.home = os.path.join(self.root, "home")
        os.makedirs(os.path.join(self.profile, "user"))
        os.makedirs(self.home)
        with open(os.path.join(self.profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(_locale_xcu(self.locale))
        if self.install:
            oxt = os.path.join(self.root, "huibao.oxt")
            shutil.copy(self.oxt, oxt)
            self._install(oxt)
            # unopkg's first start resets the UI locale: set it again afterwards.
            self._set_locale()
        self._launch()

    def _profile_url(self):
        return "file://" + self.profile

    def _install(self, oxt):
        env = dict(os.environ, HOME=self.home)
        cmd = [UNOPKG, "add", "--suppress-license", oxt,
               f"-env:UserInstallation={self._profile_url()}"]
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            for dirpath, dirnames, filenames in os.walk(self.root):
                for name in dirnames + filenames + [""]:
                    os.chown(os.path.join(dirpath, name), nobody.pw_uid, nobody.pw_gid)
            cmd = ["runuser", "-u", "nobody", "--", "env", f"HOME={self.home}"] + cmd
        result = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                timeout=INSTALL_TIMEOUT)
        if result.returncode != 0:
            raise RuntimeError(f"unopkg add failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}")

    def _set_locale(self):
        path = os.path.join(self.profile, "user", "registrymodifications.xcu")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale".*?</item>\n?',
                      "", text)
        # The UI language is chosen from Linguistic/General/UILocale at start-up.
        item = ('<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">'
                f'<value>{self.locale}</value></prop></item>\n'
                '<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" '
                f'oor:op="fuse"><value>{self.locale}</value></prop></item>\n')
        text = text.replace("</oor:items>", item + "</oor:items>")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def _launch(self):
        self.pipe = f"huibao-{os.getpid()}-{int(time.time() * 1000)}"
        lock = os.path.join(self.profile, ".lock")
        if os.path.exists(lock):
            os.remove(lock)
        args = [SOFFICE, "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                f"-env:UserInstallation={self._profile_url()}",
                f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"]
        if self.headless:
            args[1:1] = ["--headless", "--invisible"]
        env = dict(os.environ, HOME=self.home, SAL_USE_VCLPLUGIN="gen" if not self.headless else "svp")
        if self.display:
            env["DISPLAY"] = self.display
        self.log = open(os.path.join(self.root, "soffice.log"), "w")
        self.process = subprocess.Popen(args, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"soffice exited early with {self.process.returncode}: "
                                   f"{self.soffice_log()}")
            try:
                self.ctx = resolver.resolve(
                    f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise RuntimeError("soffice did not answer within "
                                       f"{START_TIMEOUT}s: {self.soffice_log()}")
                time.sleep(0.25)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.create("com.sun.star.frame.Desktop")

    def soffice_log(self, tail=4000):
        """The end of soffice's output (all of it with tail=None)."""
        try:
            with open(os.path.join(self.root, "soffice.log")) as f:
                text = f.read()
                return text if tail is None else text[-tail:]
        except OSError:
            return ""

    def stop(self):
        if self.desktop is not None:
            with contextlib.suppress(Exception):
                components = self.desktop.getComponents().createEnumeration()
                while components.hasMoreElements():
                    with contextlib.suppress(Exception):
                        components.nextElement().close(True)
            with contextlib.suppress(Exception):
                self.desktop.terminate()
            self.desktop = None
        if self.process is not None:
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
            self.process = None
        if getattr(self, "log", None) is not None:
            self.log.close()
            self.log = None
        if self.root and not os.environ.get("HUIBAO_KEEP_PROFILE"):
            shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    # -- helpers -----------------------------------------------------------
    def create(self, service):
        return self.smgr.createInstanceWithContext(service, self.ctx)

    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 (prop("Hidden", True),))

    def load(self, path, hidden=True):
        """Loads a copy of path (a stale lock file beside the original would
        make a headless load return nothing)."""
        copy_dir = tempfile.mkdtemp(prefix="doc-", dir=self.root)
        copy = os.path.join(copy_dir, os.path.basename(path))
        shutil.copy(path, copy)
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), "_blank", 0,
                                                (prop("Hidden", hidden),))
        if doc is None:
            raise RuntimeError(f"LibreOffice could not load {path}")
        return doc

    def dispatch(self, doc, command, *args):
        helper = self.create("com.sun.star.frame.DispatchHelper")
        frame = doc.getCurrentController().getFrame()
        return helper.executeDispatch(frame, command, "", 0, tuple(args))


def convert(paths, outdir, to="ods", timeout=3600):
    """Converts files with `soffice --convert-to <to>` in a throwaway profile;
    returns the paths written to outdir."""
    profile = tempfile.mkdtemp(prefix="huibao-convert-profile-")
    try:
        cmd = [SOFFICE, "--headless", "--norestore", "-env:UserInstallation=file://" + profile,
               "--convert-to", to, "--outdir", outdir] + list(paths)
        res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        written = [os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + "." + to) for p in paths]
        for path in written:
            if not os.path.exists(path):
                raise RuntimeError("soffice did not write %s: %s %s" % (path, res.stdout.decode(errors="replace"),
                                                                        res.stderr.decode(errors="replace")))
        return written
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main_guard(run):
    """Runs a test main so that soffice never outlives a failing test."""
    try:
        sys.exit(run())
    except KeyboardInterrupt:
        sys.exit(130)
