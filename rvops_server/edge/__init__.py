"""What every edge of the server shares: the HTTP api, the channel gateways and webchat.

Request dependencies (the services, the signed-in agent, the language), the error bodies, the
server secret and the signed public links to stored files. The edges are independent of each
other: what two of them need lives here, one layer down; below it is the domain
(docs/architecture.md, the `layers` contract in pyproject.toml).
"""
