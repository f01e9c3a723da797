"""The composer as an agent uses it (S3, S4, S5, S11), with the keyboard of a real X display. In
Maria's WhatsApp conversation Ana writes a hidden note mentioning Bruno (Ctrl+Shift+N, "@Bru",
Enter): it stays among the agents, WhatsApp gets nothing; a snippet ("/ola", Enter) filled with
Maria's name and Ana's is sent; a PDF picked in the file dialog (Ctrl+O, its path typed) is
confirmed with a caption and sent as a WhatsApp document. Then João's conversation, whose 24-hour
window closed, is resumed with an approved template (Alt+R, the template found by typing its name,
its second variable typed, Enter).
What WhatsApp received is read at a stand-in for Meta's Graph API (tests/support/fake_graph.py)."""
from __future__ import annotations

from tests.journeys.conftest import at_marias_conversation, quit_with_ctrl_q
from tests.support.desktop import pause
from tests.support.waiting import wait_until

MARIA, JOAO = "cv_maria", "cv_joao"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_note_snippet_attachment_and_resume_from_the_keyboard(desk, graph, graph_server, tmp_path):
    _journey(desk, graph_server, graph, tmp_path)


def _journey(desk, server, graph, tmp_path) -> None:
    proposal = tmp_path / "proposta-enterprise.pdf"
    proposal.write_bytes(PDF)
    app, window = at_marias_conversation(desk, server)

    # a hidden note for Bruno: only the agents see it
    desk.key("ctrl+shift+n")
    desk.type("@Bru")
    pause(0.3)
    desk.key("Return")   # the name from the list
    desk.type("pode ver a proposta?")
    desk.key("Return")
    app.wait_log(rf"note \w+ in {MARIA}")
    note = wait_until(lambda: next((m for m in server.messages(MARIA) if m["kind"] == "note"), None), 30,
                      "the note on the server")
    assert note["text"] == "@Bruno Lima pode ver a proposta?"

    # a snippet, filled in, to Maria
    desk.key("ctrl+shift+n")   # back to writing to the customer
    desk.type("/ola")
    pause(0.3)
    desk.key("Return")   # inserts the snippet
    desk.key("Return")   # sends it
    app.wait_log(rf"message \w+ to {MARIA}")
    wait_until(lambda: graph.sent, 30, "the snippet sent to WhatsApp")
    assert graph.sent[0]["text"]["body"] == "Olá, Maria Oliveira! Aqui é Ana Souza, da Rvops. Como posso ajudar?"

    # the proposal as a PDF: the file dialog, then the preview with a caption
    desk.key("ctrl+o")
    picker = desk.wait_window("^Attach a file$", 15)
    desk.focus(picker)
    desk.type(str(proposal))
    desk.key("Return")
    preview = desk.wait_window("^Send a file$", 15)
    desk.focus(preview)
    desk.type("Proposta do plano Enterprise")
    desk.key("Return")
    app.wait_log(rf"message \w+ to {MARIA} with attachment \w+")
    wait_until(lambda: len(graph.sent) == 2, 30, "the document sent to WhatsApp")
    document = graph.sent[1]
    assert document["type"] == "document" and document["to"] == "5511987654321"
    assert document["document"]["filename"] == "proposta-enterprise.pdf"
    assert document["document"]["caption"] == "Proposta do plano Enterprise"
    assert PDF in graph.uploads[document["document"]["id"]]   # the file itself, uploaded to Meta first

    # João wrote 30 hours ago: his window is closed, resumed with a template
    desk.focus(window)
    desk.key("alt+Down")   # Pedro's (Instagram, 26 hours)
    desk.wait_window("^Pedro")
    desk.key("alt+Down")
    desk.wait_window("^João Pereira — Rvops — Ana Souza")
    desk.key("alt+r")
    dialog = desk.wait_window("^Resume conversation$", 15)
    desk.focus(dialog)
    desk.type("retomar")      # the template list finds it by its name
    desk.key("Tab", "Tab")    # past the list and {{1}}, filled with "João"
    desk.type("o seu boleto")
    desk.key("Return")
    app.wait_log(rf"resume {JOAO} with template retomar_atendimento")
    wait_until(lambda: len(graph.sent) == 3, 30, "the template sent to WhatsApp")
    template = graph.sent[2]
    assert template["type"] == "template" and template["template"]["name"] == "retomar_atendimento"
    body = next(c for c in template["template"]["components"] if c["type"] == "body")
    assert [p["text"] for p in body["parameters"]] == ["João", "o seu boleto"]
    assert len(graph.sent) == 3   # the snippet, the document, the template: the note never left
    quit_with_ctrl_q(desk, app, window)
