"""The composer: "/" snippets (S3), attachments under the channel rules (S4), hidden notes (S5)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rvops_desktop.ui.qt_models import roles

pytestmark = pytest.mark.gui


async def _open(ui, email, conversation_id):
    window = await ui.open_window(email)
    assert window.list.select(conversation_id)
    await ui.until(lambda: window.pane.conversation_id == conversation_id)
    return window


def test_slash_opens_the_filtered_snippets_and_enter_inserts_with_variables(ui, qtbot):
    async def scenario():
        window = await _open(ui, "ana@demo.rvops", "cv_maria")
        composer = window.pane.composer
        edit = composer.edit
        edit.setFocus()
        qtbot.keyClicks(edit, "/")
        assert composer.popup.isVisible() and composer.popup.count() == 4  # every demo snippet
        qtbot.keyClicks(edit, "o")  # "ola" and "obrigado"
        shortcuts = [composer.popup.item(i).data(Qt.ItemDataRole.UserRole).shortcut
                     for i in range(composer.popup.count())]
        assert shortcuts[:2] == ["obrigado", "ola"] or shortcuts[:2] == ["ola", "obrigado"]
        assert len(shortcuts) < 4 or set(shortcuts[2:]) != {"obrigado", "ola"}  # prefix matches first
        qtbot.keyClicks(edit, "l")
        assert composer.popup.current_snippet().shortcut == "ola"
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # inserts, does not send
        assert not composer.popup.isVisible()
        assert edit.toPlainText() == "Olá, Maria Oliveira! Aqui é Ana Souza, da Rvops. Como posso ajudar?"
        # arrows move in the list
        edit.clear()
        qtbot.keyClicks(edit, "Veja: /")
        first = composer.popup.current_snippet().shortcut
        qtbot.keyClick(edit, Qt.Key.Key_Down)
        second = composer.popup.current_snippet().shortcut
        assert first != second
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        assert not composer.popup.isVisible()
        assert edit.toPlainText() == "Veja: /"
    ui.run(scenario())


def test_a_pdf_on_instagram_is_refused_with_the_sentence(ui, tmp_path):
    pdf = tmp_path / "proposta.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)

    async def scenario():
        window = await _open(ui, "ana@demo.rvops", "cv_pedro")  # Instagram
        composer = window.pane.composer
        sent = []
        composer.sendFile.connect(lambda path, mime, caption: sent.append((path, mime, caption)))
        composer.set_locked(None)  # the rule applies whatever the window; it is checked first
        assert composer.attach(str(pdf)) is False
        assert composer.problem.isVisibleTo(window)
        assert composer.problem.text() == "PDF files can only be sent on WhatsApp."
        assert sent == []
        # the same file on WhatsApp passes the rule
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        assert composer.attach(str(pdf)) is True
        assert sent == []                               # shown first, sent when confirmed
        composer.preview.caption.setText("Segue a proposta")
        composer.preview.send_button.click()
        assert sent == [(str(pdf), "application/pdf", "Segue a proposta")]
        assert not composer.problem.isVisibleTo(window)
    ui.run(scenario())


def test_hidden_note_is_written_in_its_own_colour_and_marked(ui, qtbot):
    async def scenario():
        window = await _open(ui, "ana@demo.rvops", "cv_maria")
        composer = window.pane.composer
        composer.note_toggle.click()
        assert composer.note_mode and composer.send_button.text() == "Add note"
        qtbot.keyClicks(composer.edit, "Cliente pediu desconto")
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
        model = window.pane.thread_model

        def note():
            last = model.index(model.rowCount() - 1).data(roles.ROW)
            return last if last is not None and last.text == "Cliente pediu desconto" else None
        await ui.until(lambda: note() is not None and note().status == "sent", what="note accepted")
        assert note().kind == "note"
        from rvops_desktop.ui.delegates.message_content import describe
        content = describe(note())
        assert content.style == "note" and content.header == "Hidden note — only agents see this"
        # the customer never got it: nothing was sent to the Graph API with that text
        assert all("Cliente pediu desconto" not in str(r.payload) for r in ui.server.standin.state.sent)
    ui.run(scenario())


def test_emoji_picker_and_voice_notes_where_the_channel_allows(qapp):
    from PySide6.QtMultimedia import QMediaDevices

    from rvops_desktop.ui.widgets.composer import Composer
    composer = Composer()
    composer.set_conversation("whatsapp", {})
    _pick_emoji(composer, "polegar")
    assert composer.edit.toPlainText() == "👍"
    assert not composer.recorder.button.isHidden()
    composer.set_conversation("webchat", {})
    assert composer.recorder.button.isHidden()  # no audio on Webchat (S4)
    composer.set_conversation("instagram", {})
    if not QMediaDevices.defaultAudioInput().isNull():
        pytest.skip("this machine has a microphone: recording would really start")
    composer.recorder.button.click()
    assert not composer.recorder.button.isChecked()
    assert composer.problem.text() == "No microphone was found: connect one to record voice notes."


def _pick_emoji(composer, query: str) -> None:
    """Open the picker from its button, type `query`, press Enter: the first match is inserted."""
    from PySide6.QtCore import QCoreApplication
    composer.emoji_button.click()
    popup = composer.emoji_popup
    assert popup is not None and popup.isVisible()
    popup.search.setText(query)
    popup.search.returnPressed.emit()
    QCoreApplication.processEvents()
    assert not popup.isVisible()


def test_the_emoji_picker_searches_in_portuguese_browses_categories_and_remembers(qapp, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rvops_desktop.ui import i18n
    from rvops_desktop.ui.widgets.emoji_popup import EmojiPopup
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        i18n.install(qapp, "pt_BR")
        popup = EmojiPopup(settings=settings)
        got = []
        popup.picked.connect(got.append)
        names = [popup.tabs.tabToolTip(i) for i in range(popup.tabs.count())]
        assert names[:3] == ["Carinhas e emoções", "Pessoas e corpo", "Animais e natureza"] and len(names) == 9
        popup.tabs.setCurrentIndex(3)  # Comidas e bebidas
        assert "🍕" in [popup.model.index(r).data() for r in range(popup.model.rowCount())]
        popup.search.setText("coracao")  # no accent needed
        first = popup.model.index(0)
        assert popup.model.rowCount() > 5 and "cora" in first.data(Qt.ItemDataRole.ToolTipRole)
        popup.grid.clicked.emit(popup.model.index(0))
        assert got == [first.data()]
        # next time, what was used comes first, in its own tab
        again = EmojiPopup(settings=settings)
        assert again.tabs.tabToolTip(0) == "Usados recentemente"
        assert [again.model.index(r).data() for r in range(again.model.rowCount())] == got
        # the keyboard: ↓ from the search goes into the grid
        again.popup_above(again.search)
        again.search.setText("pizza")
        QTest.keyClick(again.search, Qt.Key.Key_Down)
        assert QApplication.focusWidget() in (again.grid, None) and again.grid.currentIndex().data() == "🍕"
        again.hide()
    finally:
        i18n.install(qapp, "en")


def test_the_conversations_keys_hidden_note_attach_resume_and_history(ui, qtbot, tmp_path, monkeypatch):
    """Ctrl+Shift+N turns the hidden note on and off (the focus goes to the text), Ctrl+O opens the
    file picker, Alt+R asks to resume a conversation whose window closed; each only where its button
    shows (no Alt+R on an open window, no Ctrl+O on a locked one). Ctrl+H opens the contact's
    previous history."""
    from PySide6.QtWidgets import QFileDialog
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    picked = []
    document = tmp_path / "proposta.pdf"
    document.write_bytes(b"%PDF-1.4\n%%EOF\n")

    def pick(*_args, **_kwargs):   # the real dialog is the journey's (tests/journeys/test_composer.py)
        picked.append(1)
        return "", ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)

    async def scenario():
        window = await _open(ui, "ana@demo.rvops", "cv_maria")
        composer = window.pane.composer
        resumes = []
        composer.resumeRequested.connect(lambda: resumes.append(1))
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        window.list.setFocus()
        QTest.keyClick(window, Qt.Key.Key_N, ctrl_shift)
        assert composer.note_mode and composer.edit.hasFocus()
        QTest.keyClick(window, Qt.Key.Key_N, ctrl_shift)
        assert not composer.note_mode
        QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        assert picked == [1]
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert window.list.select("cv_joao")      # João wrote 30 hours ago: locked
        await ui.until(lambda: window.pane.conversation_id == "cv_joao" and composer.locked, what="João locked")
        QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        assert picked == [1]                      # a locked composer takes no file
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        await ui.until(lambda: resumes, what="resume asked")   # a mnemonic clicks after a short press
        assert resumes == [1]   # the Alt+R on Maria's open window (above) asked nothing
        assert composer.attach_button.toolTip() == "Attach a file (Ctrl+O)"
        from rvops_desktop.ui.dialogs.history import HistoryDialog
        window.last_dialog.reject()   # the resume dialog Alt+R opened
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="active window")
        QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        await ui.until(lambda: isinstance(window.last_dialog, HistoryDialog) and window.last_dialog.isVisible(),
                       what="João's previous history")
    ui.run(scenario())
