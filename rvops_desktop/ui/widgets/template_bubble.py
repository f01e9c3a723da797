"""A WhatsApp template's bubble as the customer will see it: the header (its text in bold, or a
placeholder for its image, video or document), the body, the footer in small grey type, and the
buttons under the bubble — up to three shown, else two and "See all options", as WhatsApp does.
Every text is shown plainly (it may hold a customer's words)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from rvops_contract.templates import buttons_of, component, filled_parts, header_format

from ..plain_text import plain
from ..theme import colors

SHOWN_BUTTONS = 3  # WhatsApp shows up to three; with more, two and "See all options"
MEDIA_NAMES = {"IMAGE": ("🖼", QT_TRANSLATE_NOOP("TemplateBubble", "Image")),
               "VIDEO": ("🎬", QT_TRANSLATE_NOOP("TemplateBubble", "Video")),
               "DOCUMENT": ("📄", QT_TRANSLATE_NOOP("TemplateBubble", "Document"))}
BUTTON_ICONS = {"QUICK_REPLY": "↩", "URL": "↗", "PHONE_NUMBER": "📞"}


class TemplateBubble(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = colors()
        self.bubble = QFrame(self)
        self.bubble.setObjectName("templateBubbleFrame")
        self.bubble.setStyleSheet("QFrame#templateBubbleFrame { background: #DCF8C6; border-radius: 8px; }"
                                  "QLabel { color: #1F2328; background: transparent; }")
        self.media = plain(QLabel(self.bubble))
        self.media.setObjectName("templateBubbleMedia")
        self.media.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.media.setMinimumHeight(72)
        self.media.setStyleSheet("QLabel { background: #C5E1B0; border-radius: 6px; color: #3B4A35; }")
        self.header = plain(QLabel(self.bubble))
        self.header.setObjectName("templateBubbleHeader")
        self.body = plain(QLabel(self.bubble))
        self.body.setObjectName("templateBubble")
        self.footer = plain(QLabel(self.bubble))
        self.footer.setObjectName("templateBubbleFooter")
        self.footer.setStyleSheet("QLabel { color: #667781; font-size: 11px; }")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        inside = QVBoxLayout(self.bubble)
        inside.setContentsMargins(8, 8, 8, 8)
        inside.setSpacing(4)
        for label in (self.media, self.header, self.body, self.footer):
            label.setWordWrap(True)
            inside.addWidget(label)
        self._buttons_layout = QVBoxLayout()
        self._buttons_layout.setSpacing(2)
        self._button_style = (f"QLabel {{ background: #FFFFFF; color: {c.accent.name()}; border-radius: 6px;"
                              " padding: 6px; }")
        self.buttons: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bubble)
        layout.addLayout(self._buttons_layout)
        self._text = ""
        self.show_template([], [])

    def show_template(self, components: Iterable[Mapping[str, Any]] | None, variables: list[str], *,
                      missing: str = "[{n}]") -> None:
        """The bubble for `components` with `variables` filled in (what is still empty as `missing`)."""
        components = list(components or [])
        parts = filled_parts(components, variables, missing=missing)
        self._text = "\n".join(text for _kind, text in parts)
        texts = dict(parts)
        header = component(components, "HEADER")
        media = header_format(header) if header is not None else ""
        icon, name = MEDIA_NAMES.get(media, ("", ""))
        self.media.setText(f"{icon} {QCoreApplication.translate('TemplateBubble', name)}" if name else "")
        self.media.setVisible(bool(name))
        for label, kind in ((self.header, "HEADER"), (self.body, "BODY"), (self.footer, "FOOTER")):
            label.setText(texts.get(kind, ""))
            label.setVisible(bool(label.text()))
        self._show_buttons(buttons_of(components))

    def _show_buttons(self, buttons: list[Mapping[str, Any]]) -> None:
        for label in self.buttons:
            self._buttons_layout.removeWidget(label)
            label.deleteLater()
        shown = [(BUTTON_ICONS.get(str(b.get("type")).upper(), ""), str(b.get("text") or "")) for b in buttons]
        if len(shown) > SHOWN_BUTTONS:
            shown = [*shown[:SHOWN_BUTTONS - 1], ("☰", QCoreApplication.translate("TemplateBubble", "See all options"))]
        self.buttons = []
        for icon, text in shown:
            label = plain(QLabel(f"{icon} {text}".strip(), self))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(self._button_style)
            self._buttons_layout.addWidget(label)
            self.buttons.append(label)

    def text(self) -> str:
        """The bubble's texts (header, body, footer), one per line: what the message will read."""
        return self._text

    def button_texts(self) -> list[str]:
        return [label.text() for label in self.buttons]

