"""Without a keychain the dialog says the session lasts only until the app closes."""
import keyring
import pytest
from keyring.backends import fail

from rvops_desktop.ui.dialogs.login import LoginDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def no_keychain():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keychain_the_dialog_says_the_session_lasts_this_run(qtbot, tmp_path, no_keychain):
    from PySide6.QtCore import QSettings
    dialog = LoginDialog(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert dialog.keychain.isVisibleTo(dialog)
    assert "until the app closes" in dialog.keychain.text()


def test_an_expired_session_is_explained_and_the_fields_have_their_mnemonics(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    dialog = LoginDialog(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         notice="Your session has expired")
    qtbot.addWidget(dialog)
    assert dialog.problem.text() == "Your session has expired"
    labels = [dialog.layout().itemAt(0).layout().labelForField(w).text()
              for w in (dialog.server, dialog.email, dialog.password)]
    assert all("&" in label for label in labels), labels


def test_the_fields_get_their_height_with_the_note_and_in_the_invite_form(qtbot, tmp_path, no_keychain):
    """With the keychain note (a wrapped label) the dialog was sized short: its fields were squeezed
    to 13 px, the invite form's to 16-17 px."""
    from PySide6.QtCore import QSettings
    dialog = LoginDialog(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def squeezed() -> list[str]:
        fields = [dialog.server, dialog.email] + ([dialog.invite_code, dialog.new_password, dialog.repeat_password]
                                                  if dialog.inviting else [dialog.password])
        return [f.objectName() or f.placeholderText() for f in fields if f.height() < f.minimumSizeHint().height()]
    assert squeezed() == []
    dialog.invite_toggle.click()
    qtbot.waitUntil(lambda: dialog.invite_code.isVisible())
    assert squeezed() == []
    height_inviting = dialog.height()
    dialog.invite_toggle.click()
    qtbot.waitUntil(lambda: dialog.password.isVisible())
    assert squeezed() == [] and dialog.height() < height_inviting  # back to the shorter form, no gap left
