"""The chatbot (issue 18 #3): it greets a new conversation, asks where it should go and routes it.

When a customer's message opens a conversation on a channel whose bot is enabled, the bot holds
it (`conversations.bot_status = "active"`; the router leaves it alone) and sends the greeting and
its menu natively (WhatsApp buttons or list, Instagram quick replies, webchat buttons) through the
durable send queue. The customer's answers come back through `ingest`; a valid choice sends the
conversation to the option's team, whose distribution method then applies. The state of each
held conversation is a row (`chatbot_sessions`), also the durable job of its answer timeout.

One step, one small object (steps.py); `Chatbot` (engine.py) is the entry point.
"""
from rvops_server.chatbot.engine import Chatbot

__all__ = ["Chatbot"]
