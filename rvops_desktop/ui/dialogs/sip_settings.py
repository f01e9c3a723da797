"""Softphone settings (S9): the SIP account, the password (kept in the OS keyring through the
softphone's PasswordStore, never in the settings file), transport, STUN, dial prefix, recording,
and the headset's devices: microphone, speaker and ring device, remembered by name.

Apply registers at once and keeps the dialog open, so the agent sees the registration state below;
Save applies and closes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rvops_desktop.voip import DeviceRole, RegistrationState, Transport

from ..plain_text import plain
from ..services.softphone import sip_reason

_STATE_COLORS = {RegistrationState.REGISTERED: "#1E8E3E", RegistrationState.REGISTERING: "#2F80ED",
                 RegistrationState.FAILING: "#D93025", RegistrationState.DISABLED: "#6B7280"}


class SipSettingsDialog(QDialog):
    def __init__(self, service, parent: QWidget | None = None, *, listen_to_microphone: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sipSettings")
        self.setWindowTitle(self.tr("Softphone settings"))
        self._service = service
        s = service.settings
        self.enabled = QCheckBox(self.tr("Use the softphone on this computer"), self)
        self.enabled.setChecked(s.enabled)
        self.registrar = self._line(s.registrar, self.tr("sip.example.com or 10.0.0.5:5060"))
        self.proxy = self._line(s.proxy, self.tr("optional"))
        self.user = self._line(s.user, self.tr("extension or user name"))
        self.auth_user = self._line(s.auth_user, self.tr("optional; the same as the user when empty"))
        self.password = self._line(service.password(), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("sipPassword")
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("keyringNote")
        if service.passwords.persistent:
            self.keyring_note.setText(self.tr("The password is kept in the system keyring, never in a file."))
        else:
            self.keyring_note.setText(self.tr("The system keyring is not available, so the password is kept only "
                                              "until the app closes. Install or unlock a keyring to have it "
                                              "remembered."))
            self.keyring_note.setStyleSheet("color: #B06000;")
        self.display_name = self._line(s.display_name, self.tr("shown to the people you call"))
        self.transport = QComboBox(self)
        for t in Transport:
            self.transport.addItem(t.value.upper(), t.value)
        self.transport.setCurrentIndex(max(0, self.transport.findData(str(s.transport))))
        self.stun = self._line(s.stun_server, self.tr("optional, e.g. stun.example.com:3478 (used after a restart)"))
        self.dial_prefix = self._line(s.dial_prefix, self.tr("optional, e.g. 0 for an outside line"))
        self.record = QCheckBox(self.tr("Record calls to WAV files"), self)
        self.record.setChecked(s.record_calls)
        self.recordings_dir = self._line(s.recordings_dir, self.tr("folder (the Recordings folder when empty)"))
        self.recordings_dir.setEnabled(s.record_calls)
        self.record.toggled.connect(self.recordings_dir.setEnabled)
        self.do_not_disturb = QCheckBox(self.tr("Do not disturb: decline incoming calls (they stay in the call log)"),
                                        self)
        self.do_not_disturb.setChecked(s.do_not_disturb)
        self.auto_answer = QCheckBox(self.tr("Answer incoming calls automatically (call-center queues)"), self)
        self.auto_answer.setChecked(s.auto_answer)
        self.auto_answer_after = QSpinBox(self)
        self.auto_answer_after.setRange(0, 30)
        self.auto_answer_after.setSuffix(self.tr(" s"))
        self.auto_answer_after.setValue(round(s.auto_answer_after_s))
        self.auto_answer_after.setAccessibleName(self.tr("Seconds of ringing before answering automatically"))
        self.auto_answer_after.setEnabled(s.auto_answer and not s.do_not_disturb)
        self.auto_answer.setEnabled(not s.do_not_disturb)
        self.auto_answer.toggled.connect(lambda on: self.auto_answer_after.setEnabled(on))
        self.do_not_disturb.toggled.connect(self._dnd_toggled)

        account = QGroupBox(self.tr("SIP account"), self)
        form = QFormLayout(account)
        form.addRow(self.enabled)
        form.addRow(self.tr("&Registrar"), self.registrar)
        form.addRow(self.tr("Outbound proxy"), self.proxy)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Authentication user"), self.auth_user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Transport"), self.transport)
        form.addRow(self.tr("STUN server"), self.stun)
        calls = QGroupBox(self.tr("Calls"), self)
        calls_form = QFormLayout(calls)
        calls_form.addRow(self.tr("Dial prefix"), self.dial_prefix)
        calls_form.addRow(self.record)
        calls_form.addRow(self.tr("Recordings folder"), self.recordings_dir)
        calls_form.addRow(self.do_not_disturb)
        calls_form.addRow(self.auto_answer)
        calls_form.addRow(self.tr("Answer after"), self.auto_answer_after)

        devices = service.audio_devices()
        self.devices: dict[DeviceRole, QComboBox] = {}
        audio = QGroupBox(self.tr("Audio devices (headset)"), self)
        audio_form = QFormLayout(audio)
        for role, label, current in ((DeviceRole.INPUT, self.tr("&Microphone"), s.input_device),   # Alt+M, S, N
                                     (DeviceRole.OUTPUT, self.tr("&Speaker / headset"), s.output_device),
                                     (DeviceRole.RING, self.tr("Ri&ng on"), s.ring_device)):
            combo = QComboBox(self)
            combo.setObjectName(f"device_{role.value}")
            combo.addItem(self.tr("Same as the speaker") if role is DeviceRole.RING else self.tr("System default"), "")
            for device in devices:
                if device.can(role):
                    combo.addItem(device.name, device.name)
            if current and combo.findData(current) < 0:   # remembered, not plugged in now: keep it
                combo.addItem(self.tr("%1 (not connected)").replace("%1", current), current)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            audio_form.addRow(label, combo)
            self.devices[role] = combo
        # the microphone's level, live while the dialog is open: test the headset before a shift
        self.mic_level = QProgressBar(self)
        self.mic_level.setObjectName("micLevel")
        self.mic_level.setRange(-60, 0)
        self.mic_level.setValue(-60)
        self.mic_level.setTextVisible(True)
        self.mic_level.setFormat(self.tr("%v dBFS"))
        self.mic_level.setAccessibleName(self.tr("Microphone level"))
        audio_form.addRow(self.tr("Microphone level"), self.mic_level)
        self._meter = None
        if listen_to_microphone:
            from ..services.mic_level import MicLevel
            self._meter = MicLevel(self)
            self._meter.level.connect(self._show_level)
            self.devices[DeviceRole.INPUT].currentIndexChanged.connect(
                lambda _i: self._meter.listen(self.devices[DeviceRole.INPUT].currentData()))
            self._meter.listen(s.input_device)
            self.finished.connect(lambda _code: self._meter.stop())

        self.status = plain(QLabel(self))  # may quote the SIP server's reason
        self.status.setObjectName("registrationStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(calls)
        layout.addWidget(audio)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(580, self.sizeHint().height())
        service.registrationChanged.connect(self._show_status)
        self._show_status(service.registration)

    def _line(self, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text or "", self)
        edit.setPlaceholderText(placeholder)
        return edit

    def _show_level(self, dbfs: float) -> None:
        self.mic_level.setValue(max(-60, min(0, round(dbfs))))

    def _dnd_toggled(self, on: bool) -> None:
        """Do not disturb wins over auto-answer: nothing rings, nothing is answered."""
        self.auto_answer.setEnabled(not on)
        self.auto_answer_after.setEnabled(not on and self.auto_answer.isChecked())

    def settings(self):
        """The settings as edited (the password is not part of them)."""
        return self._service.settings.with_changes(
            enabled=self.enabled.isChecked(), registrar=self.registrar.text().strip(),
            proxy=self.proxy.text().strip(), user=self.user.text().strip(),
            auth_user=self.auth_user.text().strip(), display_name=self.display_name.text().strip(),
            transport=Transport(self.transport.currentData()), stun_server=self.stun.text().strip(),
            dial_prefix=self.dial_prefix.text().strip(), record_calls=self.record.isChecked(),
            recordings_dir=self.recordings_dir.text().strip(),
            do_not_disturb=self.do_not_disturb.isChecked(), auto_answer=self.auto_answer.isChecked(),
            auto_answer_after_s=float(self.auto_answer_after.value()),
            input_device=self.devices[DeviceRole.INPUT].currentData(),
            output_device=self.devices[DeviceRole.OUTPUT].currentData(),
            ring_device=self.devices[DeviceRole.RING].currentData())

    def apply(self) -> None:
        self._service.apply_settings(self.settings(), self.password.text())

    def save(self) -> None:
        self.apply()
        self.accept()

    def _show_status(self, status) -> None:
        color = _STATE_COLORS.get(status.state, "#6B7280")
        self.status.setText(self._service.registration_sentence(status))
        self.status.setToolTip(sip_reason(status))
        self.status.setStyleSheet(f"color: {color};")

    def done(self, result: int) -> None:
        try:
            self._service.registrationChanged.disconnect(self._show_status)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
