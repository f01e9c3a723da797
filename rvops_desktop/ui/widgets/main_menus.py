"""The main window's menus and keyboard shortcuts: built onto the window (a view part of it).
Their strings keep the "MainWindow" translation context."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from rvops_contract.permissions import Permission

from .pane_focus import step_pane
from .side_windows import SETTINGS_PERMISSIONS

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate  # literal ("MainWindow", "…") calls: pyside6-lupdate reads them


def add_shortcuts(window: MainWindow) -> None:
    """The window's keyboard shortcuts (also listed in Help ▸ Keyboard shortcuts)."""
    def bind(keys: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    bind("Ctrl+K", window.focus_search)
    bind("Alt+Up", lambda: window.list.step(-1))
    bind("Alt+Down", lambda: window.list.step(1))
    bind("Ctrl+Return", window.pane.composer.submit)
    bind("Ctrl+Enter", window.pane.composer.submit)
    bind("Ctrl+Shift+C", window.close_conversation)
    bind("Ctrl+Shift+T", window.transfer)
    bind("Ctrl+Shift+A", window.conversations.claim_open_conversation)
    bind("Ctrl+Shift+R", window.conversations.reopen_conversation)
    bind("Ctrl+/", window.shortcut_sheet)
    bind("Ctrl+Shift+D", window.dial_pad)
    bind("F6", lambda: step_pane(window, 1))
    bind("Shift+F6", lambda: step_pane(window, -1))



def add_menus(window: MainWindow) -> None:
    """File, Tools and Help; the actions are the window's attributes (the tests and the tray use them)."""
    file = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.close_to_tray_action = file.addAction(
        translate("MainWindow", "Keep running in the tray when the window is closed"))
    window.close_to_tray_action.setCheckable(True)
    window.close_to_tray_action.setEnabled(window.tray_available())
    window.close_to_tray_action.setChecked(window.close_to_tray)
    window.close_to_tray_action.toggled.connect(window.set_close_to_tray)
    file.addSeparator()
    email = window.session.me.get("email") or ""
    window.new_conversation_action = file.addAction(translate("MainWindow", "&New conversation…"),
                                                    window.start_conversation)
    window.new_conversation_action.setShortcut("Ctrl+N")
    window.contacts_action = file.addAction(translate("MainWindow", "&Contacts…"), window.contacts)
    window.contacts_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
    file.addSeparator()
    window.sign_out_action = file.addAction(translate("MainWindow", "Sign &out (%1)").replace("%1", email),
                                            window.sign_out)
    window.quit_action = file.addAction(translate("MainWindow", "&Quit"), window.quitRequested.emit)
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    tools = window.menuBar().addMenu(translate("MainWindow", "&Tools"))
    window.snippets_action = tools.addAction(translate("MainWindow", "&Snippets…"), window.snippets)
    window.snippets_action.setEnabled(window.session.can(Permission.MANAGE_SNIPPETS))
    if not window.snippets_action.isEnabled():
        window.snippets_action.setToolTip(
            translate("MainWindow", "Your profile does not have the \"manage snippets\" permission."))
    tools.addAction(translate("MainWindow", "Keyboard shortcuts"), window.shortcut_sheet)
    window.settings_action = tools.addAction(translate("MainWindow", "Settings…"), window.settings)
    window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    window.settings_action.setVisible(any(window.session.can(p) for p in SETTINGS_PERMISSIONS))
    window.supervision_action = tools.addAction(translate("MainWindow", "Supervision…"), window.supervision)
    window.supervision_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.supervision_action.setVisible(window.session.can(Permission.SEE_ALL_CONVERSATIONS))
    tools.addSeparator()
    window.dial_pad_action = tools.addAction(translate("MainWindow", "Dial pad…"), window.dial_pad)
    window.dial_pad_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    window.dial_pad_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the window's shortcut acts
    window.softphone_settings_action = tools.addAction(translate("MainWindow", "Soft&phone settings…"),
                                                       window.softphone_settings)
    window.softphone_settings_action.setEnabled(window.softphone is not None)
    tools.addSeparator()
    window.mute_action = tools.addAction(translate("MainWindow", "Mute this conversation"))
    window.mute_action.setCheckable(True)
    window.mute_action.toggled.connect(window.conversations.mute)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(translate("MainWindow", "Keyboard shortcuts"), window.shortcut_sheet)
    window.log_folder_action = help_menu.addAction(translate("MainWindow", "Open the log folder"),
                                                   window.open_log_folder)
    help_menu.addAction(translate("MainWindow", "About Rvops Desktop"), window.about)
