"""The pt-BR translations of the UI's English source strings, by the part of the app that says them
(scripts/translations.py fills rvops_pt_BR.ts from PT_BR). A source string without an entry here
stays "unfinished" and shows in English."""
from __future__ import annotations

# The voip layer's sentences (rvops_desktop/voip: Qt-free, rendered by ui/services/softphone.py `say`).
PT_BR_VOIP = {
    "answer the call": "atender a ligação", "reject the call": "recusar a ligação",
    "hang up the call": "desligar a ligação", "put the call on hold": "colocar a ligação em espera",
    "resume the call": "retomar a ligação", "send keypad tones": "enviar tons do teclado",
    "transfer the call": "transferir a ligação",
    "still calling": "ainda chamando", "still ringing": "ainda tocando", "still connecting": "ainda conectando",
    "already answered": "já atendida", "over": "encerrada",
    "Cannot {action}: the call is {state}.": "Não é possível {action}: a ligação está {state}.",
    "Could not {action} ({reason}).": "Não foi possível {action} ({reason}).",
    "Could not call {number} ({reason}).": "Não foi possível ligar para {number} ({reason}).",
    "“{digits}” has keys a phone keypad cannot send (use 0-9, *, #, A-D).":
        "“{digits}” tem teclas que um teclado de telefone não envia (use 0-9, *, #, A-D).",
    "Call quality is available only while the call has audio.":
        "A qualidade da ligação só está disponível enquanto ela tem áudio.",
    "Call quality is not available right now ({reason}).":
        "A qualidade da ligação não está disponível agora ({reason}).",
    "“{raw}” has no country code; type it as +<country><number>.":
        "“{raw}” não tem código do país; digite como +<país><número>.",
    "“{raw}” is not a valid phone number.": "“{raw}” não é um número de telefone válido.",
    "Type a number to call.": "Digite um número para ligar.",
    "“{raw}” is neither a phone number nor a SIP address.": "“{raw}” não é um número de telefone nem um endereço SIP.",
    "Set up the SIP account before calling a number.": "Configure a conta SIP antes de ligar para um número.",
    "The sound device could not be opened ({reason}); the call goes on without sound. "
    "Choose another device in the softphone settings.":
        "Não foi possível abrir o dispositivo de som ({reason}); a ligação continua sem som. "
        "Escolha outro dispositivo nas configurações do softphone.",
    "The {role} “{device}” is not available (unplugged?); using the system default instead. "
    "It will be used again once you choose it in the softphone settings.":
        "O {role} “{device}” não está disponível (desconectado?); usando o padrão do sistema. "
        "Ele volta a ser usado quando você o escolher nas configurações do softphone.",
    "microphone": "microfone", "speaker": "alto-falante", "ring device": "dispositivo de toque",
    "“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321.":
        "Faltam dígitos em “{raw}”: digite-o com o DDD, ex.: +55 11 98765-4321.",
}

