"""What the runtime dependencies import by name at run time, where PyInstaller's analysis
cannot see it, and what the bundle does about each place.

PyInstaller follows ``import`` statements. A module named in a string — ``__import__``,
``importlib.import_module``, or ``exec("from X import Y")`` — is invisible to it and is
missing from the bundle unless the spec names it. SITES lists every such call in the
third-party modules the program loads (found by tests/packaging/test_dynamic_imports.py,
which reads their source and fails on a call not listed here), each with its decision:
the modules to bundle, or why none are needed. packaging/secdesk.spec bundles
HIDDEN_IMPORTS; the smoke test then runs one of each kind of work in the bundle.
"""

from __future__ import annotations

from typing import NamedTuple


class Site(NamedTuple):
    """A dynamic import in a dependency: the file, the call as written, what it imports,
    and the modules the bundle must carry for it (empty with the reason when none)."""

    file: str
    call: str
    imports: str
    bundle: tuple[str, ...]
    reason: str = ""


# The symbologies ReportLab's barcode widgets import by module name (widgets.py, _BCW):
# reportlab.graphics.barcode imports widgets.py, so even the QR code of the quarterly
# register needs all of them at import time.
BARCODE_SYMBOLOGIES = tuple(f"reportlab.graphics.barcode.{m}" for m in (
    "common", "code128", "code93", "code39", "usps", "usps4s", "ecc200datamatrix"))

SITES = (
    Site("reportlab/graphics/barcode/widgets.py", "rl_exec(code, ns)",
         "from <symbology module> import <class>, for each barcode widget", BARCODE_SYMBOLOGIES),
    Site("reportlab/rl_config.py", "rl_exec('from reportlab.rl_settings import *', {}, _DEFAULTS)",
         "ReportLab's default settings", ("reportlab.rl_settings",)),
    Site("reportlab/rl_config.py", "rl_exec('from reportlab.local_rl_settings import *', {}, _overrides)",
         "a site's optional overrides", (),
         "optional (ImportError ignored); the product runs on ReportLab's defaults"),
    Site("reportlab/rl_config.py", "rl_exec('from reportlab_settings import *', {}, _overrides)",
         "a user's optional overrides", (),
         "optional (ImportError ignored); nothing of the target PC may change the prints"),
    Site("reportlab/rl_config.py", "rl_exec(f.read(), {}, _overrides)",
         "~/.reportlab_settings, read as Python", (),
         "imports nothing; the file does not exist on the target PC"),
    Site("reportlab/lib/rl_accel.py", "exec('from _rl_accel import %s as f' % fn, D)",
         "the optional C accelerator _rl_accel", (),
         "not installed with ReportLab 5 (pure-Python fallbacks are used, ImportError ignored)"),
    Site("reportlab/lib/utils.py", "importlib.import_module(modulename)",
         "recursiveImport: platypus figures loaded from a user's module", (),
         "not reached: secdesk uses no FlexFigure/ImageFigure loaded by name"),
    Site("reportlab/lib/utils.py", "importlib_util.spec_from_file_location(name, path)",
         "rl_get_module: a module file from a folder", (),
         "not reached: used by ReportLab's demos and tools only"),
    Site("reportlab/lib/utils.py", "__import__(k)",
         "DebugMemo: versions of loaded modules for a crash report", (),
         "not reached: secdesk writes its own error log"),
    Site("reportlab/lib/utils.py", "__import__(mn)",
         "DebugMemo: which C extensions are present", (),
         "not reached: secdesk writes its own error log"),
    Site("reportlab/pdfgen/textobject.py", "exec(f\"class {klassName}(klass,BidiStr)",
         "defines a class", (), "imports nothing"),
    Site("reportlab/pdfgen/textobject.py", "exec(f\"class {klassName}(klass,BidiList)",
         "defines a class", (), "imports nothing"),
    Site("reportlab/graphics/utils.py", "rl_exec(code, dict(RenderPMError=RenderPMError))",
         "raises RenderPMError", (), "imports nothing"),
    Site("PIL/Image.py", "__import__(f'{__spec__.parent}.{plugin}', globals(), locals(), [])",
         "Pillow's image format plugins (preinit and init)", (),
         "PyInstaller's hook-PIL.Image collects every *ImagePlugin; ReportLab reads no image "
         "in secdesk's prints"),
)

HIDDEN_IMPORTS = sorted({module for site in SITES for module in site.bundle})

# Files that install or develop the program but never ship (the editable install's
# finder, setuptools' distutils shim): their dynamic imports are not the bundle's concern.
NOT_SHIPPED = ("__editable__", "_distutils_hack/", "setuptools/", "pkg_resources/")
