"""Label a conversation (issue 15 #16): the labels in use, the conversation's ticked, and a field to
add a new one; Save sets them whole. The rule (spelling, limits) is rvops_contract/labels.py's."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rvops_contract.labels import MAX_LABEL_LENGTH, MAX_LABELS, LabelRefusal, check_labels, normalise_label


class LabelsDialog(QDialog):
    def __init__(self, current: list[str], in_use: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Labels"))
        self.resize(340, 400)
        self.list = QListWidget(self)
        self.list.setObjectName("labelList")
        self.list.setAccessibleName(self.tr("Labels of the conversation"))
        for label in list(dict.fromkeys([*current, *sorted(in_use)])):
            self._add_item(label, label in current)
        self.new_label = QLineEdit(self)
        self.new_label.setObjectName("newLabel")
        self.new_label.setPlaceholderText(self.tr("New label, then Enter"))
        self.new_label.setAccessibleName(self.tr("New label"))
        self.new_label.setMaxLength(MAX_LABEL_LENGTH)
        self.new_label.returnPressed.connect(self.add_new)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._check())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _add_item(self, label: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def add_new(self) -> None:
        """The typed label, ticked (an existing one of the same spelling is ticked instead)."""
        label = normalise_label(self.new_label.text())
        if not label:
            return
        found = self.list.findItems(label, Qt.MatchFlag.MatchExactly)
        item = found[0] if found else self._add_item(label, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.scrollToItem(item)
        self.new_label.clear()

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _check(self) -> None:
        refusal = check_labels(self.labels())
        self.problem.setText(self.tr("At most %1 labels on a conversation.").replace("%1", str(MAX_LABELS))
                             if refusal is LabelRefusal.TOO_MANY else "")
        self.problem.setVisible(refusal is not None)
        self.save_button.setEnabled(refusal is None)