PT_BR = {
    "&Tools": "&Ferramentas", "Action": "Ação", "Add note": "Adicionar nota",
    "Approved WhatsApp templates": "Modelos do WhatsApp aprovados", "Attach a file": "Anexar arquivo",
    "Attachment": "Anexo", "Call": "Ligar", "Call — %1": "Ligação — %1", "Calls (%1)": "Ligações (%1)",
    "Claim": "Assumir", "Claim this conversation to reply.": "Assuma esta conversa para responder.",
    "Close": "Finalizar", "Close conversation": "Finalizar conversa",
    "Close the conversation with %1? It leaves your inbox and the contact's record is consolidated.":
        "Finalizar a conversa com %1? Ela sai da sua caixa de entrada e o registro do contato é consolidado.",
    "Closed": "Finalizadas", "Companies": "Empresas", "Com&panies": "Em&presas", "Company name": "Nome da empresa",
    "Connecting…": "Conectando…", "Contact card": "Cartão de contato",
    "Conversations (%1)": "Conversas (%1)", "Deal title": "Título do negócio", "Deals": "Negócios", "D&eals": "Negó&cios",
    "Delete": "Excluir", "Delete snippet": "Excluir resposta rápida", "Delete the snippet /%1?": "Excluir a resposta rápida /%1?",
    "E-mail": "E-mail", "Emoji": "Emoji",
    "Fill in a shortcut (letters, digits, - or _), a title and the text.":
        "Preencha um atalho (letras, números, - ou _), um título e o texto.",
    "Fill in the server, your e-mail and your password.": "Preencha o servidor, seu e-mail e sua senha.",
    "Hidden note": "Nota oculta", "Hidden note — only agents see this": "Nota oculta — só agentes veem",
    "Keyboard shortcuts": "Atalhos de teclado", "Keys": "Teclas", "Location": "Localização", "Locked": "Bloqueada",
    "Mine": "Minhas", "Missed call": "Ligação perdida", "Mute this conversation": "Silenciar esta conversa",
    "Name": "Nome", "New": "Novo", "New company": "Nova empresa", "New c&ompany": "Nova &empresa",
    "New conversation for you": "Nova conversa para você",
    "New conversation in the queue": "Nova conversa na fila", "New deal": "Novo negócio", "New &deal": "Novo ne&gócio",
    "New line": "Nova linha", "New message from %1": "Nova mensagem de %1", "New task": "Nova tarefa", "New tas&k": "Nova &tarefa",
    "No conversations here.": "Nenhuma conversa aqui.",
    "No microphone was found: connect one to record voice notes.":
        "Nenhum microfone encontrado: conecte um para gravar áudios.",
    "Not sent: %1 — click to retry": "Não enviada: %1 — clique para tentar de novo",
    "Note": "Nota", "No connection: %1 waiting": "Sem conexão: %1 aguardando", "Online": "Online",
    "Connected": "Conectado",
    "Optional note for the receiver (hidden from the contact)":
        "Nota opcional para quem recebe (o contato não vê)",
    "Password": "Senha", "Phone": "Telefone", "Pick a conversation on the left.": "Escolha uma conversa à esquerda.",
    "No deals for this contact": "Nenhum negócio deste contato", "No calls with this contact": "Nenhuma ligação com este contato",
    "No companies for this contact": "Nenhuma empresa deste contato",
    "No tasks for this contact": "Nenhuma tarefa deste contato",
    "The contact's details show here when a conversation is open: properties, deals, companies and tasks.":
        "Os dados do contato aparecem aqui quando uma conversa está aberta: propriedades, negócios, empresas e "
        "tarefas.",
    "Preview": "Pré-visualização", "Previous / next conversation": "Conversa anterior / seguinte",
    "Walk the conversation list (the focus stays in it)": "Percorrer a lista de conversas (o foco fica nela)",
    "Next / previous pane: views, list, conversation, contact":
        "Painel seguinte / anterior: visões, lista, conversa, contato",
    "Previous history": "Histórico anterior", "History": "Histórico",
    "Previous history: this contact's earlier conversations": "Histórico anterior: as conversas anteriores deste contato", "Previous history — %1": "Histórico anterior — %1",
    "Properties": "Propriedades", "Queue": "Fila",
    "Read from this computer's copy: available offline.": "Lido da cópia deste computador: disponível offline.",
    "Read-only: your profile does not have the \"edit contact\" permission. Ask an administrator.":
        "Somente leitura: seu perfil não tem a permissão \"editar contato\". Peça a um administrador.",
    "Reacted %1": "Reagiu %1", "Record a voice note": "Gravar áudio", "Resume conversation": "Retomar conversa",
    "Rvops — %1 unread": "Rvops — %1 não lida(s)", "Save": "Salvar", "Search": "Buscar", "Search: %1": "Busca: %1",
    "Search conversations, contacts, messages (Ctrl+K)": "Buscar conversas, contatos, mensagens (Ctrl+K)",
    "Search teams and agents": "Buscar equipes e agentes", "Send": "Enviar", "Send template": "Enviar modelo",
    "Server": "Servidor", "Session expired: sign in again": "Sessão expirada: entre novamente",
    "Shortcut (/…)": "Atalho (/…)", "S&hortcut (/…)": "&Atalho (/…)", "&Title": "&Título", "&Message": "&Mensagem",
    "&New": "&Novo", "&Snippets…": "&Respostas rápidas…", "Fill in the name and the e-mail.": "Preencha o nome e o e-mail.", "Sign in": "Entrar", "Sign in to Rvops": "Entrar no Rvops",
    "Signing in failed: %1": "Não foi possível entrar: %1", "Snippets": "Respostas rápidas", "Snippets…": "Respostas rápidas…",
    "Stop and send the voice note": "Parar e enviar o áudio", "Sync stopped": "Sincronização parada",
    "Syncing: %1 waiting": "Sincronizando: %1 aguardando",
    "Take this conversation from the queue": "Assumir esta conversa da fila",
    "Task title": "Título da tarefa", "Tasks": "Tarefas", "T&asks": "Tarefa&s", "Team %1 — %2 online": "Equipe %1 — %2 online",
    "Template: %1": "Modelo: %1", "Templates sent (%1)": "Modelos enviados (%1)", "Text": "Texto",
    "Text; variables: {{contact.name}}, {{agent.name}}": "Texto; variáveis: {{contact.name}}, {{agent.name}}",
    "The 24-hour window is closed: on Instagram the contact must write first; the conversation unlocks "
    "when they do.": "A janela de 24 horas está fechada: no Instagram o contato precisa escrever primeiro; "
                     "a conversa desbloqueia quando ele escrever.",
    "The 24-hour window is closed: the contact's last message is more than 24 hours old. Resume the "
    "conversation with an approved template.": "A janela de 24 horas está fechada: a última mensagem do "
                                               "contato tem mais de 24 horas. Retome a conversa com um "
                                               "modelo aprovado.",
    "The server could not be reached. Check the address and your connection.":
        "Não foi possível alcançar o servidor. Confira o endereço e sua conexão.",
    "The server refused this action.": "O servidor recusou esta ação.",
    "The voice note could not be recorded: %1": "Não foi possível gravar o áudio: %1",
    "This conversation is closed.": "Esta conversa está finalizada.", "This sheet": "Esta lista",
    "This message type is not supported yet.": "Este tipo de mensagem ainda não é suportado.",
    "Title": "Título", "Transfer": "Transferir", "Transfer conversation": "Transferir conversa",
    "Unassigned": "Sem responsável", "Variable {{%1}}": "Variável {{%1}}", "Voice note": "Áudio",
    "Rvops Desktop update": "Atualização do Rvops Desktop",
    "Version %1 is available (you have %2). Installing it restarts the app; your conversations and unsent messages are kept.":
        "A versão %1 está disponível (você usa a %2). Instalar reinicia o app; suas conversas e mensagens não enviadas são mantidas.",
    "Update and restart": "Atualizar e reiniciar", "Later": "Mais tarde",
    "You can update when the call ends.": "Você pode atualizar quando a ligação terminar.",
    "This installation is managed by the system: it is updated with the system's packages (ask your administrator).":
        "Esta instalação é gerenciada pelo sistema: ela é atualizada pelos pacotes do sistema (fale com o administrador).",
    "Downloading and checking the update…": "Baixando e verificando a atualização…",
    "The update could not be installed (%1). Nothing was changed.": "A atualização não pôde ser instalada (%1). Nada foi alterado.",
    "Restarting…": "Reiniciando…",
    "Open the softphone settings": "Abrir as configurações do softphone",
    "Do not disturb: decline incoming calls (they stay in the call log)":
        "Não perturbe: recusar ligações recebidas (elas ficam no histórico de ligações)",
    "Answer incoming calls automatically (call-center queues)": "Atender ligações automaticamente (filas de call center)",
    " s": " s", "Answer after": "Atender após",
    "Seconds of ringing before answering automatically": "Segundos tocando antes de atender automaticamente",
    "● Phone: do not disturb": "● Telefone: não perturbe",
    "Incoming calls are declined (Tools ▸ Softphone settings…).":
        "As ligações recebidas são recusadas (Ferramentas ▸ Configurações do softphone…).",
    "Microphone level": "Nível do microfone", "%v dBFS": "%v dBFS",
    "%1 deactivated the agent who held it: the conversation went back to distribution":
        "%1 desativou quem atendia: a conversa voltou para a distribuição",
    "Forward…": "Encaminhar…", "Forward message": "Encaminhar mensagem", "Forward": "Encaminhar",
    "Search conversations": "Buscar conversas", "Conversations to forward to": "Conversas para onde encaminhar",
    "Forwarded to %1": "Encaminhada para %1",
    # sending a file (the preview before it goes)
    "Send a file": "Enviar arquivo", "Picture to send": "Imagem a enviar", "File to send": "Arquivo a enviar",
    "Caption": "Legenda", "Add a caption (optional)": "Adicionar legenda (opcional)",
    "No caption on this kind of file": "Este tipo de arquivo não leva legenda",
    "%1 shows no caption on audio or stickers: send the text as its own message.":
        "O %1 não mostra legenda em áudios e figurinhas: envie o texto como uma mensagem própria.",
    "%1 has no captions: the text goes as a message right after the file.":
        "O %1 não tem legendas: o texto vai como uma mensagem logo depois do arquivo.",
    "Pasted image %1": "Imagem colada %1",
    # snooze (the header's menu, the pane's sentences, the views list)
    "Snooze": "Adiar", "Snoozed": "Adiadas",
    "Put it away until a time: it comes back to Mine then, or as soon as the customer writes":
        "Guardar até um horário: ela volta para Minhas nesse momento, ou assim que o cliente escrever",
    "For 1 hour": "Por 1 hora", "For 3 hours": "Por 3 horas", "Until tomorrow, 9:00": "Até amanhã, 9:00",
    "Until Monday, 9:00": "Até segunda-feira, 9:00", "Wake it now": "Retomar agora",
    "Awake: the conversation is back in Mine.": "Retomada: a conversa voltou para Minhas.",
    "Snoozed until %1: it comes back to Mine then, or as soon as the customer writes.":
        "Adiada até %1: ela volta para Minhas nesse momento, ou assim que o cliente escrever.",
    "Snoozed until %1": "Adiada até %1", "Back from snooze: %1": "De volta do adiamento: %1",
    "%1 mentioned you": "%1 mencionou você",
    "Until the customer replies": "Até o cliente responder",
    "Pending: it comes back to Mine when the customer writes.":
        "Pendente: ela volta para Minhas quando o cliente escrever.",
    "Pending: until the customer replies": "Pendente: até o cliente responder",
    # starting a conversation
    "New conversation": "Nova conversa", "&New conversation…": "&Nova conversa…",
    "Start conversation": "Iniciar conversa", "Search contacts by name, phone or e-mail":
        "Buscar contatos por nome, telefone ou e-mail", "Search contacts": "Buscar contatos",
    "Contacts": "Contatos", "Contact": "Contato", "no WhatsApp number": "sem número de WhatsApp",
    "Open that conversation": "Abrir essa conversa",
    "%1 is already in an open conversation, with %2: continue there.":
        "%1 já está numa conversa aberta, com %2: continue por ela.",
    "you": "você", "the queue": "a fila", "Choose the contact to write to.": "Escolha o contato para quem escrever.",
    "This contact has no WhatsApp number.": "Este contato não tem número de WhatsApp.",
    # the contacts directory (issue 18)
    "&Contacts…": "&Contatos…", "New contact": "Novo contato", "New contact…": "Novo contato…", "&New contact…": "&Novo contato…",
    "&Start conversation": "&Iniciar conversa",
    "New contact %1": "Novo contato %1", "Create contact": "Criar contato", "Tags": "Tags",
    "lead, event": "lead, evento",
    "“%1” is missing digits: type it with its area code, e.g. +55 11 98765-4321.":
        "Faltam dígitos em “%1”: digite-o com o DDD, ex.: +55 11 98765-4321.",
    "“%1” is not a valid phone number.": "“%1” não é um número de telefone válido.",
    "%1 already has this number: open that contact, or merge the two.":
        "%1 já tem este número: abra esse contato ou junte os dois.",
    "Saved as %1": "Será salvo como %1",
    "Merge a duplicate into %1": "Juntar um contato duplicado a %1", "Find the duplicate": "Encontre o duplicado",
    "Its conversations, calls, deals, companies, tasks and tags move to %1, with the fields %1 has empty; "
    "then the duplicate is deleted.":
        "As conversas, ligações, negócios, empresas, tarefas e etiquetas dele passam para %1, com os campos "
        "que %1 tem vazios; depois o duplicado é excluído.",
    "Merge": "Juntar", "Merge a duplicate…": "Juntar um duplicado…",
    "Search by name, phone, e-mail, tag or property": "Buscar por nome, telefone, e-mail, etiqueta ou propriedade",
    "Owner": "Responsável", "nobody": "ninguém",
    # labels
    "Labels": "Etiquetas", "Put labels on the conversation, to find it again":
        "Pôr etiquetas na conversa, para encontrá-la depois",
    "Labels of the conversation": "Etiquetas da conversa", "New label, then Enter": "Nova etiqueta, e Enter",
    "New label": "Nova etiqueta", "At most %1 labels on a conversation.": "No máximo %1 etiquetas por conversa.",
    "Label": "Etiqueta", "All labels": "Todas as etiquetas",
    "Only conversations with this label": "Só as conversas com esta etiqueta",
    "The pasted picture could not be saved.": "Não foi possível salvar a imagem colada.",
    "None of your open conversations can receive it now: forward to a conversation you hold whose 24-hour "
    "window is open.": "Nenhuma das suas conversas abertas pode recebê-la agora: encaminhe para uma conversa "
    "que você atende com a janela de 24 horas aberta.",
    "Reopen": "Reabrir", "Image": "Imagem", "React": "Reagir", "Downloading the inbox": "Baixando a caixa de entrada",
    "Downloading the inbox: %1 of %2": "Baixando a caixa de entrada: %1 de %2", "Recently used": "Usados recentemente",
    "Smileys & emotion": "Carinhas e emoções", "People & body": "Pessoas e corpo", "Animals & nature": "Animais e natureza",
    "Food & drink": "Comidas e bebidas", "Travel & places": "Viagens e lugares", "Activities": "Atividades",
    "Objects": "Objetos", "Symbols": "Símbolos", "Flags": "Bandeiras", "Search emoji": "Buscar emoji",
    "Search emoji (pizza, heart, thumbs up…)": "Buscar emoji (pizza, coração, polegar…)", "Incoming": "Recebida", "Outgoing": "Feita", "answered": "atendida",
    "missed": "perdida", "rejected": "recusada", "failed": "falhou", "Today": "Hoje", "Yesterday": "Ontem", "Copy text": "Copiar texto", "Cancel the reply": "Cancelar a resposta",
    "Replying to: %1": "Respondendo a: %1", "Qualification": "Qualificação", "Proposal": "Proposta", "Negotiation": "Negociação",
    "Won": "Ganho", "Lost": "Perdido", "Right-click a deal to move it to another stage":
        "Clique com o botão direito num negócio para mudá-lo de etapa", "a number, such as %1": "um número, como %1",
        "A number, such as %1": "Um número, como %1", "yes or no": "sim ou não",
    "a date, such as 31/12/2026": "uma data, como 31/12/2026", "up to 2000 characters": "até 2000 caracteres",
    "one of: %1": "uma destas opções: %1", "%1 was not saved: type %2.": "%1 não foi salvo: digite %2.", "Photo": "Foto", "Audio": "Áudio", "Video": "Vídeo", "File": "Arquivo",
    "Location": "Localização", "Contact card": "Cartão de contato", "Reaction": "Reação", "Reply": "Resposta", "Snippets": "Respostas rápidas", "Message to the customer": "Mensagem para o cliente",
    "Inbox views": "Visões da caixa de entrada", "Messages of the conversation": "Mensagens da conversa",
    "Conversations": "Conversas", "Conversation rows": "Linhas das conversas",
    "Conversation columns": "Colunas das conversas", "Your status": "Seu status", "%1 claimed the conversation": "%1 assumiu a conversa",
    "Conversation assigned to %2": "Conversa atribuída a %2",
    "%1 transferred the conversation to %2": "%1 transferiu a conversa para %2",
    "%1 closed the conversation": "%1 encerrou a conversa", "%1 reopened the conversation": "%1 reabriu a conversa",
    "New conversation": "Nova conversa", "System": "Sistema", "Order": "Pedido", "Total: %1": "Total: %1",
    "The 24-hour window is closed: send an approved template to resume the conversation.":
        "A janela de 24 horas está fechada: envie um modelo aprovado para retomar a conversa.",
    "Meta's sending limit was reached; the message will be retried shortly.":
        "O limite de envios da Meta foi atingido; a mensagem será reenviada em instantes.",
    "The message could not be delivered to this contact (no WhatsApp account, or unavailable).":
        "Não foi possível entregar a mensagem a este contato (número sem WhatsApp ou indisponível).",
    "The template's variables do not match the approved template; check them and try again.":
        "As variáveis do modelo não conferem com o modelo aprovado; revise-as e tente de novo.",
    "This template does not exist in this language or is not approved yet; sync the templates.":
        "Este modelo não existe neste idioma ou ainda não foi aprovado; sincronize os modelos.",
    "This template was paused or disabled by Meta; pick another template.":
        "Este modelo foi pausado ou desativado pela Meta; escolha outro modelo.",
    "Meta's access token expired or is invalid; ask an administrator to renew it.":
        "O token de acesso da Meta expirou ou é inválido; peça a um administrador para renová-lo.",
    "The account lacks Meta's permission for this action; ask an administrator to check it.":
        "A conta não tem permissão para esta ação na Meta; peça a um administrador para verificar.",
    "Meta refused the message because of an invalid parameter.": "A Meta recusou a mensagem por um parâmetro inválido.",
    "Meta could not process the file; check its type and size and try again.":
        "A Meta não conseguiu processar o arquivo; verifique o tipo e o tamanho e tente de novo.",
    "This kind of message is not supported by the channel.": "Este tipo de mensagem não é suportado pelo canal.",
    "There is a problem with the Meta business account (lock or payment); tell an administrator.":
        "Há um problema na conta comercial da Meta (bloqueio ou pagamento); avise um administrador.",
    "This contact cannot receive messages right now.": "Este contato não está disponível para receber mensagens agora.",
    "Meta's service is temporarily unavailable; try again shortly.":
        "O serviço da Meta está temporariamente indisponível; tente de novo em instantes.",
    "The file points outside Meta's hosts and was not downloaded.":
        "O arquivo aponta para um endereço fora da Meta e não foi baixado.",
    "The file did not come with the message.": "O arquivo não veio com a mensagem.",
    "Not sent: Meta did not take the message in 24 hours of retries; send it again.":
        "Não enviada: a Meta não aceitou a mensagem em 24 horas de novas tentativas; envie de novo.",
    "The attachment was not found on the server.": "O anexo não foi encontrado no servidor.",
    "The contact has no Instagram account.": "O contato não tem conta do Instagram.",
    "This channel is not configured on the server; ask an administrator.":
        "Este canal não está configurado no servidor; peça a um administrador.",
    "The customer changed their number: %1 → %2": "O cliente mudou de número: %1 → %2",
    "The customer came from the ad: %1": "O cliente veio do anúncio: %1",
    "From the ad: %1": "Do anúncio: %1", "Replied to your story": "Respondeu ao seu story",
    "Mentioned you in their story": "Mencionou você no story dele(a)",
    "Received while another app handled the chat": "Recebida enquanto outro app atendia a conversa",
    "The customer deleted this message": "O cliente apagou esta mensagem", "edited": "editada",
    "Window closed": "Janela fechada", "Window: %1 h %2 min left": "Janela: faltam %1 h %2 min",
    "%1 h %2 min left": "faltam %1 h %2 min", "%1 min left": "faltam %1 min",
    "Write a message… (/ for snippets, Enter sends, Shift+Enter new line)":
        "Escreva uma mensagem… (/ para respostas rápidas, Enter envia, Shift+Enter nova linha)",
    "Write an internal note: only agents see it (%1)": "Escrever uma nota interna: só agentes veem (%1)",
    "Attach a file (%1)": "Anexar arquivo (%1)", "&Resume conversation": "&Retomar conversa",
    "Hidden note on / off": "Nota interna: ligar / desligar",
    "Resume a conversation whose 24-hour window closed": "Retomar uma conversa cuja janela de 24 horas fechou",
    "Wrong e-mail or password. Check them and try again.": "E-mail ou senha incorretos. Confira e tente de novo.",
    "Your profile does not have the \"manage snippets\" permission.":
        "Seu perfil não tem a permissão \"gerenciar respostas rápidas\".",
    "downloading…": "baixando…", "download failed: %1 (click to retry)": "falha no download: %1 (clique para tentar de novo)",
    "The download could not be retried: check your connection and try again.":
        "Não foi possível pedir o download de novo: verifique sua conexão e tente outra vez.",
    "The download could not be retried (the server answered %1).":
        "Não foi possível pedir o download de novo (o servidor respondeu %1).",
    "away": "ausente", "closed": "finalizada", "not sent": "não enviada", "offline": "offline",
    "online": "online", "open": "aberta", "● Away": "● Ausente", "● Offline": "● Offline", "● Online": "● Online",
    "Hang up": "Desligar", "Answer": "Atender", "Calling…": "Chamando…", "Ringing…": "Tocando…", "In call": "Em ligação",
    "Save as": "Salvar como",
    "The file could not be uploaded: check your connection and try again.":
        "Não foi possível enviar o arquivo: confira sua conexão e tente de novo.",
    "The file could not be downloaded: check your connection and try again.":
        "Não foi possível baixar o arquivo: confira sua conexão e tente de novo.",
    # softphone (S9): call bar, dial pad, settings, registration
    "Reject": "Recusar", "Decline the call: the caller hears busy (%1)": "Recusar a ligação: quem liga ouve ocupado (%1)",
    "Answer the call (%1)": "Atender a ligação (%1)", "End the call (%1)": "Encerrar a ligação (%1)",
    "Answer a ringing call": "Atender uma ligação que toca",
    "Decline a ringing call, or hang up": "Recusar uma ligação que toca, ou desligar",
    "Headset call button": "Botão de chamada do headset",
    "has not accepted the invite yet": "ainda não aceitou o convite",
    "No conversations to show yet. Invite your team in Tools ▸ Settings… (Ctrl+,); customers' conversations "
    "come in once WhatsApp, Instagram or the website chat is connected.":
        "Nenhuma conversa para mostrar ainda. Convide sua equipe em Ferramentas ▸ Configurações… (Ctrl+,); "
        "as conversas dos clientes chegam quando o WhatsApp, o Instagram ou o chat do site estiver conectado.",
    "No conversations yet: they show on the left as customers write.":
        "Nenhuma conversa ainda: elas aparecem à esquerda quando os clientes escrevem.",
    "Previous history of the contact": "Histórico anterior do contato",
    "Call the contact of the open conversation": "Ligar para o contato da conversa aberta",
    "Mute or unmute the microphone in a call": "Silenciar ou reativar o microfone numa ligação",
    "Answer a ringing call, or hang up": "Atender uma ligação que toca, ou desligar",
    "Open conversation": "Abrir conversa", "Open this contact's conversation": "Abrir a conversa deste contato",
    "Mute": "Silenciar", "Unmute": "Ativar microfone", "Stop sending your microphone (%1)": "Parar de enviar seu microfone (%1)",
    "Hold": "Espera", "Put the call on hold": "Colocar a ligação em espera", "Resume": "Retomar",
    "On hold": "Em espera", "Keypad": "Teclado", "Send keypad tones (DTMF)": "Enviar tons do teclado (DTMF)",
    "Transfer…": "Transferir…", "Blind transfer to a number or SIP address":
        "Transferência direta para um número ou endereço SIP",
    "Quality": "Qualidade", "Show codec, jitter and loss": "Mostrar codec, jitter e perda",
    "Incoming call: %1": "Ligação recebida: %1",
    "The call to %1 did not go through: %2.": "A ligação para %1 não foi completada: %2.",
    "%1 declined the call (%2).": "%1 recusou a ligação (%2).", "Transfer call": "Transferir ligação",
    "Transfer this call to a number or SIP address. The call leaves you as soon as the other side accepts.":
        "Transferir esta ligação para um número ou endereço SIP. A ligação sai de você assim que o outro lado aceitar.",
    "Call quality is not available right now.": "A qualidade da ligação não está disponível agora.",
    "%1 ms": "%1 ms",
    "Codec %1 · jitter %2 ms · loss %3 % · round trip %4 · packets in %5, out %6":
        "Codec %1 · jitter %2 ms · perda %3 % · ida e volta %4 · pacotes recebidos %5, enviados %6",
    "Call %1": "Ligar %1", "Dial pad": "Teclado de discagem", "Dial pad…": "Teclado de discagem…",
    "Number, extension or SIP address": "Número, ramal ou endereço SIP",
    "The softphone is not started.": "O softphone não está iniciado.",
    "Softphone settings": "Configurações do softphone", "Softphone settings…": "Configurações do softphone…",
    "Soft&phone settings…": "Configurações do soft&phone…",
    "This contact has no conversation yet.": "Este contato ainda não tem conversa.",
    "Use the softphone on this computer": "Usar o softphone neste computador",
    "sip.example.com or 10.0.0.5:5060": "sip.exemplo.com.br ou 10.0.0.5:5060", "optional": "opcional",
    "extension or user name": "ramal ou nome de usuário",
    "optional; the same as the user when empty": "opcional; igual ao usuário quando vazio",
    "The password is kept in the system keyring, never in a file.":
        "A senha fica no chaveiro do sistema, nunca em um arquivo.",
    "The system keyring is not available, so the password is kept only until the app closes. Install or unlock "
    "a keyring to have it remembered.": "O chaveiro do sistema não está disponível, então a senha só é guardada até "
                                        "o aplicativo fechar. Instale ou desbloqueie um chaveiro para que ela "
                                        "seja lembrada.",
    "shown to the people you call": "mostrado para quem você liga",
    "optional, e.g. stun.example.com:3478 (used after a restart)":
        "opcional, ex.: stun.exemplo.com.br:3478 (usado após reiniciar)",
    "optional, e.g. 0 for an outside line": "opcional, ex.: 0 para linha externa",
    "Record calls to WAV files": "Gravar ligações em arquivos WAV",
    "folder (the Recordings folder when empty)": "pasta (a pasta Recordings quando vazio)",
    "SIP account": "Conta SIP",
    "&Registrar": "&Registrar (servidor SIP)", "&User": "&Usuário", "Outbound proxy": "Proxy de saída",
    "User": "Usuário", "Authentication user": "Usuário de autenticação", "Display name": "Nome de exibição",
    "Transport": "Transporte", "STUN server": "Servidor STUN", "Calls": "Ligações", "Dial prefix": "Prefixo de discagem",
    "Recordings folder": "Pasta das gravações", "Audio devices (headset)": "Dispositivos de áudio (headset)",
    "Microphone": "Microfone", "Speaker / headset": "Alto-falante / headset", "Ring on": "Tocar em",
    "&Microphone": "&Microfone", "&Speaker / headset": "&Alto-falante / headset", "Ri&ng on": "&Tocar em",
    "Same as the speaker": "O mesmo do alto-falante", "System default": "Padrão do sistema",
    "%1 (not connected)": "%1 (desconectado)", "Apply": "Aplicar",
    "The softphone is turned off in its settings (Tools ▸ Softphone settings…).":
        "O softphone está desligado nas configurações (Ferramentas ▸ Configurações do softphone…).",
    "No SIP account is set up: fill in Tools ▸ Softphone settings….":
        "Nenhuma conta SIP configurada: preencha Ferramentas ▸ Configurações do softphone….",
    "Registered as %1.": "Registrado como %1.", "Registering with %1…": "Registrando em %1…",
    "the user name or password is wrong": "o usuário ou a senha estão errados",
    "the server refused this account": "o servidor recusou esta conta",
    "the server does not know this user": "o servidor não conhece este usuário",
    "the proxy needs a valid user name and password": "o proxy precisa de usuário e senha válidos",
    "the registrar did not answer; check its address and the network":
        "o servidor SIP não respondeu; confira o endereço e a rede",
    "the registrar cannot be reached; check its address, the transport and the network":
        "não foi possível alcançar o servidor SIP; confira o endereço, o transporte e a rede",
    "check the account in the softphone settings": "confira a conta nas configurações do softphone",
    "the server asks for a password and none is saved for this account; enter it in the softphone settings":
        "o servidor pede uma senha e nenhuma está salva para esta conta; informe-a nas configurações do softphone",
    "Registration failed (%1): %2.": "O registro falhou (%1): %2.", "The softphone is off.": "O softphone está desligado.",
    "The softphone settings could not be applied: %1": "Não foi possível aplicar as configurações do softphone: %1",
    "Calls are disabled: the SIP engine (the pjsua2-python package) is not available on this computer. Install it "
    "and restart the app; everything else works without it.":
        "As ligações estão desativadas: o mecanismo SIP (o pacote pjsua2-python) não está disponível neste "
        "computador. Instale-o e reinicie o aplicativo; todo o resto funciona sem ele.",
    "● Phone: off": "● Telefone: desligado", "● Phone: registered": "● Telefone: registrado",
    "● Phone: registering…": "● Telefone: registrando…", "● Phone: failing (%1)": "● Telefone: falhando (%1)",
}
PT_BR.update(PT_BR_VOIP)

