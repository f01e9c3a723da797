"""Help ▸ About: the version, who is signed in where, and the log file (with a button to its folder)."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from rvops_desktop import logs


def open_log_folder() -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.folder())))


def app_version() -> str:
    try:
        return version("rvops-desktop")
    except PackageNotFoundError:  # a frozen build without metadata
        return ""


def about_box(email: str, server_url: str, parent: QWidget | None = None) -> QMessageBox:
    text = (QCoreApplication.translate("AboutBox", "Rvops Desktop %1\nSigned in as %2 on %3.\nLog file: %4")
            .replace("%1", app_version()).replace("%2", email).replace("%3", server_url)
            .replace("%4", str(logs.folder() / logs.FILE_NAME)))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("AboutBox", "About Rvops Desktop"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    folder = box.addButton(QCoreApplication.translate("AboutBox", "Open the log folder"),
                           QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(open_log_folder)
    box.addButton(QMessageBox.StandardButton.Close)
    return box
