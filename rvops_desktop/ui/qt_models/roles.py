"""Item data roles shared by the Qt models and their delegates."""
from __future__ import annotations

from PySide6.QtCore import Qt

USER = int(Qt.ItemDataRole.UserRole)
ROW = USER + 1  # the whole row object (ConversationSummary / Message)
ID = USER + 2
UNREAD = USER + 3
CHANNEL = USER + 4
WINDOW = USER + 5  # rvops_contract.window.WindowState
ASSIGNEE_NAME = USER + 6
COUNT = USER + 7  # views model: unread conversations in the view
VIEW = USER + 8  # views model: the rvops_desktop.models.View
REPLY = USER + 9  # thread model: the message replied to, if loaded
AUTHOR_NAME = USER + 10
WAITING = USER + 11  # inbox model: "waiting 12 min" while the customer waits for an agent, else ""