# The app as agents run it (issue 19): session, offline banner, tray, native notifications, menus.
PT_BR_DESK = {
    "&File": "&Arquivo", "&Help": "Aj&uda", "&Quit": "&Sair",
    "Keep running in the tray when the window is closed": "Continuar na bandeja ao fechar a janela",
    "Sign &out (%1)": "Sai&r da conta (%1)", "Sign out": "Sair da conta",
    "Sign out of Rvops on this computer? Messages not yet sent are kept and go out when you sign in again.":
        "Sair da conta do Rvops neste computador? As mensagens ainda não enviadas ficam guardadas e saem "
        "quando você entrar de novo.",
    "Open the log folder": "Abrir a pasta de registros", "About Rvops Desktop": "Sobre o Rvops Desktop",
    "Rvops Desktop %1\nSigned in as %2 on %3.\nLog file: %4":
        "Rvops Desktop %1\nConectado como %2 em %3.\nArquivo de registro: %4",
    "Calls are not available.": "Ligações não estão disponíveis.",
    "Your session is no longer valid: sign in again. What you wrote is kept.":
        "Sua sessão não é mais válida: entre de novo. O que você escreveu está guardado.",
    "You are offline. You can read and search what is on this computer; what you write is sent when the "
    "connection returns (%1 waiting).":
        "Você está sem conexão. Dá para ler e buscar o que está neste computador; o que você escrever é "
        "enviado quando a conexão voltar (%1 aguardando).",
    "Rvops keeps running": "O Rvops continua aberto",
    "Calls and messages still reach you. Quit from the tray's menu or File ▸ Quit.":
        "Ligações e mensagens continuam chegando. Para sair, use o menu da bandeja ou Arquivo ▸ Sair.",
    "&Server": "&Servidor", "&E-mail": "&E-mail", "&Password": "Se&nha",
    "This computer has no password keychain (Secret Service, Keychain or Credential Manager): you stay "
    "signed in only until the app closes.":
        "Este computador não tem um chaveiro de senhas (Secret Service, Keychain ou Gerenciador de "
        "Credenciais): a sessão vale só até o aplicativo fechar.",
    "Your session has expired or was ended on another device. Sign in again; nothing you wrote is lost.":
        "Sua sessão expirou ou foi encerrada em outro aparelho. Entre de novo; nada do que você escreveu se "
        "perdeu.",
    "Open Rvops": "Abrir o Rvops", "Quit": "Sair",
    "No connection: your status is sent again when it returns.":
        "Sem conexão: seu status é enviado de novo quando ela voltar.",
    "Listen": "Ouvir", "Send voice note": "Enviar áudio", "Discard": "Descartar", "Cancel": "Cancelar",
    "Stop recording": "Parar a gravação", "● Recording %1": "● Gravando %1", "Voice note %1": "Áudio de %1",
    "The voice note was too short: hold on a little longer.": "O áudio ficou curto demais: grave um pouco mais.",
    "The voice note could not be played: %1": "Não foi possível tocar o áudio: %1",
    "Audio": "Áudio", "Play": "Tocar", "Pause": "Pausar",
    "This audio cannot be played: %1": "Este áudio não pode ser tocado: %1",
    "Choose an approved template.": "Escolha um modelo aprovado.",
    "Fill in %1 to send: WhatsApp refuses a template with an empty variable.":
        "Preencha %1 para enviar: o WhatsApp recusa modelo com variável vazia.",
    "Too many failed attempts for this account or network. Try again in %1 minute(s), or ask an "
    "administrator to unlock it.":
        "Tentativas erradas demais para esta conta ou rede. Tente de novo em %1 minuto(s) ou peça a um "
        "administrador para desbloquear.",
    "Incoming call": "Ligação recebida", "Answer": "Atender", "Reject": "Recusar",
}
PT_BR.update(PT_BR_DESK)

