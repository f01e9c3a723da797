"""Rvops Desktop: the agent workstation client."""
