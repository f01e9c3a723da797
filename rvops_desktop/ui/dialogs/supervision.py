"""The supervisor's dashboard (issue 16): each team's queue with how long each conversation has
waited (past the threshold in the alert colour) and whether the team is open now or when it opens
(its business hours), each agent's presence and load against their
capacity, and assigning a waiting conversation to an agent in one click. What it shows is decided
in models/supervision.py; this window only draws it, and follows the replica and the clock."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.wire import PresenceStatus, channel_name
from rvops_desktop.models.supervision import (
    NO_TEAM,
    OVERDUE_AFTER,
    Dashboard,
    Hours,
    candidates_for,
    dashboard,
)

from ..local_time import clock_time, day_and_month, local
from ..theme import colors

REFRESH_MS = 15_000   # waits shown to the minute: a quarter-minute tick is enough
ROLE = Qt.ItemDataRole.UserRole


def waited_text(waited: timedelta) -> str:
    minutes = int(waited.total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("SupervisionDialog", "under a minute")
    if minutes < 60:
        return QCoreApplication.translate("SupervisionDialog", "%1 min").replace("%1", str(minutes))
    return (QCoreApplication.translate("SupervisionDialog", "%1 h %2 min")
            .replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}"))


def hours_text(hours: Hours | None, now: datetime) -> str:
    """A team's hours now, in the computer's time: "" without hours (always open)."""
    if hours is None:
        return ""
    if hours.open:
        return QCoreApplication.translate("SupervisionDialog", "open now")
    if hours.opens_at is None:
        return QCoreApplication.translate("SupervisionDialog", "closed (no opening hours)")
    opens = local(hours.opens_at)
    when = clock_time(opens) if opens.date() == local(now).date() else f"{day_and_month(opens)} {clock_time(opens)}"
    return QCoreApplication.translate("SupervisionDialog", "closed, opens %1").replace("%1", when)


class SupervisionDialog(QDialog):
    openRequested = Signal(str)   # a waiting conversation, to open in the main window

    def __init__(self, store, actions, clock, parent: QWidget | None = None, *,
                 overdue_after: timedelta = OVERDUE_AFTER) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervision"))
        self.resize(1080, 560)
        self._store, self._actions, self._clock, self._overdue_after = store, actions, clock, overdue_after
        self.board: Dashboard | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("supervisionSummary")
        self.queues = QTreeWidget(self)
        self.queues.setObjectName("queues")
        self.queues.setAccessibleName(self.tr("Queues"))
        self.queues.setHeaderLabels([self.tr("Waiting"), self.tr("Channel"), self.tr("Waited")])
        self.queues.setColumnWidth(0, 300)
        self.queues.currentItemChanged.connect(lambda _c, _p: self._offer_agents())
        self.queues.itemActivated.connect(self._open)   # double-click or Enter
        self.agents = QTreeWidget(self)
        self.agents.setObjectName("agents")
        self.agents.setAccessibleName(self.tr("Agents"))
        self.agents.setRootIsDecorated(False)
        self.agents.setHeaderLabels([self.tr("Agent"), self.tr("Presence"), self.tr("Open / capacity")])
        self.agents.setColumnWidth(0, 170)
        self.agents.currentItemChanged.connect(lambda _c, _p: self._update_assign())
        self.agents.itemActivated.connect(lambda _i, _c: self.assign())   # double-click or Enter
        self.assign_button = QPushButton(self.tr("Assign"), self)
        self.assign_button.setObjectName("assign")
        self.assign_button.clicked.connect(self.assign)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Queues, longest wait first"), self))
        left.addWidget(self.queues, 1)
        right = QVBoxLayout()
        self.agents_label = QLabel(self.tr("Agents"), self)
        right.addWidget(self.agents_label)
        right.addWidget(self.agents, 1)
        right.addWidget(self.assign_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        layout.addWidget(self.said)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()
        self.queues.setFocus()   # the longest wait is chosen: Tab goes on to the agents, Enter assigns

    # ---- following the replica and the clock -----------------------------------------------------
    def replica_changed(self, change) -> None:
        if change.full or change.touched("conversations") or change.touched("users") or change.touched("presence") \
                or change.touched("teams"):
            self.refresh()

    def refresh(self) -> None:
        chosen = self.waiting_id()
        agent = self.agent_id()
        now = self._clock.now()
        self.board = board = dashboard(self._store, now, overdue_after=self._overdue_after,
                                       no_team_name=self.tr("No team"))
        overdue = sum(q.overdue for q in board.queues)
        minutes = int(self._overdue_after.total_seconds() // 60)
        self.summary.setText(self.tr("%1 waiting · %2 over %3 min · %4 of %5 agents online")
                             .replace("%1", str(board.waiting)).replace("%2", str(overdue))
                             .replace("%3", str(minutes))
                             .replace("%4", str(sum(1 for a in board.agents if a.presence == PresenceStatus.ONLINE)))
                             .replace("%5", str(len(board.agents))))
        alert = QBrush(colors().danger)
        self.queues.blockSignals(True)
        self.queues.clear()
        current = None
        for queue in board.queues:
            title = self.tr("%1 — %2 waiting").replace("%1", queue.name).replace("%2", str(len(queue.waiting)))
            hours = hours_text(queue.hours, now)
            team = QTreeWidgetItem(self.queues, [f"{title} · {hours}" if hours else title,
                                                 "", waited_text(queue.longest) if queue.waiting else ""])
            team.setToolTip(0, hours)
            team.setData(0, ROLE, ("team", queue.team_id))
            bold = QFont(team.font(0))
            bold.setBold(True)
            team.setFont(0, bold)
            team.setFlags(team.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for w in queue.waiting:
                item = QTreeWidgetItem(team, [w.contact_name, channel_name(w.channel),
                                              waited_text(w.waited)])
                item.setData(0, ROLE, ("waiting", w.conversation_id))
                item.setToolTip(0, w.preview)
                if w.overdue:
                    for column in range(3):
                        item.setForeground(column, alert)
                    item.setData(2, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("waiting too long"))
                if w.conversation_id == chosen:
                    current = item
            team.setExpanded(True)
        if current is None:   # the longest wait of all, ready to be assigned
            current = next((self.queues.topLevelItem(i).child(0) for i in range(self.queues.topLevelItemCount())
                            if self.queues.topLevelItem(i).childCount()), None)
        if current is not None:
            self.queues.setCurrentItem(current)
        self.queues.blockSignals(False)
        self._offer_agents(agent)

    def _queue_of(self, conversation_id: str | None):
        if self.board is None or conversation_id is None:
            return None
        return next((q for q in self.board.queues if any(w.conversation_id == conversation_id for w in q.waiting)),
                    None)

    def _offer_agents(self, keep: str | None = None) -> None:
        """The agents of the chosen conversation's team, those who may take one first; all agents
        when nothing waits."""
        keep = keep or self.agent_id()
        board, queue = self.board, self._queue_of(self.waiting_id())
        if board is None:
            return
        agents = candidates_for(board, queue) if queue is not None else list(board.agents)
        self.agents_label.setText(self.tr("Agents of %1").replace("%1", queue.name) if queue is not None and
                                  queue.team_id != NO_TEAM else self.tr("Agents"))
        presence = {"online": self.tr("Online"), "away": self.tr("Away"), "offline": self.tr("Offline")}
        muted = QBrush(colors().muted)
        self.agents.blockSignals(True)
        self.agents.clear()
        for agent in agents:
            load = f"{agent.open} / {agent.capacity}" if agent.capacity is not None else \
                self.tr("%1 / no limit").replace("%1", str(agent.open))
            if not agent.has_room:
                load += " · " + self.tr("full")
            item = QTreeWidgetItem(self.agents, [agent.name, presence.get(agent.presence, agent.presence), load])
            item.setData(0, ROLE, agent.user_id)
            if not agent.may_take:
                for column in range(3):
                    item.setForeground(column, muted)
            if agent.user_id == keep:
                self.agents.setCurrentItem(item)
        if self.agents.currentItem() is None and self.agents.topLevelItemCount():
            self.agents.setCurrentItem(self.agents.topLevelItem(0))
        self.agents.blockSignals(False)
        for column in (1, 2):
            self.agents.resizeColumnToContents(column)
        self._update_assign()

    def _update_assign(self) -> None:
        conversation_id, agent = self.waiting_id(), self.agents.currentItem()
        self.assign_button.setEnabled(conversation_id is not None and agent is not None)
        self.assign_button.setText(self.tr("Assign to %1").replace("%1", agent.text(0)) if agent is not None
                                   and conversation_id is not None else self.tr("Assign"))

    # ---- what the supervisor does ----------------------------------------------------------------
    def waiting_id(self) -> str | None:
        item = self.queues.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data[1] if data and data[0] == "waiting" else None

    def agent_id(self) -> str | None:
        item = self.agents.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def assign(self) -> None:
        """The chosen conversation to the chosen agent (a transfer from the queue: it is theirs at
        once, and the server's word decides if someone claimed it first)."""
        conversation_id, agent_id = self.waiting_id(), self.agent_id()
        if conversation_id is None or agent_id is None:
            return
        name = self.agents.currentItem().text(0)
        contact = self.queues.currentItem().text(0)
        self._actions.transfer(conversation_id, to_user_id=agent_id)
        self.said.setText(self.tr("%1 assigned to %2.").replace("%1", contact).replace("%2", name))
        self.refresh()

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ROLE)
        if data and data[0] == "waiting":
            self.openRequested.emit(data[1])
