"""Always visible: my status (online/away/offline), the connection state and, with a softphone, its
registration (registered / failing with the SIP reason / off); clicking it opens the softphone settings."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

_REGISTRATION_COLORS = {"registered": "#1E8E3E", "registering": "#2F80ED", "failing": "#D93025",
                        "do_not_disturb": "#B06000", "disabled": "#6B7280"}


class StatusBar(QStatusBar):
    softphoneSettingsRequested = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.presence = QComboBox(self)
        self.presence.setObjectName("presenceCombo")
        self.presence.setAccessibleName(self.tr("Your status"))
        for value, label in (("online", self.tr("● Online")), ("away", self.tr("● Away")),
                             ("offline", self.tr("● Offline"))):
            self.presence.addItem(label, value)
        self.presence.setCurrentIndex(max(0, self.presence.findData(session.presence)))
        self.presence.currentIndexChanged.connect(lambda _i: session.set_presence(self.presence.currentData()))
        session.presenceChanged.connect(self._show_presence)
        self.connection = QLabel(self)
        self.connection.setObjectName("connectionLabel")
        self.snapshot = QProgressBar(self)  # the first sign-in of a big workspace: how far along
        self.snapshot.setObjectName("snapshotProgress")
        self.snapshot.setAccessibleName(self.tr("Downloading the inbox"))
        self.snapshot.setMaximumWidth(320)
        self.snapshot.setTextVisible(True)
        self.snapshot.hide()
        self.addPermanentWidget(self.snapshot)
        self.addPermanentWidget(self.presence)
        self.addPermanentWidget(self.connection)
        session.connectionChanged.connect(self._connection)
        session.snapshotProgress.connect(self._snapshot_progress)
        self._snapshot_progress(*(session.snapshot or (0, 0)))
        state, pending = session.connection
        from ..services.session import _state_label
        self._connection(state, pending, _state_label(state, pending))

    def _snapshot_progress(self, received: int, total: int) -> None:
        """'Baixando a caixa de entrada: 12.000 de 250.000' while the first sign-in runs; gone after."""
        if total <= 0:
            self.snapshot.hide()
            return
        self.snapshot.setRange(0, total)
        self.snapshot.setValue(min(received, total))
        locale = QLocale()
        self.snapshot.setFormat(self.tr("Downloading the inbox: %1 of %2")
                                .replace("%1", locale.toString(min(received, total)))
                                .replace("%2", locale.toString(total)))
        self.snapshot.show()

    def _show_presence(self, status: str) -> None:
        """Shows a status without sending it (the combo's own changes are the agent's choices)."""
        self.presence.blockSignals(True)
        self.presence.setCurrentIndex(max(0, self.presence.findData(status)))
        self.presence.blockSignals(False)

    def _connection(self, state: str, pending: int, label: str) -> None:
        # Without a connection nobody sees me online: the box says so and waits (nothing is sent)
        cut_off = self._session.cut_off
        self.presence.setEnabled(not cut_off)
        self._show_presence("offline" if cut_off else self._session.presence)
        self.presence.setToolTip(self.tr("No connection: your status is sent again when it returns.") if cut_off
                                 else "")
        self.connection.setText(label)
        color = {"online": "#1E8E3E", "syncing": "#2F80ED", "offline": "#D93025"}.get(state, "#6B7280")
        self.connection.setStyleSheet(f"color: {color};")

    def show_softphone(self, service=None, reason: str = "") -> None:
        """Add the registration indicator: bound to a SoftphoneService, or fixed to "calls off" with `reason`."""
        self.registration = QToolButton(self)
        self.registration.setObjectName("registrationIndicator")
        self.registration.setAutoRaise(True)
        self.registration.clicked.connect(self.softphoneSettingsRequested)
        self.insertPermanentWidget(0, self.registration)
        self._softphone = service
        if service is None:
            self.show_softphone_off(reason)
            self.registration.setEnabled(False)
            return
        service.registrationChanged.connect(self._registration)
        self._registration(service.registration)

    def show_softphone_off(self, reason: str) -> None:
        """The indicator of a window without a softphone: off, and why."""
        self._registration_shown("disabled", self.tr("● Phone: off"), reason)

    def _registration(self, status) -> None:
        from ..services.softphone import sip_reason
        state = str(status.state)
        label = {"registered": self.tr("● Phone: registered"), "registering": self.tr("● Phone: registering…"),
                 "failing": self.tr("● Phone: failing (%1)").replace("%1", sip_reason(status)),
                 "disabled": self.tr("● Phone: off")}.get(state, state)
        sentence = self._softphone.registration_sentence(status)
        if state == "registered" and self._softphone.settings.do_not_disturb:
            state, label = "do_not_disturb", self.tr("● Phone: do not disturb")
            sentence += " " + self.tr("Incoming calls are declined (Tools ▸ Softphone settings…).")
        self._registration_shown(state, label, sentence)

    def _registration_shown(self, state: str, label: str, sentence: str) -> None:
        self.registration.setText(label)
        self.registration.setToolTip(sentence)
        self.registration.setStyleSheet(f"color: {_REGISTRATION_COLORS.get(state, '#6B7280')};")
