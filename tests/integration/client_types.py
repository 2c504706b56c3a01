"""Lets this Python process (the UNO client) know Huibao's own UNO types.

A client bridge that receives a type it has no description of (an
org.huibao.XEngine reference, say) drops the connection. Python-UNO reads its
types from the UNO_TYPES bootstrap variable when `uno` is first imported, so
this module must be imported before `uno` and `office`: it puts the
huibao.rdb of $HUIBAO_OXT next to LibreOffice's own type libraries for this
process only.
"""

import atexit
import os
import shutil
import sys
import tempfile
import zipfile

PROGRAM = "/usr/lib/libreoffice/program"

if "uno" in sys.modules:
    raise RuntimeError("import client_types before uno/office")

_oxt = os.environ.get("HUIBAO_OXT")
if _oxt and os.path.exists(_oxt):
    _dir = tempfile.mkdtemp(prefix="huibao-types-")
    atexit.register(shutil.rmtree, _dir, True)
    with zipfile.ZipFile(_oxt) as package:
        package.extract("huibao.rdb", _dir)
    os.environ["UNO_TYPES"] = " ".join(
        "file://" + path for path in (f"{PROGRAM}/types.rdb", f"{PROGRAM}/types/offapi.rdb",
                                      os.path.join(_dir, "huibao.rdb")))
    try:
        import uno  # noqa: F401  (reads UNO_TYPES once, now)
    finally:
        # soffice and unopkg started by the tests must not inherit it.
        del os.environ["UNO_TYPES"]
