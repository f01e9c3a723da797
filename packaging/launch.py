"""The frozen app's entry point: what the `rvops-desktop` console script runs."""
from rvops_desktop.app import entry

if __name__ == "__main__":
    entry()