# The queue and the list's filters (issue 15, item 13).
PT_BR_QUEUE = {
    "waiting %1 min": "aguardando %1 min", "waiting %1 h %2 min": "aguardando %1 h %2 min",
    "waiting %1 d %2 h": "aguardando %1 d %2 h", "All conversations": "Todas as conversas",
    "&Unread": "&Não lidas", "Only unread conversations": "Somente conversas não lidas",
    "Show only conversations with unread messages": "Mostrar só as conversas com mensagens não lidas",
    "Channel": "Canal", "All channels": "Todos os canais", "Team": "Equipe", "All teams": "Todas as equipes",
    "Waiting longer than": "Aguardando há mais de", "Any wait": "Qualquer espera",
    "Wait > %1 min": "Espera > %1 min",
    "Only customers waiting in the queue for an agent longer than this":
        "Só clientes aguardando um atendente na fila há mais tempo que isso",
    "Sort": "Ordem", "Newest activity": "Atividade recente", "Longest waiting": "Maior espera",
    "Order of this list": "Ordem desta lista",
}
PT_BR.update(PT_BR_QUEUE)

# The supervisor's dashboard (issue 16).
PT_BR_SUPERVISION = {
    "Supervision…": "Supervisão…", "Supervision (supervisors)": "Supervisão (supervisores)",
    "Supervision": "Supervisão", "under a minute": "menos de um minuto", "%1 min": "%1 min",
    "%1 h %2 min": "%1 h %2 min", "Queues": "Filas", "Waiting": "Aguardando", "Waited": "Espera",
    "Agents": "Agentes", "Agent": "Agente", "Presence": "Presença", "Open / capacity": "Abertas / capacidade",
    "Assign": "Atribuir", "Queues, longest wait first": "Filas, maior espera primeiro", "No team": "Sem equipe",
    "%1 waiting · %2 over %3 min · %4 of %5 agents online":
        "%1 aguardando · %2 há mais de %3 min · %4 de %5 agentes online",
    "%1 — %2 waiting": "%1 — %2 aguardando", "waiting too long": "esperando há muito tempo",
    "Agents of %1": "Agentes de %1", "Away": "Ausente", "Offline": "Offline", "%1 / no limit": "%1 / sem limite",
    "full": "lotado", "Assign to %1": "Atribuir a %1", "%1 assigned to %2.": "%1 atribuída a %2.",
}
PT_BR.update(PT_BR_SUPERVISION)

