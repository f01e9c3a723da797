"""A local stand-in of Meta's Graph API (WhatsApp Cloud API, Instagram Messaging) and a customer
simulator, for the demo and the integration tests. Never used by production."""
