"""@mentions in hidden notes (issue 15 #16): the note keeps whom it mentions, for their desks to
announce it; one who cannot see the conversation is named in the answer."""



def _note(client, conversation_id, message_id):
    return next(m for m in client.bootstrap()["messages"] if m["id"] == message_id)


def test_a_note_keeps_the_colleagues_it_mentions_and_names_who_cannot_see_it(live_server, ana, admin):
    users = {u["name"]: u["id"] for u in admin.bootstrap()["users"]}
    carla, bruno = users["Carla Mendes"], users["Bruno Lima"]
    result = ana.mutate("add_note", conversation_id="cv_maria",
                        text="@Carla pode aprovar 10%? Cc @bruno lima")
    assert result["status"] == "accepted", result
    data = result["data"]
    assert data["mentions"] == [carla, bruno]
    assert data["cannot_see"] == ["Bruno Lima"]          # an agent of another inbox: transfer, or ask a supervisor
    note = _note(ana, "cv_maria", data["message_id"])
    assert note["payload"]["mentions"] == [carla, bruno] and note["kind"] == "note"


def test_a_note_without_mentions_has_none(live_server, ana):
    result = ana.mutate("add_note", conversation_id="cv_maria", text="Cliente pediu retorno amanhã")
    assert result["status"] == "accepted" and "mentions" not in result["data"]