# Settings: users and teams (issue 16).
PT_BR_SETTINGS = {
    "Settings…": "Configurações…", "Settings": "Configurações", "Users": "Usuários", "Teams": "Equipes",
    "Administrator": "Administrador", "Supervisor": "Supervisor",
    "See every conversation": "Ver todas as conversas", "Edit contacts": "Editar contatos",
    "Create deals": "Criar negócios", "Create companies": "Criar empresas", "Create tasks": "Criar tarefas",
    "Transfer conversations": "Transferir conversas", "Manage quick replies": "Gerenciar respostas rápidas",
    "Manage users": "Gerenciar usuários", "Manage teams and routing": "Gerenciar equipes e distribuição",
    "Manage WhatsApp templates": "Gerenciar modelos do WhatsApp",
    "Manual (agents claim from the queue)": "Manual (os agentes assumem da fila)",
    "The contact's owner": "O responsável pelo contato", "The least busy agent": "O agente menos ocupado",
    "Random among those available": "Aleatório entre os disponíveis",
    "Settings need the connection to the server; nothing was changed. Try again when online.":
        "As configurações precisam da conexão com o servidor; nada foi alterado. Tente de novo quando estiver online.",
    "Saving…": "Salvando…", "The workspace's method": "O método do espaço de trabalho", "Members": "Membros",
    'Names, members and hours: with the "manage users" permission. You may change how each team distributes.':
        'Nomes, membros e horários: com a permissão "gerenciar usuários". Você pode mudar como cada equipe distribui.',
    "Workspace distribution method": "Método de distribuição do espaço de trabalho",
    "&Workspace distribution method": "&Método de distribuição do espaço de trabalho", "Distribution": "Distribuição",
    "%1  ·  %2 members": "%1  ·  %2 membros",
    "A new team: name it, choose its members, how it distributes and its hours.":
        "Uma nova equipe: dê um nome, escolha os membros, como ela distribui e o horário.",
    "Choose how this team distributes.": "Escolha como esta equipe distribui.", "Saved.": "Salvo.",
    "Nothing changed.": "Nada mudou.", "Team %1 created.": "Equipe %1 criada.", "Team deleted.": "Equipe excluída.",
    "New conversations are distributed this way from now on.":
        "As novas conversas são distribuídas assim a partir de agora.",
    "No limit": "Sem limite", "At least %1 characters": "Pelo menos %1 caracteres", "First password": "Senha inicial",
    "Permissions": "Permissões",
    "You cannot hand out a permission you do not hold.": "Você não pode conceder uma permissão que não tem.",
    "Role": "Perfil", "Capacity (open conversations)": "Capacidade (conversas abertas)",
    "SIP extension": "Ramal SIP", "&New user": "&Novo usuário", "&Deactivate": "&Desativar",
    "&Reset password…": "&Redefinir senha…", "deactivated": "desativado", "Re&activate": "Re&ativar",
    "&Save": "&Salvar", "&New team": "&Nova equipe", "&Delete": "E&xcluir", "N&ame": "N&ome", "&E-mail": "&E-mail",
    "Settings (administrators)": "Configurações (administradores)",
    "A new user: they sign in with this e-mail and the first password, or accept an invite and choose theirs.":
        "Um novo usuário: ele entra com este e-mail e a senha inicial, ou aceita um convite e escolhe a sua.",
    "%1 can sign in now.": "%1 já pode entrar.",
    "%1 is deactivated: signed out everywhere; their open conversations went back to routing.":
        "%1 foi desativado: saiu de todas as sessões; as conversas abertas voltaram para a distribuição.",
    "%1 can sign in again.": "%1 pode entrar de novo.", "Reset password": "Redefinir senha",
    "New password for %1:": "Nova senha para %1:",
    "Password reset; %1 was signed out everywhere.": "Senha redefinida; %1 saiu de todas as sessões.",
}
PT_BR.update(PT_BR_SETTINGS)

