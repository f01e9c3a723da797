"""The filters above the conversation list: unread only, channel, team, waiting longer than N
minutes, a label (the labels in use, read when the list opens), and the view's sort. The state is `rvops_desktop.models.InboxFilters` (plain Python);
this widget only lays the controls out, writes the agent's choices into it and shows what it
holds."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QSizePolicy, QWidget

from rvops_contract.wire import channel_name
from rvops_desktop.models import InboxFilters, Sort, View
from rvops_desktop.models.inbox_filter import CHANNELS, WAITING_CHOICES_MIN


class _LabelCombo(QComboBox):
    """Its choices are the labels in use when the agent opens it (they come and go with the inbox)."""

    def __init__(self, labels_in_use, parent: QWidget) -> None:
        super().__init__(parent)
        self._labels_in_use = labels_in_use

    def refresh(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for label in sorted(set(self._labels_in_use()) | ({current} if current else set())):
            self.addItem(f"#{label}", label)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.refresh()
        super().showPopup()


class InboxFilterBar(QWidget):
    def __init__(self, filters: InboxFilters, teams: list[tuple[str, str]], parent: QWidget | None = None,
                 labels_in_use=list) -> None:
        super().__init__(parent)
        self.setObjectName("inboxFilterBar")
        self.filters = filters
        self._view = View.mine()
        self.unread = QCheckBox(self.tr("&Unread"), self)  # Alt+U
        self.unread.setObjectName("filterUnread")
        self.unread.setAccessibleName(self.tr("Only unread conversations"))
        self.unread.setToolTip(self.tr("Show only conversations with unread messages"))
        self.channel = self._combo("filterChannel", self.tr("Channel"),
                                   [(self.tr("All channels"), None)] + [(channel_name(c), str(c)) for c in CHANNELS])
        self.team = self._combo("filterTeam", self.tr("Team"),
                                [(self.tr("All teams"), None)] + [(name, team_id) for team_id, name in teams])
        self.waiting = self._combo("filterWaiting", self.tr("Waiting longer than"),
                                   [(self.tr("Any wait"), None)]
                                   + [(self.tr("Wait > %1 min").replace("%1", str(m)), m) for m in WAITING_CHOICES_MIN])
        self.waiting.setToolTip(self.tr("Only customers waiting in the queue for an agent longer than this"))
        self.label = self._combo("filterLabel", self.tr("Label"), [(self.tr("All labels"), None)],
                                 _LabelCombo(labels_in_use, self))
        self.label.setToolTip(self.tr("Only conversations with this label"))
        self.sort = self._combo("filterSort", self.tr("Sort"),
                                [(self.tr("Newest activity"), Sort.NEWEST_ACTIVITY),
                                 (self.tr("Longest waiting"), Sort.OLDEST_WAITING)])
        self.sort.setToolTip(self.tr("Order of this list"))
        # The combo boxes two by two (the list column is narrow); the unread check box goes in the
        # list's title row (`title_controls`), beside the view's name.
        self.title_controls = [self.unread]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.channel, 0, 0)
        grid.addWidget(self.team, 0, 1)
        grid.addWidget(self.waiting, 1, 0)
        grid.addWidget(self.sort, 1, 1)
        grid.addWidget(self.label, 2, 0, 1, 2)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        self.unread.toggled.connect(filters.set_unread_only)
        self.channel.currentIndexChanged.connect(lambda _i: filters.set_channel(self.channel.currentData()))
        self.team.currentIndexChanged.connect(lambda _i: filters.set_team(self.team.currentData()))
        self.waiting.currentIndexChanged.connect(lambda _i: filters.set_waiting_over(self.waiting.currentData()))
        self.label.currentIndexChanged.connect(lambda _i: filters.set_label(self.label.currentData()))
        self.sort.currentIndexChanged.connect(lambda _i: filters.set_sort(self._view, self.sort.currentData()))
        filters.events.connect(self._show)
        self.destroyed.connect(lambda *_: filters.events.disconnect(self._show))
        self._show()

    def _combo(self, name: str, accessible: str, choices: list[tuple[str, object]],
               combo: QComboBox | None = None) -> QComboBox:
        combo = combo if combo is not None else QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for text, data in choices:
            combo.addItem(text, data)
        return combo

    def set_view(self, view: View) -> None:
        """The list now shows `view`: the sort box shows that view's order."""
        self._view = view
        self._show()

    def _show(self, _event=None) -> None:
        """Every control as the model holds it (without echoing back into the model)."""
        rule = self.filters.filter
        if rule.label is not None and self.label.findData(rule.label) < 0:
            self.label.refresh()
        for control, value in ((self.unread, rule.unread_only), (self.label, rule.label), (self.channel, rule.channel),
                               (self.team, rule.team_id), (self.waiting, rule.waiting_over_min),
                               (self.sort, self.filters.sort_for(self._view))):
            control.blockSignals(True)
            if isinstance(control, QCheckBox):
                control.setChecked(value)
            else:
                control.setCurrentIndex(max(0, control.findData(value)))
            control.blockSignals(False)
