# The bundle's entry script: PyInstaller runs this file as __main__. It only calls
# secdesk.__main__.main(), so the package is imported normally (as "secdesk.…") and the
# modules inside secdesk/ never shadow top-level names during the analysis.
import sys

from secdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