# Invites (issue 16): Settings ▸ Users makes them, the sign-in dialog accepts them.
PT_BR_INVITES = {
    "Send an &invite: they choose their own password": "Enviar &convite: a pessoa escolhe a própria senha",
    "New in&vite": "Novo con&vite",
    "A new invite code for who has not accepted theirs: the old one stops working.":
        "Um novo código de convite para quem não aceitou o seu: o anterior deixa de valer.",
    "invite pending": "convite pendente",
    "Has not accepted the invite; its code works until %1.": "Ainda não aceitou o convite; o código vale até %1.",
    "%1 is invited: send them the code.": "%1 foi convidado(a): envie o código.",
    "A new invite for %1: the code before no longer works.": "Novo convite para %1: o código anterior não vale mais.",
    "Invite for %1": "Convite para %1",
    "Send this to %1. The code works once, until %2. It is not shown again: copy it now (a new invite makes "
    "another).": "Envie isto para %1. O código vale uma vez, até %2. Ele não aparece de novo: copie agora (um novo "
                 "convite gera outro).",
    "The text to send": "O texto a enviar",
    "%1, you are invited to Rvops.\n\nServer: %2\nE-mail: %3\nInvite code: %4 (valid until %5)\n\n"
    "Open Rvops, choose “I have an invite”, type these in and choose your password.":
        "%1, você foi convidado(a) para o Rvops.\n\nServidor: %2\nE-mail: %3\nCódigo do convite: %4 (válido até "
        "%5)\n\nAbra o Rvops, escolha “Tenho um convite”, digite estes dados e escolha sua senha.",
    "&Copy": "&Copiar", "Copied: paste it in an e-mail or a message to them.":
        "Copiado: cole num e-mail ou numa mensagem para a pessoa.",
    "I &have an invite": "&Tenho um convite", "I have a &password": "&Já tenho senha",
    "Invite &code": "&Código do convite", "&New password": "Nova se&nha",
    "&Repeat the new password": "&Repita a nova senha",
    "Accept the invite and sign in": "Aceitar o convite e entrar",
    "Fill in the server, your e-mail, the invite code and a new password.":
        "Preencha o servidor, seu e-mail, o código do convite e uma nova senha.",
    "The new password needs at least %1 characters.": "A nova senha precisa de pelo menos %1 caracteres.",
    "The two passwords differ: type the same new password twice.":
        "As duas senhas são diferentes: digite a mesma nova senha duas vezes.",
    "This invite code is not valid for this e-mail, has expired or was already used. Check them, or ask an "
    "administrator for a new invite.": "Este código de convite não vale para este e-mail, expirou ou já foi usado. "
                                       "Confira-os, ou peça um novo convite a um administrador.",
}
PT_BR.update(PT_BR_INVITES)

