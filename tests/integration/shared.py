"""One soffice per test module, shared by all of its tests.

A test module takes the shared set-up by importing it:

    from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

unittest then starts one Office (tests.integration.office) before the
module's first test and always stops it after the last one; in between,
`office` stands for that Office (office.load(...), office.dispatch(...)).
A module that needs more before its tests defines its own setUpModule and
calls office.start() first, which returns the running Office.
"""

from tests.integration.office import Office


class SharedOffice:
    """Stands for the Office of the test module that is running."""

    def __init__(self):
        self._office = None

    def start(self, **options):
        if self._office is None:
            office = Office(**options)
            office.__enter__()
            self._office = office
        return self._office

    def stop(self):
        office, self._office = self._office, None
        if office is not None:
            office.__exit__(None, None, None)

    def __getattr__(self, name):
        if self._office is None:
            raise RuntimeError(f"office.{name}: no Office running (setUpModule did not run)")
        return getattr(self._office, name)


office = SharedOffice()


def setUpModule():
    office.start()


def tearDownModule():
    office.stop()
