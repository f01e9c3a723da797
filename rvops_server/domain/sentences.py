"""The server's sentences for people: pt-BR first and English second, said in the request's language.

One `rvops_contract.sentences.Catalogue`: `say(key, lang, **fields)` renders `Sentence(key, **fields)`
per `Accept-Language` (the API, the mutations) or the visitor's `lang` (the web chat).
"""
from __future__ import annotations

from rvops_contract.sentences import Catalogue

SENTENCES: dict[str, tuple[str, str]] = {
    "not_found": ("A conversa não existe mais.", "The conversation no longer exists."),
    "invalid_argument": ("O valor de “{field}” não é aceito: confira e tente de novo.",
                         "The value of “{field}” is not accepted ({detail}): check it and try again."),
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
    "window_closed_by_meta": (("A Meta informou que a janela de 24 horas deste contato está fechada (a última mensagem "
                              "dele que a Meta registrou tem mais de 24 horas). Envie um template para retomar a conversa."),
                              ("Meta reported this contact's 24-hour window as closed (the last message of theirs Meta "
                              "recorded is older than 24 hours). Send a template to resume the conversation.")),
    "reopen_busy": ("{name} já atende este contato numa conversa aberta: continue por ela.",
                    "{name} is already serving this contact in an open conversation: continue there."),
    "snooze_in_the_past": ("O horário para a conversa voltar já passou: escolha outro.",
                           "The time for the conversation to come back has passed: choose another."),
    "snooze_too_far": ("Uma conversa pode ser adiada por no máximo 30 dias.",
                       "A conversation can be snoozed for at most 30 days."),
    "labels_too_long": ("Uma etiqueta tem no máximo 30 caracteres.", "A label has at most 30 characters."),
    "labels_too_many": ("Uma conversa tem no máximo 10 etiquetas.", "A conversation has at most 10 labels."),
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
    "reaction_target_unknown": ("A mensagem a que você reagiu não está nesta conversa.",
                                "The message you reacted to is not in this conversation."),
    "reaction_target_unsent": ("Esta mensagem ainda não chegou ao cliente: reaja quando ela for enviada.",
                               "This message has not reached the customer yet: react once it is sent."),
    "reaction_not_on_channel": ("O {channel} não aceita reações enviadas por aqui.",
                                "{channel} does not take reactions sent from here."),
    "attachment_missing": ("O anexo não foi encontrado; envie o arquivo novamente.",
                           "The attachment was not found; upload the file again."),
    "attachment_not_yours": ("Você só pode anexar um arquivo que você enviou ou que já está numa conversa sua.",
                            "You can only attach a file you uploaded or one already in a conversation you see."),
    "transfer_target": ("Escolha um atendente ou um setor para transferir.", "Choose an agent or a team to transfer to."),
    "transfer_unknown": ("O destino da transferência não existe.", "The transfer target does not exist."),
    "transfer_self": ("A conversa já está com você.", "The conversation is already yours."),
    "transfer_not_agent": ("{name} não atende conversas (só agentes e supervisores): escolha outra pessoa.",
                           "{name} does not answer conversations (only agents and supervisors do): choose another."),
    "unknown_field": ("O campo \"{field}\" não existe no contato.", "The contact has no field \"{field}\"."),
    "bad_value": ("Valor inválido para \"{field}\": {why}.", "Invalid value for \"{field}\": {why}."),
    "snippet_shortcut_taken": ("O atalho /{shortcut} já está em uso.", "The shortcut /{shortcut} is already in use."),
    # what a value must be, said after "bad_value"'s colon
    "why_text": ("texto", "text"),
    "why_short_text": ("texto de 1 a 200 caracteres", "text of 1 to 200 characters"),
    "why_email": ("e-mail inválido", "not a valid e-mail address"),
    "why_text_list": ("lista de textos", "a list of texts"),
    "why_unknown_user": ("usuário inexistente", "no such user"),
    "why_choice": ("uma das opções: {choices}", "one of: {choices}"),
    "why_stage": ("uma etapa do funil", "a stage of the pipeline"),
    "why_date_time": ("data e hora ISO-8601", "an ISO-8601 date and time"),
    "why_number": ("número", "a number"),
    "why_yes/no": ("sim/não", "yes/no"),
    "why_date": ("data AAAA-MM-DD", "a date YYYY-MM-DD"),
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
                          ("You do not serve this contact: only an agent who sees it in a conversation, its owner or a "
                          "supervisor may change it.")),
    "phone_in_open_conversation": (("O contato está numa conversa aberta, que responde ao número com que começou: "
                                   "encerre-a ou peça a um supervisor para mudar o telefone."),
                                   ("The contact is in an open conversation, which replies to the number it opened "
                                   "with: close it or ask a supervisor to change the phone.")),
    "forbidden_call": ("Você não tem acesso a esta conversa para registrar a ligação.",
                       "You do not have access to this conversation to log the call."),
    "call_id_taken": ("Este identificador de ligação já pertence a outra pessoa.",
                      "This call id already belongs to someone else."),
    "reply_to_unknown": ("A mensagem respondida não está nesta conversa.",
                         "The message replied to is not in this conversation."),
    "email_taken": ("O e-mail {email} já pertence a outro usuário.", "The e-mail {email} already belongs to another user."),
    "team_name_taken": ("Já existe um setor chamado \"{name}\".", "There is already a team called \"{name}\"."),
    "last_admin": (("{name} é o último administrador ativo: torne outro usuário administrador antes de rebaixar ou "
                   "desativar esta conta."),
                   ("{name} is the last active administrator: make another user an administrator before demoting or "
                   "deactivating this account.")),
    "above_yourself": (("Você não pode dar a um usuário permissões que você não tem, nem alterar um administrador sem "
                       "ser administrador."),
                       ("You cannot give a user permissions you do not hold, nor change an administrator without being "
                       "one.")),
    "user_inactive": ("{name} está desativado(a): reative a conta ou escolha outra pessoa.",
                      "{name} is deactivated: reactivate the account or choose someone else."),
    "wrong_current_password": ("A senha atual não confere. Digite-a de novo ou peça a um administrador para redefini-la.",
                               "The current password is wrong. Type it again or ask an administrator to reset it."),
    "team_has_open": ("O setor {name} tem {count} conversa(s) aberta(s): transfira-as ou encerre-as antes de excluí-lo.",
                      "The team {name} holds {count} open conversation(s): transfer or close them before deleting it."),
    # a team's business hours (rvops_contract/business_hours.py: check_hours), {day} said by day_name
    "hours_bad_time_zone": ("O fuso horário \"{zone}\" não existe (use um nome como America/Sao_Paulo).",
                            "The time zone \"{zone}\" does not exist (use a name like America/Sao_Paulo)."),
    "hours_bad_time": ("O horário {start}–{end} ({day}) não está no formato HH:MM, de 00:00 a 24:00.",
                       "The hours {start}–{end} ({day}) are not in the HH:MM form, from 00:00 to 24:00."),
    "hours_end_before_start": ("O horário {start}–{end} ({day}) termina antes de começar.",
                               "The hours {start}–{end} ({day}) end before they start."),
    "hours_overlap": ("Os horários {other_start}–{other_end} e {start}–{end} ({day}) se sobrepõem.",
                      "The hours {other_start}–{other_end} and {start}–{end} ({day}) overlap."),
    "password_throttled": ("Muitas tentativas com a senha atual errada; tente de novo em {wait} s.",
                           "Too many attempts with a wrong current password; try again in {wait} s."),
    "account_deactivated": ("Esta conta está desativada. Fale com um administrador.",
                            "This account is deactivated. Talk to an administrator."),
    "invite_invalid": (("Este código de convite não vale: confira o e-mail e o código, ou peça um novo convite a "
                        "um administrador (o código vale uma vez, por 7 dias)."),
                       ("This invite code is not valid: check the e-mail and the code, or ask an administrator for "
                        "a new invite (a code works once, for 7 days).")),
    "invite_already_accepted": ("{name} já aceitou o convite e tem senha: para uma nova, redefina a senha.",
                                "{name} has already accepted the invite and has a password: reset it for a new one."),
    # the contacts directory (issue 18): phones by rvops_contract.phones, and merging
    "phone_empty": ("Digite um número de telefone.", "Type a phone number."),
    "phone_no_country_code": ("“{raw}” não tem o código do país; digite-o como +<país><número>.",
                              "“{raw}” has no country code; type it as +<country><number>."),
    "phone_too_short": ("Faltam dígitos em “{raw}”: digite-o com o DDD, ex.: +55 11 98765-4321.",
                        "“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321."),
    "phone_invalid": ("“{raw}” não é um número de telefone válido.", "“{raw}” is not a valid phone number."),
    "phone_taken": ("O telefone {phone} já é do contato {name}: abra esse contato ou junte os dois.",
                    "The phone {phone} already belongs to the contact {name}: open that contact or merge the two."),
    "merge_same": ("Escolha dois contatos diferentes para juntar.", "Choose two different contacts to merge."),
    "merge_both_open": ("Os dois contatos estão em conversas abertas no {channel}: encerre uma delas antes de juntá-los.",
                        "Both contacts are in open {channel} conversations: close one of them before merging."),
    "merge_missing": ("O contato {which} não existe mais: atualize a lista e escolha de novo.",
                      "The contact {which} no longer exists: refresh the list and choose again."),
    "chatbot_property_unknown": (("O robô não pode perguntar \"{property}\": o contato não tem esse campo. Crie a "
                                 "propriedade antes ou use email ou name."),
                                 ("The bot cannot ask for \"{property}\": contacts have no such field. Define the "
                                 "property first, or use email or name.")),
    # the workspace's catalogue (issue 16): property definitions, labels, templates
    "property_bad_key": (("A chave da propriedade usa letras minúsculas, dígitos e _ e começa por uma letra (ex.: "
                         "plano_contratado)."),
                         ("A property key uses lowercase letters, digits and _ and starts with a letter (e.g. "
                         "plan_type).")),
    "property_reserved_key": ("\"{name}\" é um campo do próprio contato: escolha outra chave.",
                              "\"{name}\" is a field of the contact itself: choose another key."),
    "property_unknown_type": ("O tipo da propriedade deve ser texto, número, data, sim/não ou escolha.",
                              "A property's type is text, number, date, yes/no or choice."),
    "property_options_missing": ("Uma propriedade de escolha precisa de ao menos uma opção.",
                                 "A choice property needs at least one option."),
    "property_options_repeated": ("As opções de uma escolha não podem se repetir.",
                                  "A choice's options cannot repeat."),
    "property_options_not_allowed": ("Só propriedades de escolha têm opções: mude o tipo ou retire as opções.",
                                     "Only choice properties have options: change the type or remove them."),
    "property_bad_option": ("Cada opção tem de 1 a 100 caracteres, e são no máximo 50.",
                            "Each option has 1 to 100 characters, and there are at most 50."),
    "property_unknown": ("A propriedade não existe mais.", "The property no longer exists."),
    "property_key_fixed": (("A chave de uma propriedade não muda (os valores dos contatos estão guardados nela): "
                           "crie outra propriedade."),
                           ("A property's key does not change (the contacts' values are stored under it): create "
                           "another property.")),
    "property_key_taken": ("Já existe uma propriedade com a chave \"{name}\".",
                           "There is already a property with the key \"{name}\"."),
    "property_required": ("Preencha os campos obrigatórios: {fields}. Nada foi salvo.",
                          "Fill in the required fields: {fields}. Nothing was saved."),
    "label_empty": ("Dê um nome à etiqueta.", "Give the label a name."),
    "label_bad_colour": ("A cor da etiqueta é um código #RRGGBB (ex.: #1E88E5).",
                         "A label's colour is a #RRGGBB code (e.g. #1E88E5)."),
    "label_name_taken": ("Já existe uma etiqueta \"{name}\".", "There is already a label \"{name}\"."),
    "label_unknown": ("A etiqueta não existe mais.", "The label no longer exists."),
    "template_bad_name": ("O nome do template usa só letras minúsculas, dígitos e _ (ex.: lembrete_pagamento).",
                          "A template name uses only lowercase letters, digits and _ (e.g. payment_reminder)."),
    "template_bad_language": ("O idioma do template é um código da Meta, como pt_BR ou en_US.",
                              "A template's language is a Meta code such as pt_BR or en_US."),
    "template_bad_category": ("A categoria é MARKETING, UTILITY ou AUTHENTICATION.",
                              "The category is MARKETING, UTILITY or AUTHENTICATION."),
    "template_no_body": ("O template precisa de um corpo (BODY) com texto.", "A template needs a BODY with text."),
    "template_bad_component": ("Os componentes são HEADER, BODY, FOOTER e BUTTONS, cada um uma vez.",
                               "The components are HEADER, BODY, FOOTER and BUTTONS, each once."),
    "template_body_too_long": ("O corpo do template tem no máximo 1024 caracteres.",
                               "A template's body has at most 1024 characters."),
    "template_header_format": ("O cabeçalho é de texto (com o texto escrito), imagem, vídeo ou documento.",
                               "The header is text (with its text written), an image, a video or a document."),
    "template_header_text": ("O cabeçalho de texto tem no máximo 60 caracteres e uma variável, {{{{1}}}}.",
                             "A text header has at most 60 characters and one variable, {{{{1}}}}."),
    "template_header_media_example": (("Um cabeçalho de imagem, vídeo ou documento precisa de um arquivo de exemplo "
                                       "enviado à Meta (header_handle)."),
                                      ("An image, video or document header needs a sample file uploaded to Meta "
                                       "(header_handle).")),
    "template_bad_footer": ("O rodapé tem texto de até 60 caracteres, sem variáveis.",
                            "The footer is text of up to 60 characters, without variables."),
    "template_bad_buttons": ("De 1 a 10 botões: até 10 de resposta rápida, 2 de link e 1 de telefone.",
                             "From 1 to 10 buttons: up to 10 quick replies, 2 links and 1 phone number."),
    "template_buttons_not_grouped": (("As respostas rápidas ficam juntas, antes ou depois dos botões de link e de "
                                      "telefone."),
                                     "Quick replies go together, before or after the link and phone buttons."),
    "template_button_text": ("Cada botão tem um texto de até 25 caracteres, numa linha e sem variáveis.",
                             "Each button has a text of up to 25 characters, on one line and without variables."),
    "template_button_url": (("Um botão de link leva um endereço http(s) de até 2000 caracteres, com no máximo uma "
                             "variável, {{{{1}}}}, no fim."),
                            ("A link button holds an http(s) address of up to 2000 characters, with at most one "
                             "variable, {{{{1}}}}, at its end.")),
    "template_button_phone": ("Um botão de telefone leva o número com o código do país (ex.: +5511987654321).",
                              "A phone button holds the number with its country code (e.g. +5511987654321)."),
    "template_media_link": ("O cabeçalho do template \"{name}\" mostra um arquivo: informe o link dele (https://…).",
                            "The template \"{name}\" shows a file in its header: give its link (https://…)."),
    "template_placeholders_out_of_order": ("As variáveis seguem a ordem {{{{1}}}}, {{{{2}}}}… sem pular números.",
                                           "Variables go {{{{1}}}}, {{{{2}}}}… without skipping a number."),
    "template_example_missing": (("A Meta exige um exemplo para cada variável (o endereço completo, num botão de "
                                  "link): preencha os exemplos."),
                                 ("Meta requires an example for every variable (the full address, for a link "
                                  "button): fill in the examples.")),
    "template_exists": ("Já existe o template \"{name}\" em {language}.",
                        "There is already a template \"{name}\" in {language}."),
    "template_not_on_server": ("Não há template \"{name}\" neste servidor.", "There is no template \"{name}\" on this server."),
    "template_meta_refused": ("A Meta recusou o template: {reason} Nada foi salvo; corrija e envie de novo.",
                              "Meta refused the template: {reason} Nothing was saved; correct it and submit again."),
    "template_meta_refused_delete": ("A Meta recusou excluir o template: {reason} Ele continua como estava.",
                                     "Meta refused to delete the template: {reason} It stays as it was."),
    "template_meta_unreachable": (("Não foi possível falar com a Meta agora ({reason}). Nada foi alterado; tente de "
                                  "novo em alguns minutos."),
                                  ("Meta could not be reached now ({reason}). Nothing changed; try again in a few "
                                  "minutes.")),
    "template_meta_access": ("{reason} Nada foi enviado à Meta nem salvo.",
                             "{reason} Nothing was sent to Meta or saved."),
    "whatsapp_not_configured": ("O WhatsApp não está configurado neste servidor.",
                                "WhatsApp is not configured on this server."),
    # the web chat's visitors (rvops_server/webchat/routes.py)
    "webchat_empty": ("Escreva uma mensagem.", "Write a message."),
    "webchat_too_long": ("A mensagem passa de {limit} caracteres.", "The message is longer than {limit} characters."),
    "webchat_identity": ("Sua sessão expirou; recarregue a página.", "Your session expired; reload the page."),
    "webchat_unknown": ("Mensagem não reconhecida.", "Unrecognised message."),
    "webchat_rate_limited": ("Muitas mensagens seguidas; espere {wait} s e tente de novo.",
                             "Too many messages in a row; wait {wait} s and try again."),
    "webchat_too_many_sockets": ("Muitas conversas abertas deste endereço; tente mais tarde.",
                                 "Too many chats open from this address; try again later."),
}


DAY_NAMES: dict[str, tuple[str, str]] = {
    "mon": ("segunda-feira", "Monday"), "tue": ("terça-feira", "Tuesday"), "wed": ("quarta-feira", "Wednesday"),
    "thu": ("quinta-feira", "Thursday"), "fri": ("sexta-feira", "Friday"), "sat": ("sábado", "Saturday"),
    "sun": ("domingo", "Sunday"),
}


CATALOGUE = Catalogue(SENTENCES)
DAYS = Catalogue(DAY_NAMES)


def day_name(day: str, lang: str | None = "pt-BR") -> str:
    """A weekday (mon…sun) in the request's language."""
    return DAYS.say(day, lang) if day in DAYS else day


def say(key: str, lang: str | None = "pt-BR", /, **values: object) -> str:
    """The sentence `key` with its fields, in the request's language (pt-BR unless English is asked)."""
    return CATALOGUE.say(key, lang, **values)