# Settings ▸ Chatbot (issue 18 #3).
PT_BR_CHATBOT_SETTINGS = {
    "The chatbot answers new conversations on this channel": "O chatbot atende as novas conversas deste canal",
    "Hello! I am Rvops' assistant.": "Olá! Sou o assistente da Rvops.", "How can we help?": "Como podemos ajudar?",
    "Option": "Opção", "Goes to": "Vai para", "Asks first for": "Pergunta antes", "Question": "Pergunta",
    "Add option": "Adicionar opção", "Remove option": "Remover opção",
    "Only during business hours": "Só no horário de atendimento", "Saturday": "Sábado",
    "We are closed now; we answer from 8:00.": "Estamos fechados agora; atendemos a partir das 8h.",
    "&Save chatbot": "&Salvar chatbot", "Greeting": "Saudação", "Menu question": "Pergunta do menu",
    "When the customer does not choose": "Quando o cliente não escolhe", "Send to": "Enviar para",
    "After unrecognised answers": "Depois de respostas não reconhecidas", "Or after no answer for": "Ou sem resposta por",
    "Business hours": "Horário de atendimento", "Monday to Friday": "Segunda a sexta", "Out of hours": "Fora do horário",
    "The workspace's queue": "A fila do espaço de trabalho", "Nothing": "Nada",
    "The chatbot is saved: new conversations on this channel meet it now.":
        "Chatbot salvo: as novas conversas deste canal já são atendidas por ele.",
    "Saved; the chatbot is off on this channel.": "Salvo; o chatbot está desligado neste canal.",
}
PT_BR.update(PT_BR_CHATBOT_SETTINGS)

