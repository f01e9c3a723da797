"""Settings ▸ Chatbot (issue 18 #3; manage distribution): per channel, the greeting, the menu and
where each option routes (a team, after asking for a contact property if chosen), business hours
with the out-of-hours message, and the fallback. The form is checked against Meta's limits as it is
filled (models/chatbot_form.py, the contract's rule) and saved with set_chatbot."""
from __future__ import annotations

import asyncio

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.wire import CHANNEL_NAMES, MutationType
from rvops_desktop.models.chatbot_form import ChatbotForm, OptionRow, build
from rvops_desktop.sync.administration import AdminRefused

from .settings_common import Verdict


class ChatbotPage(QWidget):
    def __init__(self, store, run, administration, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._run, self._admin, self._lang = store, run, administration, language
        self._configs: dict[str, dict | None] = {}
        self._ids: list[str] = []   # the options' ids as loaded (kept for menus already sent)
        self.channel = QComboBox(self)
        self.channel.setObjectName("chatbotChannel")
        for channel, name in CHANNEL_NAMES.items():
            self.channel.addItem(name, channel.value)
        self.channel.currentIndexChanged.connect(lambda _i: self._show(self._configs.get(self.channel_value())))
        self.enabled = QCheckBox(self.tr("The chatbot answers new conversations on this channel"), self)
        self.greeting = QPlainTextEdit(self)
        self.greeting.setFixedHeight(54)
        self.greeting.setPlaceholderText(self.tr("Hello! I am Rvops' assistant."))
        self.prompt = QLineEdit(self)
        self.prompt.setPlaceholderText(self.tr("How can we help?"))
        self.options = QTableWidget(0, 4, self)
        self.options.setObjectName("chatbotOptions")
        self.options.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Goes to"), self.tr("Asks first for"),
                                                self.tr("Question")])
        self.options.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.options.verticalHeader().hide()
        self.options.setMinimumHeight(140)
        self.add_button = QPushButton(self.tr("Add option"), self)
        self.remove_button = QPushButton(self.tr("Remove option"), self)
        self.add_button.clicked.connect(lambda: self.add_option(OptionRow("")))
        self.remove_button.clicked.connect(self._remove_option)
        self.fallback_team = QComboBox(self)
        self.after_answers = QSpinBox(self)
        self.after_answers.setRange(1, 10)
        self.after_minutes = QSpinBox(self)
        self.after_minutes.setRange(1, 24 * 60)
        self.after_minutes.setSuffix(" min")
        self.hours_on = QCheckBox(self.tr("Only during business hours"), self)
        self.weekday_start, self.weekday_end = QTimeEdit(self), QTimeEdit(self)
        self.saturday_on = QCheckBox(self.tr("Saturday"), self)
        self.saturday_start, self.saturday_end = QTimeEdit(self), QTimeEdit(self)
        self.out_of_hours = QLineEdit(self)
        self.out_of_hours.setPlaceholderText(self.tr("We are closed now; we answer from 8:00."))
        self.verdict = Verdict(self)
        self.verdict.setObjectName("chatbotVerdict")
        self.save_button = QPushButton(self.tr("&Save chatbot"), self)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Greeting"), self.greeting)
        form.addRow(self.tr("Menu question"), self.prompt)
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(self.add_button)
        option_buttons.addWidget(self.remove_button)
        option_buttons.addStretch(1)
        fallback = QGroupBox(self.tr("When the customer does not choose"), self)
        fallback_form = QFormLayout(fallback)
        fallback_form.addRow(self.tr("Send to"), self.fallback_team)
        fallback_form.addRow(self.tr("After unrecognised answers"), self.after_answers)
        fallback_form.addRow(self.tr("Or after no answer for"), self.after_minutes)
        hours = QGroupBox(self.tr("Business hours"), self)
        hours_form = QFormLayout(hours)
        hours_form.addRow("", self.hours_on)
        weekday = QHBoxLayout()
        weekday.addWidget(self.weekday_start)
        weekday.addWidget(self.weekday_end)
        hours_form.addRow(self.tr("Monday to Friday"), weekday)
        saturday = QHBoxLayout()
        saturday.addWidget(self.saturday_on)
        saturday.addWidget(self.saturday_start)
        saturday.addWidget(self.saturday_end)
        hours_form.addRow("", saturday)
        hours_form.addRow(self.tr("Out of hours"), self.out_of_hours)
        groups = QHBoxLayout()
        groups.addWidget(fallback)
        groups.addWidget(hours)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.options, 1)
        layout.addLayout(option_buttons)
        layout.addLayout(groups)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        for signal in (self.greeting.textChanged, self.prompt.textChanged, self.options.itemChanged,
                       self.hours_on.toggled, self.out_of_hours.textChanged, self.enabled.toggled):
            signal.connect(self.check)
        self._show(None)
        self.loading = asyncio.ensure_future(self.load())

    # ---- reading ---------------------------------------------------------------------------------
    def channel_value(self) -> str:
        return self.channel.currentData() or "whatsapp"

    def _teams(self) -> list[tuple[str, str | None]]:
        return [(self.tr("The workspace's queue"), None)] + [(t.name or t.id, t.id) for t in self._store.teams()]

    def _properties(self) -> list[tuple[str, str | None]]:
        return [(self.tr("Nothing"), None), (self.tr("E-mail"), "email"), (self.tr("Name"), "name")] + [
            (spec.label, spec.key) for spec in self._store.property_definitions()]

    async def load(self) -> None:
        """The configurations as the server keeps them (Settings need the connection)."""
        try:
            self._configs = await self._admin.chatbots()
        except AdminRefused as exc:
            self.verdict.refused(exc)
            return
        self._show(self._configs.get(self.channel_value()))

    def _show(self, config: dict | None) -> None:
        form = ChatbotForm.of(config)
        self.enabled.setChecked(form.enabled)
        self.greeting.setPlainText(form.greeting)
        self.prompt.setText(form.prompt)
        self.options.setRowCount(0)
        self._ids = []
        for row in form.options:
            self.add_option(row)
        self._fill(self.fallback_team, self._teams(), form.fallback_team_id)
        self.after_answers.setValue(form.after_invalid_answers)
        self.after_minutes.setValue(form.after_minutes)
        self.hours_on.setChecked(form.hours_on)
        self.weekday_start.setTime(QTime.fromString(form.weekday_hours[0], "HH:mm"))
        self.weekday_end.setTime(QTime.fromString(form.weekday_hours[1], "HH:mm"))
        self.saturday_on.setChecked(form.saturday_hours is not None)
        saturday = form.saturday_hours or ("09:00", "13:00")
        self.saturday_start.setTime(QTime.fromString(saturday[0], "HH:mm"))
        self.saturday_end.setTime(QTime.fromString(saturday[1], "HH:mm"))
        self.out_of_hours.setText(form.out_of_hours_message)
        self.check()

    @staticmethod
    def _fill(combo: QComboBox, choices, current) -> None:
        combo.clear()
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def add_option(self, row: OptionRow) -> None:
        n = self.options.rowCount()
        self.options.blockSignals(True)   # the row is checked once whole
        self.options.insertRow(n)
        self._ids.append(row.id)
        self.options.setItem(n, 0, QTableWidgetItem(row.title))
        team = QComboBox(self.options)
        self._fill(team, self._teams(), row.team_id)
        self.options.setCellWidget(n, 1, team)
        ask = QComboBox(self.options)
        self._fill(ask, self._properties(), row.ask_property)
        ask.currentIndexChanged.connect(lambda _i: self.check())
        self.options.setCellWidget(n, 2, ask)
        self.options.setItem(n, 3, QTableWidgetItem(row.ask_prompt))
        self.options.blockSignals(False)
        team.currentIndexChanged.connect(lambda _i: self.check())
        self.check()
        if not row.title:
            self.options.setCurrentCell(n, 0)
            self.options.editItem(self.options.item(n, 0))

    def _remove_option(self) -> None:
        n = self.options.currentRow()
        if n >= 0:
            self.options.removeRow(n)
            del self._ids[n]
            self.check()

    # ---- the form --------------------------------------------------------------------------------
    def form(self) -> ChatbotForm:
        rows = []
        for n in range(self.options.rowCount()):
            title = self.options.item(n, 0).text() if self.options.item(n, 0) else ""
            question = self.options.item(n, 3).text() if self.options.item(n, 3) else ""
            rows.append(OptionRow(title, self.options.cellWidget(n, 1).currentData(),
                                  self.options.cellWidget(n, 2).currentData(), question, self._ids[n]))
        return ChatbotForm(
            self.enabled.isChecked(), self.greeting.toPlainText(), self.prompt.text(), rows,
            self.fallback_team.currentData(), self.after_answers.value(), self.after_minutes.value(),
            self.hours_on.isChecked(),
            (self.weekday_start.time().toString("HH:mm"), self.weekday_end.time().toString("HH:mm")),
            (self.saturday_start.time().toString("HH:mm"), self.saturday_end.time().toString("HH:mm"))
            if self.saturday_on.isChecked() else None,
            self.out_of_hours.text())

    def check(self) -> tuple[dict | None, str]:
        """The configuration, or the first problem said under the form (Save waits for it)."""
        config, problem = build(self.form(), self.channel_value(), self._lang)
        self.save_button.setEnabled(config is not None)
        self.problem = problem
        if problem:
            self.verdict.setStyleSheet("")
            self.verdict.setText(problem)
        elif self.verdict.text() == getattr(self, "_last_problem", None):
            self.verdict.setText("")
        self._last_problem = problem
        return config, problem

    def save(self) -> None:
        config, _problem = self.check()
        if config is None:
            return
        channel = self.channel_value()

        def saved(_result: dict) -> None:
            self._configs[channel] = config
        self._run(self.verdict, MutationType.SET_CHATBOT, {"channel": channel, "config": config},
                  self.tr("The chatbot is saved: new conversations on this channel meet it now.")
                  if config.get("enabled") else self.tr("Saved; the chatbot is off on this channel."), saved)
