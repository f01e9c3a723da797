"""The frozen app's entry point: what the `rvops-desktop` console script runs."""
import sys

from rvops_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
