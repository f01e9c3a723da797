"""The wire contract and the shared business rules, imported by both server and client."""
