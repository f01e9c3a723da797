"""The composer: "/" snippets (S3), attachments under the channel rules (S4), hidden notes (S5)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
        composer.sendFile.connect(lambda path, mime: sent.append((path, mime)))
        composer.set_locked(None)  # the rule applies whatever the window; it is checked first
        assert composer.attach(str(pdf)) is False
        assert composer.problem.isVisibleTo(window)
        assert composer.problem.text() == "PDF files can only be sent on WhatsApp."
        assert sent == []
        # the same file on WhatsApp passes the rule
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        assert composer.attach(str(pdf)) is True
        assert sent == [(str(pdf), "application/pdf")]
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
    next(a for a in composer.emoji_button.menu().actions() if a.text() == "👍").trigger()
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
