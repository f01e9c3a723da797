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
