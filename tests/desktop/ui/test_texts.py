"""Issue 15 #10: what the agent reads says one thing, in one language, as a sheet or a title should."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from rvops_desktop.ui import i18n

pytestmark = pytest.mark.gui


def test_snippets_and_keyboard_shortcuts_have_different_names_in_portuguese(qapp):
    try:
        i18n.install(qapp, "pt_BR")
        snippets = QCoreApplication.translate("MainWindow", "&Snippets…")
        sheet = QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts")
        assert snippets.replace("&", "") == "Respostas rápidas…"  # WhatsApp Business's name for them
        assert sheet == "Atalhos de teclado" and "Atalho" not in snippets
        assert QCoreApplication.translate("SnippetsDialog", "Snippets") == "Respostas rápidas"
    finally:
        i18n.install(qapp, "en")


def test_the_shortcut_sheet_is_read_not_edited(qapp):
    from rvops_desktop.ui.dialogs.shortcuts import ShortcutsDialog
    dialog = ShortcutsDialog()
    table = dialog.findChild(QTableWidget, "shortcutTable")
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Ctrl+Shift+A" in keys and "Ctrl+/" in keys
    assert {"Ctrl+Shift+Enter", "Ctrl+Shift+H", "Ctrl+Shift+M", "Headset call button"} <= set(keys)   # the call bar's keys
    dialog.show()
    qapp.processEvents()
    # read at a glance: every row and every sentence whole, no scrolling
    assert not table.verticalScrollBar().isVisible() and not table.horizontalScrollBar().isVisible()
    dialog.deleteLater()


def test_a_photo_without_a_name_is_titled_image_not_by_its_cache_file(qapp, tmp_path):
    from rvops_desktop.ui.dialogs.image_viewer import ImageViewer
    cached = tmp_path / "tmpk3j9_x2q.jpg"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#EB5757"))
    assert image.save(str(cached))
    try:
        i18n.install(qapp, "pt_BR")
        viewer = ImageViewer(str(cached))
        assert viewer.windowTitle() == "Imagem" and viewer.name == "Imagem.jpg"
        viewer.deleteLater()
    finally:
        i18n.install(qapp, "en")
    named = ImageViewer(str(cached), name="nota fiscal.jpg")
    assert named.windowTitle() == "nota fiscal.jpg" and named.name == "nota fiscal.jpg"
    named.deleteLater()