# Settings ▸ Properties, Labels, Templates (issue 16).
PT_BR_CATALOGUE = {
    "&New label": "&Nova etiqueta", "Choose…": "Escolher…", "Colour": "Cor", "Label colour": "Cor da etiqueta",
    "A new label: agents put it on conversations from the header.":
        "Uma nova etiqueta: os agentes a colocam nas conversas pelo cabeçalho.",
    "Saved: every conversation with this label shows it so.": "Salvo: toda conversa com esta etiqueta a mostra assim.",
    "Label deleted and taken off its conversations.": "Etiqueta excluída e retirada das conversas.",
    "Contact properties": "Propriedades do contato", "&New property": "&Nova propriedade",
    "One option per line": "Uma opção por linha", "Shown in the inbox's contact panel": "Mostrada no painel do contato",
    "&Required": "&Obrigatória", "Key": "Chave", "Type": "Tipo", "Options": "Opções", "hidden": "oculta",
    "A new property: its key is how contacts keep the value, and never changes.":
        "Uma nova propriedade: a chave é onde os contatos guardam o valor, e nunca muda.",
    "Saved: the contact panel shows it so from now on.": "Salvo: o painel do contato já a mostra assim.",
    "Property deleted; contacts keep their values, hidden.":
        "Propriedade excluída; os contatos guardam os valores, ocultos.",
    "required": "obrigatória", "Required: it cannot be left empty.": "Obrigatório: não pode ficar vazio.",
    # the contact panel's refusal: the server's sentence (property_required), word for word
    "Fill in the required fields: %1. Nothing was saved.": "Preencha os campos obrigatórios: %1. Nada foi salvo.",
    "New contact %1: fill in %2 first, in Contacts": "Novo contato %1: preencha %2 antes, em Contatos",
    "Number": "Número", "Date": "Data", "Yes / no": "Sim / não", "Choice": "Escolha", "Templates": "Modelos",
    "WhatsApp templates": "Modelos do WhatsApp",
    "Hello {{1}}, your invoice is due on {{2}}.": "Olá {{1}}, sua fatura vence em {{2}}.",
    "Examples, one per variable, separated by |: Maria | 15/03":
        "Exemplos, um por variável, separados por |: Maria | 15/03",
    "Su&bmit to Meta": "En&viar para a Meta", "&Delete at Meta": "E&xcluir na Meta", "Language": "Idioma",
    "Category": "Categoria", "Examples": "Exemplos", "Footer": "Rodapé",
    "Na&me": "No&me", "Te&xt": "Te&xto", "Foo&ter": "&Rodapé", "At Meta": "Na Meta",
    "New template": "Novo modelo", "approved": "aprovado", "in review": "em análise", "paused": "pausado",
    "disabled": "desativado", "no longer at Meta": "não existe mais na Meta",
    "The name uses lowercase letters, digits and _ only.": "O nome usa só letras minúsculas, dígitos e _.",
    "Write the template's text.": "Escreva o texto do modelo.",
    "Number the variables {{1}}, {{2}}… in order.": "Numere as variáveis {{1}}, {{2}}… em ordem.",
    "Give an example for every variable: Meta's review needs them.":
        "Dê um exemplo para cada variável: a análise da Meta precisa deles.",
    "The text is too long for WhatsApp (1024 characters).": "O texto é longo demais para o WhatsApp (1024 caracteres).",
    "%1 was sent to Meta for review; it can be used once Meta approves it.":
        "%1 foi enviado para análise da Meta; pode ser usado assim que a Meta aprovar.",
    "%1 was deleted at Meta.": "%1 foi excluído na Meta.",
}
PT_BR.update(PT_BR_CATALOGUE)
# Settings ▸ Templates: header, footer, buttons and the bubble's preview; resuming with them (issue 16).
PT_BR_TEMPLATE_FORM = {
    "Quick reply": "Resposta rápida", "Link": "Link", "Button type": "Tipo do botão", "Button text": "Texto do botão",
    "Example ending, e.g. BR123": "Exemplo do final, ex.: BR123", "Example of the link's ending": "Exemplo do final do link",
    "Remove button": "Remover botão", "https://… (may end in {{1}})": "https://… (pode terminar em {{1}})",
    "+55 11 98765-4321": "+55 11 98765-4321", "Link address": "Endereço do link", "Phone number": "Número de telefone",
    "Add b&utton": "Adicionar b&otão", "Header image (its https link)": "Imagem do cabeçalho (link https)",
    "Header video (its https link)": "Vídeo do cabeçalho (link https)",
    "Header document (its https link)": "Documento do cabeçalho (link https)", "Header {{%1}}": "Cabeçalho {{%1}}",
    "End of link %1 {{1}}": "Final do link %1 {{1}}", "the header's link": "o link do cabeçalho",
    "the header's {{1}}": "o {{1}} do cabeçalho", "the end of link %1": "o final do link %1",
    "The header's file is sent from its link: type it as https://…":
        "O arquivo do cabeçalho é enviado pelo link: digite-o como https://…",
    "Document": "Documento", "See all options": "Ver todas as opções", "No header": "Sem cabeçalho",
    "Header type": "Tipo de cabeçalho", "Order {{1}} is on its way": "O pedido {{1}} está a caminho",
    "Header text": "Texto do cabeçalho", "Up to 60 characters, no variables": "Até 60 caracteres, sem variáveis",
    "Header": "Cabeçalho", "Buttons": "Botões", "Sample file": "Arquivo de exemplo", "Header example": "Exemplo do cabeçalho",
    "Meta's handle of the uploaded sample (4::…)": "Identificador da Meta do exemplo enviado (4::…)",
    "Example for {{1}}, e.g. #1234": "Exemplo para {{1}}, ex.: #1234",
    "Choose the template's language.": "Escolha o idioma do modelo.",
    "Choose the template's category.": "Escolha a categoria do modelo.",
    "The header, text, footer and buttons each appear once.":
        "Cabeçalho, texto, rodapé e botões aparecem uma vez cada.",
    "Write the header's text, or choose no header.": "Escreva o texto do cabeçalho, ou escolha sem cabeçalho.",
    "The header has at most 60 characters and one variable, {{1}}.":
        "O cabeçalho tem no máximo 60 caracteres e uma variável, {{1}}.",
    "Give Meta's handle of a sample file: Meta's review needs it.":
        "Informe o identificador da Meta de um arquivo de exemplo: a análise da Meta precisa dele.",
    "The footer has at most 60 characters and no variables.": "O rodapé tem no máximo 60 caracteres e nenhuma variável.",
    "Up to 10 buttons: 10 quick replies, 2 links and 1 phone number at most.":
        "Até 10 botões: no máximo 10 respostas rápidas, 2 links e 1 telefone.",
    "Keep the quick replies together, before or after the link and phone buttons.":
        "Mantenha as respostas rápidas juntas, antes ou depois dos botões de link e telefone.",
    "Every button needs a text of up to 25 characters, on one line, without variables.":
        "Todo botão precisa de um texto de até 25 caracteres, numa linha, sem variáveis.",
    "A link starts with https://, has up to 2000 characters and at most one variable, {{1}}, at its end.":
        "Um link começa com https://, tem até 2000 caracteres e no máximo uma variável, {{1}}, no fim.",
    "Type the button's phone number with its area code, e.g. +55 11 98765-4321.":
        "Digite o telefone do botão com o DDD, ex.: +55 11 98765-4321.",
    "Preview of the WhatsApp bubble": "Prévia do balão do WhatsApp",
}
PT_BR.update(PT_BR_TEMPLATE_FORM)
# The chatbot (issue 18 #3): its messages, its lines in the thread, the option in the header.
PT_BR_CHATBOT = {
    "Chatbot": "Robô de atendimento", "Chatbot: %1": "Robô: %1", "With the chatbot": "Com o robô",
    "the queue": "a fila",
    "The bot sent the conversation to %2 (option: %1)": "O robô encaminhou a conversa para %2 (opção: %1)",
    "The bot got no valid answer: the conversation went to %2":
        "O robô não obteve resposta válida: a conversa foi para %2",
    "Out of business hours: the conversation waits in the queue":
        "Fora do horário de atendimento: a conversa aguarda na fila",
}
PT_BR.update(PT_BR_CHATBOT)

# Teams' business hours (issue 16): the weekly editor, the away message, the dashboard's line.
PT_BR_TEAM_HOURS = {
    "Monday": "Segunda-feira", "Tuesday": "Terça-feira", "Wednesday": "Quarta-feira", "Thursday": "Quinta-feira",
    "Friday": "Sexta-feira", "Sunday": "Domingo",   # "Saturday": with the chatbot's settings
    "%1 opens at": "%1: abre às", "%1 closes at (00:00: midnight)": "%1: fecha às (00:00: meia-noite)",
    "Open %1; changing the times makes it one interval.": "Aberta %1; mudar os horários faz deles um só intervalo.",
    "Only during &business hours (otherwise always open)":
        "Só no horário de &atendimento (senão, sempre aberta)",
    "Time zone": "Fuso horário", "to": "até", "Away message": "Mensagem de ausência",
    "Sent once to a customer who writes while the team is closed (empty: nothing is sent).":
        "Enviada uma vez ao cliente que escreve enquanto a equipe está fechada (vazia: nada é enviado).",
    "Away message — the team is closed": "Mensagem de ausência — a equipe está fechada",
    "open now": "aberta agora", "closed (no opening hours)": "fechada (sem horário de abertura)",
    "closed, opens %1": "fechada, abre %1",
}
PT_BR.update(PT_BR_TEAM_HOURS)


# The sync layer's own sentences (QT_TRANSLATE_NOOP("sync", …), rendered by rvops_desktop/ui/sentences.py).
PT_BR["The server rejected this action as invalid ({detail})."] = (
    "O servidor recusou esta ação como inválida ({detail}).")
