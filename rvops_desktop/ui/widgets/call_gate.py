"""Call buttons follow the softphone: disabled, with the reason as tooltip, while calls cannot be placed
(no SIP engine, softphone not started). When the agent can fix it in the softphone settings (no account,
turned off) the buttons stay clickable with the reason as tooltip: the click says it and offers the
settings (the call bar). Their owners keep enabling them by their own rules (e.g. the
contact has a phone); the gate only adds its condition on top."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton


class CallGate(QObject):
    def __init__(self, service=None, reason: str = "", parent: QObject | None = None) -> None:
        """`service`: a SoftphoneService, or None when the window has no softphone (then `reason`)."""
        super().__init__(parent)
        self._service = service
        self._fixed_reason = reason
        self._buttons: list[QAbstractButton] = []
        self._tips: dict[int, str] = {}
        self._wanted: dict[int, bool] = {}
        self._applying = False
        if service is not None:
            service.availabilityChanged.connect(lambda *_: self.refresh())

    @property
    def reason(self) -> str:
        """Why the call buttons are disabled now ("" when they are not)."""
        if self._service is None:
            return self._fixed_reason
        return "" if self._service.settings_can_fix else self._service.unavailable_reason

    def _tip(self, button: QAbstractButton) -> str:
        """The owner's tooltip, or why a click will not call (fixable in the settings)."""
        if self._service is not None and self._service.settings_can_fix:
            return self._service.unavailable_reason
        return self._tips.get(id(button), "")

    def add(self, button: QAbstractButton) -> QAbstractButton:
        self._buttons.append(button)
        self._tips[id(button)] = button.toolTip()
        button.installEventFilter(self)
        key = id(button)
        button.destroyed.connect(lambda _=None: self._forget(key))
        self._apply(button, self.reason)
        return button

    def set_reason(self, reason: str) -> None:
        """A new reason why calls cannot be placed (only for a gate made without a service)."""
        self._fixed_reason = reason
        self.refresh()

    def refresh(self) -> None:
        reason = self.reason
        for button in self._buttons:
            self._apply(button, reason)

    def _forget(self, key: int) -> None:
        self._buttons = [b for b in self._buttons if id(b) != key]
        self._tips.pop(key, None)
        self._wanted.pop(key, None)

    def _apply(self, button: QAbstractButton, reason: str) -> None:
        key = id(button)
        self._applying = True
        try:
            if reason:
                if key not in self._wanted:   # what the owner wants, for when calls come back
                    self._wanted[key] = not button.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                button.setEnabled(False)
                button.setToolTip(reason)
            else:
                if key in self._wanted:
                    button.setEnabled(self._wanted.pop(key))
                button.setToolTip(self._tip(button))
        finally:
            self._applying = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self._applying and id(watched) in self._tips:
            reason = self.reason
            if reason:   # the owner changed its mind while calls are off: remember it, stay disabled
                self._wanted[id(watched)] = not watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                self._apply(watched, reason)
        return False
