"""The saved session: server and account between starts, the token only in the keychain."""
import json
import stat

from rvops_desktop.sync import profile

ANA = {"id": "u_ana", "email": "ana@demo.rvops", "name": "Ana Souza", "role": "agent", "team_ids": ["t_vendas"]}


def test_a_saved_session_round_trips_without_the_token(tmp_path):
    path = tmp_path / "session.json"
    profile.save("http://127.0.0.1:8600", ANA, path)
    saved = profile.load(path)
    assert (saved.server_url, saved.email, saved.user_id, saved.user) == ("http://127.0.0.1:8600", "ana@demo.rvops",
                                                                          "u_ana", ANA)
    assert "token" not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    profile.forget(path)
    assert profile.load(path) is None


def test_an_unreadable_or_partial_file_means_signing_in_again(tmp_path):
    path = tmp_path / "session.json"
    path.write_text("{not json")
    assert profile.load(path) is None
    path.write_text(json.dumps({"server_url": "http://x", "user": {"id": "u_ana"}}))  # no e-mail
    assert profile.load(path) is None


def test_resume_needs_the_keychains_token(tmp_path, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        stored: dict = {}

        def get_password(self, service, username):
            return self.stored.get((service, username))

        def set_password(self, service, username, password):
            self.stored[(service, username)] = password

        def delete_password(self, service, username):
            self.stored.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        saved = profile.SavedSession("http://127.0.0.1:8600", ANA)
        assert profile.resume(saved) is None  # nothing in the keychain: the dialog asks
        keyring.set_password("rvops-desktop:http://127.0.0.1:8600", "ana@demo.rvops", "tok-1")
        session = profile.resume(saved)
        assert session.token == "tok-1" and session.account.user_id == "u_ana"
        assert profile.resume(None) is None
    finally:
        keyring.set_keyring(previous)
