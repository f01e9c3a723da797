"""Rvops distribution server: channel gateways, distribution, storage and the agents API."""
