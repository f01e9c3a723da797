"""Sentences for people, pt-BR first and English second, chosen by the request's language."""
from __future__ import annotations

SENTENCES: dict[str, tuple[str, str]] = {
    "not_found": ("A conversa não existe mais.", "The conversation no longer exists."),
    "contact_not_found": ("O contato não existe.", "The contact does not exist."),
    "forbidden_see": ("Você não tem acesso a esta conversa.", "You do not have access to this conversation."),
    "forbidden_perm": ("Seu perfil não tem a permissão \"{permission}\". Peça a um administrador.",
                       "Your role lacks the \"{permission}\" permission. Ask an administrator."),
    "not_assigned_queue": ("A conversa está na fila: assuma-a antes de responder.",
                           "The conversation is in the queue: claim it before replying."),
    "not_assigned_other": ("A conversa agora está com {name}.", "The conversation is now with {name}."),
    "claim_conflict": ("{name} assumiu esta conversa primeiro.", "{name} claimed this conversation first."),
    "claim_closed": ("A conversa já foi encerrada.", "The conversation is already closed."),
    "closed": ("A conversa está encerrada.", "The conversation is closed."),
    "window_closed": ("A janela de 24 horas fechou em {closes_at} (UTC). Envie um template para retomar a conversa.",
                      "The 24-hour window closed at {closes_at} (UTC). Send a template to resume the conversation."),
    "window_closed_by_meta": ("A Meta informou que a janela de 24 horas deste contato está fechada (a última mensagem "
                              "dele que a Meta registrou tem mais de 24 horas). Envie um template para retomar a conversa.",
                              "Meta reported this contact's 24-hour window as closed (the last message of theirs Meta "
                              "recorded is older than 24 hours). Send a template to resume the conversation."),
    "reopen_busy": ("{name} já atende este contato numa conversa aberta: continue por ela.",
                    "{name} is already serving this contact in an open conversation: continue there."),
    "deal_not_found": ("O negócio não existe.", "The deal does not exist."),
    "task_not_found": ("A tarefa não existe.", "The task does not exist."),
    "window_closed_never": ("O contato ainda não escreveu: envie um template para iniciar a conversa.",
                            "The contact has not written yet: send a template to start the conversation."),
    "window_closed_instagram": ("Conversas do Instagram não podem ser retomadas: aguarde o contato escrever novamente.",
                                "Instagram conversations cannot be resumed: wait for the contact to write again."),
    "resume_not_needed": ("A janela de 24 horas ainda está aberta; escreva normalmente.",
                          "The 24-hour window is still open; just write."),
    "resume_webchat": ("Conversas de Webchat não precisam ser retomadas.", "Webchat conversations need no resuming."),
    "template_unknown": ("O template \"{name}\" ({language}) não existe.",
                         "The template \"{name}\" ({language}) does not exist."),
    "template_not_approved": ("O template \"{name}\" está com status {status}; só templates aprovados podem ser enviados.",
                              "The template \"{name}\" is {status}; only approved templates can be sent."),
    "template_variables": ("O template \"{name}\" pede {expected} variável(is); foram informadas {given}.",
                           "The template \"{name}\" takes {expected} variable(s); {given} were given."),
    "empty_message": ("A mensagem está vazia.", "The message is empty."),
    "attachment_missing": ("O anexo não foi encontrado; envie o arquivo novamente.",
                           "The attachment was not found; upload the file again."),
    "attachment_not_yours": ("Você só pode anexar um arquivo que você enviou ou que já está numa conversa sua.",
                            "You can only attach a file you uploaded or one already in a conversation you see."),
    "transfer_target": ("Escolha um atendente ou um setor para transferir.", "Choose an agent or a team to transfer to."),
    "transfer_unknown": ("O destino da transferência não existe.", "The transfer target does not exist."),
    "transfer_self": ("A conversa já está com você.", "The conversation is already yours."),
    "unknown_field": ("O campo \"{field}\" não existe no contato.", "The contact has no field \"{field}\"."),
    "bad_value": ("Valor inválido para \"{field}\": {why}.", "Invalid value for \"{field}\": {why}."),
    "snippet_shortcut_taken": ("O atalho /{shortcut} já está em uso.", "The shortcut /{shortcut} is already in use."),
    "snippet_not_found": ("O snippet não existe.", "The snippet does not exist."),
    "user_unknown": ("O usuário não existe.", "The user does not exist."),
    "team_unknown": ("O setor não existe.", "The team does not exist."),
    "contact_busy": ("{name} está atendendo este contato agora; a conversa precisa ser encerrada antes de um novo contato ativo.",
                     "{name} is serving this contact right now; that conversation must be closed before a new outbound one."),
    "contact_yours": ("Você já tem uma conversa aberta com este contato: continue por ela.",
                      "You already have an open conversation with this contact: continue there."),
    "contact_no_phone": ("O contato não tem telefone de WhatsApp.", "The contact has no WhatsApp phone number."),
    "id_taken": ("Este identificador já está em uso.", "This id is already in use."),
    "forbidden_contact": ("Você não atende este contato: só quem o vê numa conversa, o dono ou um supervisor pode alterá-lo.",
                          "You do not serve this contact: only an agent who sees it in a conversation, its owner or a "
                          "supervisor may change it."),
    "phone_in_open_conversation": ("O contato está numa conversa aberta, que responde ao número com que começou: "
                                   "encerre-a ou peça a um supervisor para mudar o telefone.",
                                   "The contact is in an open conversation, which replies to the number it opened "
                                   "with: close it or ask a supervisor to change the phone."),
    "forbidden_call": ("Você não tem acesso a esta conversa para registrar a ligação.",
                       "You do not have access to this conversation to log the call."),
    "call_id_taken": ("Este identificador de ligação já pertence a outra pessoa.",
                      "This call id already belongs to someone else."),
    "reply_to_unknown": ("A mensagem respondida não está nesta conversa.",
                         "The message replied to is not in this conversation."),
    "email_taken": ("O e-mail {email} já pertence a outro usuário.", "The e-mail {email} already belongs to another user."),
    "team_name_taken": ("Já existe um setor chamado \"{name}\".", "There is already a team called \"{name}\"."),
    "last_admin": ("{name} é o último administrador ativo: torne outro usuário administrador antes de rebaixar ou "
                   "desativar esta conta.",
                   "{name} is the last active administrator: make another user an administrator before demoting or "
                   "deactivating this account."),
    "above_yourself": ("Você não pode dar a um usuário permissões que você não tem, nem alterar um administrador sem "
                       "ser administrador.",
                       "You cannot give a user permissions you do not hold, nor change an administrator without being "
                       "one."),
    "user_inactive": ("{name} está desativado(a): reative a conta ou escolha outra pessoa.",
                      "{name} is deactivated: reactivate the account or choose someone else."),
    "wrong_current_password": ("A senha atual não confere. Digite-a de novo ou peça a um administrador para redefini-la.",
                               "The current password is wrong. Type it again or ask an administrator to reset it."),
    "team_has_open": ("O setor {name} tem {count} conversa(s) aberta(s): transfira-as ou encerre-as antes de excluí-lo.",
                      "The team {name} holds {count} open conversation(s): transfer or close them before deleting it."),
    "password_throttled": ("Muitas tentativas com a senha atual errada; tente de novo em {wait} s.",
                           "Too many attempts with a wrong current password; try again in {wait} s."),
    "account_deactivated": ("Esta conta está desativada. Fale com um administrador.",
                            "This account is deactivated. Talk to an administrator."),
}


def say(key: str, lang: str = "pt-BR", **values) -> str:
    pt, en = SENTENCES[key]
    return (en if lang.lower().startswith("en") else pt).format(**values)
