"""Calls from the main window (S9): the call bar and the Call buttons gated by the softphone,
click-to-call, the dial pad, tel:/sip: links and the caller's conversation."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout

from rvops_contract.wire import ConversationStatus

from ..services import calls_off
from ..widgets.call_gate import CallGate

if TYPE_CHECKING:
    from rvops_desktop.models import Store

    from ..widgets.main_window import MainWindow

log = logging.getLogger("rvops_desktop.ui.widgets.main_window")  # where these lines were logged before


class CallController:
    """Strings stay in the "MainWindow" translation context, where the window had them."""

    @property
    def store(self) -> Store:  # the replica's Store, first imported after the window's first paint
        store: Store = self.window.replica.store
        return store

    def __init__(self, window: MainWindow, softphone: Any) -> None:
        self.window = window
        self.softphone = softphone
        if softphone is not None:
            from ..widgets.call_bar import CallBar
            window.call_bar = CallBar(softphone, window)
            cast(QBoxLayout, window.pane.layout()).insertWidget(1, window.call_bar)
            window.call_bar.openConversation.connect(self.open_contact_conversation)
            window.call_bar.settingsRequested.connect(self.softphone_settings)
            softphone.audioFallback.connect(lambda sentence: window.statusBar().showMessage(sentence, 15000))
            self.gate = CallGate(softphone, parent=window)
            window.status.show_softphone(softphone)
        else:  # whether the SIP engine itself is missing is asked after the first paint (say_why_off)
            reason = calls_off.not_started()
            self.gate = CallGate(None, reason, parent=window)
            window.status.show_softphone(None, reason)
        self.gate.add(window.pane.header.buttons["call"])
        self.gate.add(window.contact_panel.call_button)
        window.contact_panel.callRequested.connect(self.call_number)
        window.status.softphoneSettingsRequested.connect(self.softphone_settings)

    def say_why_off(self) -> None:
        """Without a softphone, the buttons and the indicator say whether the SIP engine is missing
        on this computer (install it) or the softphone was just not started. Loading the engine to
        ask takes ≈ 35 ms, so the window asks on a turn after its first paint."""
        if self.softphone is not None:
            return
        from rvops_desktop.voip.availability import availability
        if not availability().available:
            reason = calls_off.engine_missing()
            self.gate.set_reason(reason)
            self.window.status.show_softphone_off(reason)

    def call(self) -> None:
        contact = self.window.pane.contact
        if self.softphone is not None and contact is not None and contact.phone:
            self.softphone.call(contact.phone, conversation_id=self.window.pane.conversation_id,
                                contact_id=contact.id, contact=contact)

    def call_number(self, number: str, contact_id: str = "") -> None:
        """Click-to-call from the contact panel (or any number): the open conversation is the call's."""
        if self.softphone is None or not number:
            return
        pane = self.window.pane
        contact = self.store.contact(contact_id) if contact_id else None
        conversation_id = pane.conversation_id if contact is not None and pane.contact is not None \
            and pane.contact.id == contact.id else None
        self.softphone.call(number, conversation_id=conversation_id, contact_id=contact_id or None, contact=contact)

    def dial_pad(self) -> None:
        from ..dialogs.dial_pad import DialPadDialog
        dialog = DialPadDialog(self.gate, self.window)
        dialog.dialed.connect(self.call_number)
        self.window.show_dialog(dialog)

    def softphone_settings(self) -> None:
        if self.softphone is None:
            return
        from ..dialogs.sip_settings import SipSettingsDialog
        self.window.show_dialog(SipSettingsDialog(self.softphone, self.window))

    def open_contact_conversation(self, contact_id: str, conversation_id: str = "") -> None:
        """The caller's conversation (the call's own, else the contact's latest, open first)."""
        store, w = self.store, self.window
        if not conversation_id:
            rows = [c for c in (store.conversation(i) for i in store.conversation_ids_of_contacts([contact_id])) if c]
            if not rows:
                w.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "This contact has no conversation yet."), 8000)
                return
            rows.sort(key=lambda c: (c.status == ConversationStatus.OPEN, c.last_message_at or ""), reverse=True)
            conversation_id = rows[0].id
        w.inbox_views.reveal(conversation_id)

    def dial_link(self, target: str) -> None:
        """A tel:/sip:/callto: link from the desktop: dial it, matching the contact by number."""
        self.window.bring_to_front()
        from rvops_desktop.calls import contact_matcher
        matcher: Callable[[str], Any] = cast(Any, contact_matcher)(self.window.replica)  # calls.py: unannotated
        contact = matcher(target)
        self.call_number(target, contact.id if contact is not None else "")
        if self.softphone is None:
            reason = self.gate.reason or QCoreApplication.translate("MainWindow", "Calls are not available.")
            log.info("call to %s (%s) not placed: %s", target, contact.name if contact else "no contact", reason)
            self.window.statusBar().showMessage(reason, 15000)
