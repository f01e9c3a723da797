<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../dialogs/about.py" line="25" />
        <source>Rvops Desktop %1
Signed in as %2 on %3.
Log file: %4</source>
        <translation>Rvops Desktop %1
Conectado como %2 em %3.
Arquivo de registro: %4</translation>
    </message>
    <message>
        <location filename="../../dialogs/about.py" line="28" />
        <source>About Rvops Desktop</source>
        <translation>Sobre o Rvops Desktop</translation>
    </message>
    <message>
        <location filename="../../dialogs/about.py" line="32" />
        <source>Open the log folder</source>
        <translation>Abrir a pasta de registros</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="41" />
        <source>Send a file</source>
        <translation>Enviar arquivo</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="48" />
        <source>Picture to send</source>
        <translation>Imagem a enviar</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="51" />
        <source>File to send</source>
        <translation>Arquivo a enviar</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="59" />
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="67" />
        <source>No caption on this kind of file</source>
        <translation>Este tipo de arquivo não leva legenda</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="68" />
        <source>%1 shows no caption on audio or stickers: send the text as its own message.</source>
        <translation>O %1 não mostra legenda em áudios e figurinhas: envie o texto como uma mensagem própria.</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="71" />
        <source>Add a caption (optional)</source>
        <translation>Adicionar legenda (opcional)</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="73" />
        <source>%1 has no captions: the text goes as a message right after the file.</source>
        <translation>O %1 não tem legendas: o texto vai como uma mensagem logo depois do arquivo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="76" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>AudioPlayerDialog</name>
    <message>
        <location filename="../../dialogs/audio_player.py" line="20" />
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../../dialogs/audio_player.py" line="23" />
        <location filename="../../dialogs/audio_player.py" line="75" />
        <source>Play</source>
        <translation>Tocar</translation>
    </message>
    <message>
        <location filename="../../dialogs/audio_player.py" line="75" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../dialogs/audio_player.py" line="78" />
        <source>This audio cannot be played: %1</source>
        <translation>Este áudio não pode ser tocado: %1</translation>
    </message>
</context>
<context>
    <name>ButtonRow</name>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="28" />
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="28" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="29" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="29" />
        <source>Button type</source>
        <translation>Tipo do botão</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="30" />
        <source>Button text</source>
        <translation>Texto do botão</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="32" />
        <source>Example ending, e.g. BR123</source>
        <translation>Exemplo do final, ex.: BR123</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="32" />
        <source>Example of the link's ending</source>
        <translation>Exemplo do final do link</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="35" />
        <location filename="../../dialogs/template_buttons.py" line="36" />
        <source>Remove button</source>
        <translation>Remover botão</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="56" />
        <source>https://… (may end in {{1}})</source>
        <translation>https://… (pode terminar em {{1}})</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="57" />
        <source>+55 11 98765-4321</source>
        <translation>+55 11 98765-4321</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="58" />
        <source>Link address</source>
        <translation>Endereço do link</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="58" />
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
</context>
<context>
    <name>ButtonsEditor</name>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="88" />
        <source>Add b&amp;utton</source>
        <translation>Adicionar b&amp;otão</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../widgets/call_bar.py" line="105" />
        <source>Hang up</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="90" />
        <source>Answer</source>
        <translation>Atender</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="94" />
        <source>Reject</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="96" />
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="97" />
        <source>Open this contact's conversation</source>
        <translation>Abrir a conversa deste contato</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="98" />
        <location filename="../../widgets/call_bar.py" line="222" />
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="100" />
        <location filename="../../widgets/call_bar.py" line="224" />
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="100" />
        <source>Put the call on hold</source>
        <translation>Colocar a ligação em espera</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="101" />
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="101" />
        <source>Send keypad tones (DTMF)</source>
        <translation>Enviar tons do teclado (DTMF)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="102" />
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="103" />
        <source>Blind transfer to a number or SIP address</source>
        <translation>Transferência direta para um número ou endereço SIP</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="104" />
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="104" />
        <source>Show codec, jitter and loss</source>
        <translation>Mostrar codec, jitter e perda</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="106" />
        <source>End the call (%1)</source>
        <translation>Encerrar a ligação (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="135" />
        <source>Softphone settings…</source>
        <translation>Configurações do softphone…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="137" />
        <source>Open the softphone settings</source>
        <translation>Abrir as configurações do softphone</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="204" />
        <source>Incoming call: %1</source>
        <translation>Ligação recebida: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="206" />
        <source>Calling…</source>
        <translation>Chamando…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="206" />
        <source>Ringing…</source>
        <translation>Tocando…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="207" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="213" />
        <source>In call</source>
        <translation>Em ligação</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="208" />
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="91" />
        <source>Answer the call (%1)</source>
        <translation>Atender a ligação (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="95" />
        <source>Decline the call: the caller hears busy (%1)</source>
        <translation>Recusar a ligação: quem liga ouve ocupado (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="98" />
        <source>Stop sending your microphone (%1)</source>
        <translation>Parar de enviar seu microfone (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="222" />
        <source>Unmute</source>
        <translation>Ativar microfone</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="224" />
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="248" />
        <source>The call to %1 did not go through: %2.</source>
        <translation>A ligação para %1 não foi completada: %2.</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="251" />
        <source>%1 declined the call (%2).</source>
        <translation>%1 recusou a ligação (%2).</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="283" />
        <source>Transfer call</source>
        <translation>Transferir ligação</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="284" />
        <source>Transfer this call to a number or SIP address. The call leaves you as soon as the other side accepts.</source>
        <translation>Transferir esta ligação para um número ou endereço SIP. A ligação sai de você assim que o outro lado aceitar.</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="287" />
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="303" />
        <source>Call quality is not available right now.</source>
        <translation>A qualidade da ligação não está disponível agora.</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="305" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="307" />
        <source>Codec %1 · jitter %2 ms · loss %3 % · round trip %4 · packets in %5, out %6</source>
        <translation>Codec %1 · jitter %2 ms · perda %3 % · ida e volta %4 · pacotes recebidos %5, enviados %6</translation>
    </message>
</context>
<context>
    <name>CallsOff</name>
    <message>
        <location filename="../../services/calls_off.py" line="12" />
        <source>Calls are disabled: the SIP engine (the pjsua2-python package) is not available on this computer. Install it and restart the app; everything else works without it.</source>
        <translation>As ligações estão desativadas: o mecanismo SIP (o pacote pjsua2-python) não está disponível neste computador. Instale-o e reinicie o aplicativo; todo o resto funciona sem ele.</translation>
    </message>
    <message>
        <location filename="../../services/calls_off.py" line="18" />
        <source>The softphone is not started.</source>
        <translation>O softphone não está iniciado.</translation>
    </message>
    <message>
        <location filename="../../services/calls_off.py" line="22" />
        <source>The softphone is turned off in its settings (Tools ▸ Softphone settings…).</source>
        <translation>O softphone está desligado nas configurações (Ferramentas ▸ Configurações do softphone…).</translation>
    </message>
    <message>
        <location filename="../../services/calls_off.py" line="26" />
        <source>No SIP account is set up: fill in Tools ▸ Softphone settings….</source>
        <translation>Nenhuma conta SIP configurada: preencha Ferramentas ▸ Configurações do softphone….</translation>
    </message>
</context>
<context>
    <name>ChannelError</name>
    <message>
        <location filename="../../channel_errors.py" line="12" />
        <source>The 24-hour window is closed: send an approved template to resume the conversation.</source>
        <translation>A janela de 24 horas está fechada: envie um modelo aprovado para retomar a conversa.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="14" />
        <source>Meta's sending limit was reached; the message will be retried shortly.</source>
        <translation>O limite de envios da Meta foi atingido; a mensagem será reenviada em instantes.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="16" />
        <source>The message could not be delivered to this contact (no WhatsApp account, or unavailable).</source>
        <translation>Não foi possível entregar a mensagem a este contato (número sem WhatsApp ou indisponível).</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="18" />
        <source>The template's variables do not match the approved template; check them and try again.</source>
        <translation>As variáveis do modelo não conferem com o modelo aprovado; revise-as e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="20" />
        <source>This template does not exist in this language or is not approved yet; sync the templates.</source>
        <translation>Este modelo não existe neste idioma ou ainda não foi aprovado; sincronize os modelos.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="22" />
        <source>This template was paused or disabled by Meta; pick another template.</source>
        <translation>Este modelo foi pausado ou desativado pela Meta; escolha outro modelo.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="24" />
        <source>Meta's access token expired or is invalid; ask an administrator to renew it.</source>
        <translation>O token de acesso da Meta expirou ou é inválido; peça a um administrador para renová-lo.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="26" />
        <source>The account lacks Meta's permission for this action; ask an administrator to check it.</source>
        <translation>A conta não tem permissão para esta ação na Meta; peça a um administrador para verificar.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="28" />
        <source>Meta refused the message because of an invalid parameter.</source>
        <translation>A Meta recusou a mensagem por um parâmetro inválido.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="30" />
        <source>Meta could not process the file; check its type and size and try again.</source>
        <translation>A Meta não conseguiu processar o arquivo; verifique o tipo e o tamanho e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="32" />
        <source>This kind of message is not supported by the channel.</source>
        <translation>Este tipo de mensagem não é suportado pelo canal.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="34" />
        <source>There is a problem with the Meta business account (lock or payment); tell an administrator.</source>
        <translation>Há um problema na conta comercial da Meta (bloqueio ou pagamento); avise um administrador.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="36" />
        <source>This contact cannot receive messages right now.</source>
        <translation>Este contato não está disponível para receber mensagens agora.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="38" />
        <source>Meta's service is temporarily unavailable; try again shortly.</source>
        <translation>O serviço da Meta está temporariamente indisponível; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="40" />
        <source>The file points outside Meta's hosts and was not downloaded.</source>
        <translation>O arquivo aponta para um endereço fora da Meta e não foi baixado.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="42" />
        <source>The file did not come with the message.</source>
        <translation>O arquivo não veio com a mensagem.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="43" />
        <source>Not sent: Meta did not take the message in 24 hours of retries; send it again.</source>
        <translation>Não enviada: a Meta não aceitou a mensagem em 24 horas de novas tentativas; envie de novo.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="45" />
        <source>The attachment was not found on the server.</source>
        <translation>O anexo não foi encontrado no servidor.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="46" />
        <source>The contact has no Instagram account.</source>
        <translation>O contato não tem conta do Instagram.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="47" />
        <source>This channel is not configured on the server; ask an administrator.</source>
        <translation>Este canal não está configurado no servidor; peça a um administrador.</translation>
    </message>
</context>
<context>
    <name>ChatbotPage</name>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="46" />
        <source>The chatbot answers new conversations on this channel</source>
        <translation>O chatbot atende as novas conversas deste canal</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="49" />
        <source>Hello! I am Rvops' assistant.</source>
        <translation>Olá! Sou o assistente da Rvops.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="51" />
        <source>How can we help?</source>
        <translation>Como podemos ajudar?</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="54" />
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="54" />
        <source>Goes to</source>
        <translation>Vai para</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="54" />
        <source>Asks first for</source>
        <translation>Pergunta antes</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="55" />
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="59" />
        <source>Add option</source>
        <translation>Adicionar opção</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="60" />
        <source>Remove option</source>
        <translation>Remover opção</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="69" />
        <source>Only during business hours</source>
        <translation>Só no horário de atendimento</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="71" />
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="74" />
        <source>We are closed now; we answer from 8:00.</source>
        <translation>Estamos fechados agora; atendemos a partir das 8h.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="77" />
        <source>&amp;Save chatbot</source>
        <translation>&amp;Salvar chatbot</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="80" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="82" />
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="83" />
        <source>Menu question</source>
        <translation>Pergunta do menu</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="88" />
        <source>When the customer does not choose</source>
        <translation>Quando o cliente não escolhe</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="90" />
        <source>Send to</source>
        <translation>Enviar para</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="91" />
        <source>After unrecognised answers</source>
        <translation>Depois de respostas não reconhecidas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="92" />
        <source>Or after no answer for</source>
        <translation>Ou sem resposta por</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="93" />
        <source>Business hours</source>
        <translation>Horário de atendimento</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="99" />
        <source>Monday to Friday</source>
        <translation>Segunda a sexta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="105" />
        <source>Out of hours</source>
        <translation>Fora do horário</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="130" />
        <source>The workspace's queue</source>
        <translation>A fila do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="133" />
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="133" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="133" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="241" />
        <source>The chatbot is saved: new conversations on this channel meet it now.</source>
        <translation>Chatbot salvo: as novas conversas deste canal já são atendidas por ele.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="242" />
        <source>Saved; the chatbot is off on this channel.</source>
        <translation>Salvo; o chatbot está desligado neste canal.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../widgets/composer.py" line="64" />
        <source>Message to the customer</source>
        <translation>Mensagem para o cliente</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="66" />
        <location filename="../../widgets/composer.py" line="214" />
        <location filename="../../widgets/composer.py" line="363" />
        <source>Write a message… (/ for snippets, Enter sends, Shift+Enter new line)</source>
        <translation>Escreva uma mensagem… (/ para respostas rápidas, Enter envia, Shift+Enter nova linha)</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="77" />
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="80" />
        <location filename="../../widgets/composer.py" line="313" />
        <source>Attach a file</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="81" />
        <source>Attach a file (%1)</source>
        <translation>Anexar arquivo (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="86" />
        <source>Hidden note</source>
        <translation>Nota oculta</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="88" />
        <source>Write an internal note: only agents see it (%1)</source>
        <translation>Escrever uma nota interna: só agentes veem (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="132" />
        <source>&amp;Resume conversation</source>
        <translation>&amp;Retomar conversa</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="91" />
        <location filename="../../widgets/composer.py" line="364" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="105" />
        <location filename="../../widgets/composer.py" line="106" />
        <source>Cancel the reply</source>
        <translation>Cancelar a resposta</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="180" />
        <source>Replying to: %1</source>
        <translation>Respondendo a: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="291" />
        <source>The pasted picture could not be saved.</source>
        <translation>Não foi possível salvar a imagem colada.</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="362" />
        <source>Hidden note — only agents see this</source>
        <translation>Nota oculta — só agentes veem</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="364" />
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../widgets/contact_panel.py" line="54" />
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="55" />
        <source>Qualification</source>
        <translation>Qualificação</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="56" />
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="57" />
        <source>Negotiation</source>
        <translation>Negociação</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="58" />
        <source>Won</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="59" />
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="90" />
        <location filename="../../widgets/contact_panel.py" line="191" />
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="96" />
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="121" />
        <source>T&amp;asks</source>
        <translation>Tarefa&amp;s</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="117" />
        <source>New &amp;deal</source>
        <translation>Novo ne&amp;gócio</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="117" />
        <source>D&amp;eals</source>
        <translation>Negó&amp;cios</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="119" />
        <source>New c&amp;ompany</source>
        <translation>Nova &amp;empresa</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="119" />
        <source>Com&amp;panies</source>
        <translation>Em&amp;presas</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="121" />
        <source>New tas&amp;k</source>
        <translation>Nova &amp;tarefa</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="118" />
        <source>No deals for this contact</source>
        <translation>Nenhum negócio deste contato</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="120" />
        <source>No companies for this contact</source>
        <translation>Nenhuma empresa deste contato</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="122" />
        <source>No tasks for this contact</source>
        <translation>Nenhuma tarefa deste contato</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="138" />
        <source>Right-click a deal to move it to another stage</source>
        <translation>Clique com o botão direito num negócio para mudá-lo de etapa</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="151" />
        <source>The contact's details show here when a conversation is open: properties, deals, companies and tasks.</source>
        <translation>Os dados do contato aparecem aqui quando uma conversa está aberta: propriedades, negócios, empresas e tarefas.</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="191" />
        <source>Call %1</source>
        <translation>Ligar %1</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="194" />
        <source>Read-only: your profile does not have the "edit contact" permission. Ask an administrator.</source>
        <translation>Somente leitura: seu perfil não tem a permissão "editar contato". Peça a um administrador.</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="196" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="196" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="197" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="111" />
        <source>Required: it cannot be left empty.</source>
        <translation>Obrigatório: não pode ficar vazio.</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="122" />
        <source>Fill in the required fields: %1. Nothing was saved.</source>
        <translation>Preencha os campos obrigatórios: %1. Nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="134" />
        <source>A number, such as %1</source>
        <translation>Um número, como %1</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="140" />
        <source>a number, such as %1</source>
        <translation>um número, como %1</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="141" />
        <source>yes or no</source>
        <translation>sim ou não</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="142" />
        <source>a date, such as 31/12/2026</source>
        <translation>uma data, como 31/12/2026</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="143" />
        <source>up to 2000 characters</source>
        <translation>até 2000 caracteres</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="144" />
        <source>one of: %1</source>
        <translation>uma destas opções: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="145" />
        <source>%1 was not saved: type %2.</source>
        <translation>%1 não foi salvo: digite %2.</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="331" />
        <source>Deal title</source>
        <translation>Título do negócio</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="331" />
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="332" />
        <source>Task title</source>
        <translation>Título da tarefa</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../dialogs/new_contact.py" line="27" />
        <source>“%1” is missing digits: type it with its area code, e.g. +55 11 98765-4321.</source>
        <translation>Faltam dígitos em “%1”: digite-o com o DDD, ex.: +55 11 98765-4321.</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="30" />
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1” não é um número de telefone válido.</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="32" />
        <source>%1 already has this number: open that contact, or merge the two.</source>
        <translation>%1 já tem este número: abra esse contato ou junte os dois.</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="34" />
        <source>Saved as %1</source>
        <translation>Será salvo como %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="101" />
        <location filename="../../dialogs/contacts.py" line="113" />
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="107" />
        <source>Search by name, phone, e-mail, tag or property</source>
        <translation>Buscar por nome, telefone, e-mail, etiqueta ou propriedade</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="108" />
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="140" />
        <location filename="../../dialogs/contacts.py" line="177" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="145" />
        <location filename="../../dialogs/contacts.py" line="179" />
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="150" />
        <location filename="../../dialogs/contacts.py" line="179" />
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="118" />
        <source>&amp;New contact…</source>
        <translation>&amp;Novo contato…</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="148" />
        <source>No calls with this contact</source>
        <translation>Nenhuma ligação com este contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="154" />
        <source>&amp;Start conversation</source>
        <translation>&amp;Iniciar conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="158" />
        <source>Merge a duplicate…</source>
        <translation>Juntar um duplicado…</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="176" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="241" />
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="245" />
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="245" />
        <source>closed</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="250" />
        <source>answered</source>
        <translation>atendida</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="250" />
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="250" />
        <source>rejected</source>
        <translation>recusada</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="251" />
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="259" />
        <source>This contact has no WhatsApp number.</source>
        <translation>Este contato não tem número de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="36" />
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="40" />
        <source>%1 h %2 min left</source>
        <translation>faltam %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="41" />
        <source>%1 min left</source>
        <translation>faltam %1 min</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="54" />
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="59" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="60" />
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="61" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="62" />
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="63" />
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="64" />
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="65" />
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="66" />
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="67" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="140" />
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="153" />
        <source>Pending: until the customer replies</source>
        <translation>Pendente: até o cliente responder</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="155" />
        <source>Snoozed until %1</source>
        <translation>Adiada até %1</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../widgets/conversation_header.py" line="82" />
        <source>Claim</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="83" />
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="84" />
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="84" />
        <source>Put it away until a time: it comes back to Mine then, or as soon as the customer writes</source>
        <translation>Guardar até um horário: ela volta para Minhas nesse momento, ou assim que o cliente escrever</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="86" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="86" />
        <source>Put labels on the conversation, to find it again</source>
        <translation>Pôr etiquetas na conversa, para encontrá-la depois</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="88" />
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="88" />
        <source>Previous history: this contact's earlier conversations</source>
        <translation>Histórico anterior: as conversas anteriores deste contato</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="90" />
        <source>Close</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="91" />
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="92" />
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="123" />
        <source>Until the customer replies</source>
        <translation>Até o cliente responder</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="124" />
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="125" />
        <source>For 3 hours</source>
        <translation>Por 3 horas</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="126" />
        <source>Until tomorrow, 9:00</source>
        <translation>Até amanhã, 9:00</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="127" />
        <source>Until Monday, 9:00</source>
        <translation>Até segunda-feira, 9:00</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="132" />
        <source>Wake it now</source>
        <translation>Retomar agora</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../widgets/conversation_list.py" line="76" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="77" />
        <source>Search conversations, contacts, messages (Ctrl+K)</source>
        <translation>Buscar conversas, contatos, mensagens (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="88" />
        <source>Claim</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="89" />
        <source>Take this conversation from the queue</source>
        <translation>Assumir esta conversa da fila</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="94" />
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="100" />
        <source>No conversations here.</source>
        <translation>Nenhuma conversa aqui.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="136" />
        <source>Pick a conversation on the left.</source>
        <translation>Escolha uma conversa à esquerda.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="88" />
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="117" />
        <source>Forwarded to %1</source>
        <translation>Encaminhada para %1</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="138" />
        <source>No conversations to show yet. Invite your team in Tools ▸ Settings… (Ctrl+,); customers' conversations come in once WhatsApp, Instagram or the website chat is connected.</source>
        <translation>Nenhuma conversa para mostrar ainda. Convide sua equipe em Ferramentas ▸ Configurações… (Ctrl+,); as conversas dos clientes chegam quando o WhatsApp, o Instagram ou o chat do site estiver conectado.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="142" />
        <source>No conversations yet: they show on the left as customers write.</source>
        <translation>Nenhuma conversa ainda: elas aparecem à esquerda quando os clientes escrevem.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="221" />
        <source>Awake: the conversation is back in Mine.</source>
        <translation>Retomada: a conversa voltou para Minhas.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="226" />
        <source>Pending: it comes back to Mine when the customer writes.</source>
        <translation>Pendente: ela volta para Minhas quando o cliente escrever.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="228" />
        <source>Snoozed until %1: it comes back to Mine then, or as soon as the customer writes.</source>
        <translation>Adiada até %1: ela volta para Minhas nesse momento, ou assim que o cliente escrever.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="247" />
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="250" />
        <source>Pending: until the customer replies</source>
        <translation>Pendente: até o cliente responder</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="252" />
        <source>Snoozed until %1</source>
        <translation>Adiada até %1</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="254" />
        <source>Closed</source>
        <translation>Finalizadas</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="256" />
        <source>Window: %1 h %2 min left</source>
        <translation>Janela: faltam %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="259" />
        <source>Window closed</source>
        <translation>Janela fechada</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="262" />
        <source>With the chatbot</source>
        <translation>Com o robô</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="264" />
        <source>Chatbot: %1</source>
        <translation>Robô: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="273" />
        <source>This conversation is closed.</source>
        <translation>Esta conversa está finalizada.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="275" />
        <source>The 24-hour window is closed: the contact's last message is more than 24 hours old. Resume the conversation with an approved template.</source>
        <translation>A janela de 24 horas está fechada: a última mensagem do contato tem mais de 24 horas. Retome a conversa com um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="278" />
        <source>The 24-hour window is closed: on Instagram the contact must write first; the conversation unlocks when they do.</source>
        <translation>A janela de 24 horas está fechada: no Instagram o contato precisa escrever primeiro; a conversa desbloqueia quando ele escrever.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="283" />
        <source>Claim this conversation to reply.</source>
        <translation>Assuma esta conversa para responder.</translation>
    </message>
</context>
<context>
    <name>ConversationTable</name>
    <message>
        <location filename="../../widgets/conversation_list.py" line="47" />
        <source>Conversation rows</source>
        <translation>Linhas das conversas</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="53" />
        <source>Conversation columns</source>
        <translation>Colunas das conversas</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../../app.py" line="185" />
        <source>Your session has expired or was ended on another device. Sign in again; nothing you wrote is lost.</source>
        <translation>Sua sessão expirou ou foi encerrada em outro aparelho. Entre de novo; nada do que você escreveu se perdeu.</translation>
    </message>
</context>
<context>
    <name>DesktopNotices</name>
    <message>
        <location filename="../../services/desktop_notices.py" line="52" />
        <source>Incoming call</source>
        <translation>Ligação recebida</translation>
    </message>
    <message>
        <location filename="../../services/desktop_notices.py" line="54" />
        <source>Answer</source>
        <translation>Atender</translation>
    </message>
    <message>
        <location filename="../../services/desktop_notices.py" line="55" />
        <source>Reject</source>
        <translation>Recusar</translation>
    </message>
</context>
<context>
    <name>DialPadDialog</name>
    <message>
        <location filename="../../dialogs/dial_pad.py" line="28" />
        <source>Dial pad</source>
        <translation>Teclado de discagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/dial_pad.py" line="31" />
        <source>Number, extension or SIP address</source>
        <translation>Número, ramal ou endereço SIP</translation>
    </message>
    <message>
        <location filename="../../dialogs/dial_pad.py" line="42" />
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
</context>
<context>
    <name>EmojiPopup</name>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="25" />
        <source>Recently used</source>
        <translation>Usados recentemente</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="26" />
        <source>Smileys &amp; emotion</source>
        <translation>Carinhas e emoções</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="27" />
        <source>People &amp; body</source>
        <translation>Pessoas e corpo</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="28" />
        <source>Animals &amp; nature</source>
        <translation>Animais e natureza</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="29" />
        <source>Food &amp; drink</source>
        <translation>Comidas e bebidas</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="30" />
        <source>Travel &amp; places</source>
        <translation>Viagens e lugares</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="31" />
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="32" />
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="33" />
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="34" />
        <source>Flags</source>
        <translation>Bandeiras</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="54" />
        <source>Search emoji (pizza, heart, thumbs up…)</source>
        <translation>Buscar emoji (pizza, coração, polegar…)</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="55" />
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="66" />
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../dialogs/forward.py" line="26" />
        <source>Forward message</source>
        <translation>Encaminhar mensagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="32" />
        <location filename="../../dialogs/forward.py" line="33" />
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="37" />
        <source>Conversations to forward to</source>
        <translation>Conversas para onde encaminhar</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="45" />
        <source>None of your open conversations can receive it now: forward to a conversation you hold whose 24-hour window is open.</source>
        <translation>Nenhuma das suas conversas abertas pode recebê-la agora: encaminhe para uma conversa que você atende com a janela de 24 horas aberta.</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="49" />
        <source>Forward</source>
        <translation>Encaminhar</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../dialogs/history.py" line="33" />
        <source>Incoming</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="34" />
        <source>Outgoing</source>
        <translation>Feita</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="35" />
        <source>answered</source>
        <translation>atendida</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="36" />
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="37" />
        <source>rejected</source>
        <translation>recusada</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="38" />
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="60" />
        <source>Previous history — %1</source>
        <translation>Histórico anterior — %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="67" />
        <source>closed</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="67" />
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="91" />
        <source>Conversations (%1)</source>
        <translation>Conversas (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="92" />
        <source>Templates sent (%1)</source>
        <translation>Modelos enviados (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="93" />
        <source>Calls (%1)</source>
        <translation>Ligações (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="95" />
        <source>Read from this computer's copy: available offline.</source>
        <translation>Lido da cópia deste computador: disponível offline.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../dialogs/image_viewer.py" line="27" />
        <location filename="../../dialogs/image_viewer.py" line="28" />
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/image_viewer.py" line="42" />
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="43" />
        <source>&amp;Unread</source>
        <translation>&amp;Não lidas</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="45" />
        <source>Only unread conversations</source>
        <translation>Somente conversas não lidas</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="46" />
        <source>Show only conversations with unread messages</source>
        <translation>Mostrar só as conversas com mensagens não lidas</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="47" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="48" />
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="49" />
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="50" />
        <source>All teams</source>
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="51" />
        <source>Waiting longer than</source>
        <translation>Aguardando há mais de</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="52" />
        <source>Any wait</source>
        <translation>Qualquer espera</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="53" />
        <source>Wait &gt; %1 min</source>
        <translation>Espera &gt; %1 min</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="54" />
        <source>Only customers waiting in the queue for an agent longer than this</source>
        <translation>Só clientes aguardando um atendente na fila há mais tempo que isso</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="55" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="55" />
        <source>All labels</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="57" />
        <source>Only conversations with this label</source>
        <translation>Só as conversas com esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="58" />
        <source>Sort</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="59" />
        <source>Newest activity</source>
        <translation>Atividade recente</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="60" />
        <source>Longest waiting</source>
        <translation>Maior espera</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="61" />
        <source>Order of this list</source>
        <translation>Ordem desta lista</translation>
    </message>
</context>
<context>
    <name>InboxListModel</name>
    <message>
        <location filename="../../qt_models/inbox_model.py" line="29" />
        <source>waiting %1 min</source>
        <translation>aguardando %1 min</translation>
    </message>
    <message>
        <location filename="../../qt_models/inbox_model.py" line="32" />
        <source>waiting %1 h %2 min</source>
        <translation>aguardando %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../qt_models/inbox_model.py" line="35" />
        <source>waiting %1 d %2 h</source>
        <translation>aguardando %1 d %2 h</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <location filename="../../dialogs/invite_code.py" line="29" />
        <source>Invite for %1</source>
        <translation>Convite para %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="30" />
        <source>Send this to %1. The code works once, until %2. It is not shown again: copy it now (a new invite makes another).</source>
        <translation>Envie isto para %1. O código vale uma vez, até %2. Ele não aparece de novo: copie agora (um novo convite gera outro).</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="46" />
        <source>The text to send</source>
        <translation>O texto a enviar</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="48" />
        <source>%1, you are invited to Rvops.

Server: %2
E-mail: %3
Invite code: %4 (valid until %5)

Open Rvops, choose “I have an invite”, type these in and choose your password.</source>
        <translation>%1, você foi convidado(a) para o Rvops.

Servidor: %2
E-mail: %3
Código do convite: %4 (válido até %5)

Abra o Rvops, escolha “Tenho um convite”, digite estes dados e escolha sua senha.</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="54" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="71" />
        <source>Copied: paste it in an e-mail or a message to them.</source>
        <translation>Copiado: cole num e-mail ou numa mensagem para a pessoa.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../dialogs/labels.py" line="23" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="27" />
        <source>Labels of the conversation</source>
        <translation>Etiquetas da conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="32" />
        <source>New label, then Enter</source>
        <translation>Nova etiqueta, e Enter</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="33" />
        <source>New label</source>
        <translation>Nova etiqueta</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="76" />
        <source>At most %1 labels on a conversation.</source>
        <translation>No máximo %1 etiquetas por conversa.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="201" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="201" />
        <source>&amp;New label</source>
        <translation>&amp;Nova etiqueta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="207" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="212" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="213" />
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="232" />
        <source>Label colour</source>
        <translation>Cor da etiqueta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="240" />
        <source>A new label: agents put it on conversations from the header.</source>
        <translation>Uma nova etiqueta: os agentes a colocam nas conversas pelo cabeçalho.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="245" />
        <source>Saved: every conversation with this label shows it so.</source>
        <translation>Salvo: toda conversa com esta etiqueta a mostra assim.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="248" />
        <source>Label deleted and taken off its conversations.</source>
        <translation>Etiqueta excluída e retirada das conversas.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dialogs/login.py" line="33" />
        <source>Sign in to Rvops</source>
        <translation>Entrar no Rvops</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="47" />
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="51" />
        <location filename="../../dialogs/login.py" line="100" />
        <source>I &amp;have an invite</source>
        <translation>&amp;Tenho um convite</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="69" />
        <source>This computer has no password keychain (Secret Service, Keychain or Credential Manager): you stay signed in only until the app closes.</source>
        <translation>Este computador não tem um chaveiro de senhas (Secret Service, Keychain ou Gerenciador de Credenciais): a sessão vale só até o aplicativo fechar.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="72" />
        <location filename="../../dialogs/login.py" line="102" />
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="74" />
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="75" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="76" />
        <source>&amp;Password</source>
        <translation>Se&amp;nha</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="77" />
        <source>Invite &amp;code</source>
        <translation>&amp;Código do convite</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="78" />
        <source>&amp;New password</source>
        <translation>Nova se&amp;nha</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="79" />
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repita a nova senha</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="100" />
        <source>I have a &amp;password</source>
        <translation>&amp;Já tenho senha</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="102" />
        <source>Accept the invite and sign in</source>
        <translation>Aceitar o convite e entrar</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="117" />
        <source>Fill in the server, your e-mail and your password.</source>
        <translation>Preencha o servidor, seu e-mail e sua senha.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="125" />
        <source>Fill in the server, your e-mail, the invite code and a new password.</source>
        <translation>Preencha o servidor, seu e-mail, o código do convite e uma nova senha.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="127" />
        <source>The new password needs at least %1 characters.</source>
        <translation>A nova senha precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="130" />
        <source>The two passwords differ: type the same new password twice.</source>
        <translation>As duas senhas são diferentes: digite a mesma nova senha duas vezes.</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <location filename="../../services/login.py" line="48" />
        <source>Too many failed attempts for this account or network. Try again in %1 minute(s), or ask an administrator to unlock it.</source>
        <translation>Tentativas erradas demais para esta conta ou rede. Tente de novo em %1 minuto(s) ou peça a um administrador para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="29" />
        <source>Wrong e-mail or password. Check them and try again.</source>
        <translation>E-mail ou senha incorretos. Confira e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="35" />
        <source>This invite code is not valid for this e-mail, has expired or was already used. Check them, or ask an administrator for a new invite.</source>
        <translation>Este código de convite não vale para este e-mail, expirou ou já foi usado. Confira-os, ou peça um novo convite a um administrador.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="54" />
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>Não foi possível alcançar o servidor. Confira o endereço e sua conexão.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="57" />
        <source>Signing in failed: %1</source>
        <translation>Não foi possível entrar: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/views_list.py" line="16" />
        <source>Inbox views</source>
        <translation>Visões da caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="94" />
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="47" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="49" />
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuar na bandeja ao fechar a janela</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="56" />
        <source>&amp;New conversation…</source>
        <translation>&amp;Nova conversa…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="59" />
        <source>&amp;Contacts…</source>
        <translation>&amp;Contatos…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="62" />
        <source>Sign &amp;out (%1)</source>
        <translation>Sai&amp;r da conta (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="66" />
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="67" />
        <source>&amp;Snippets…</source>
        <translation>&amp;Respostas rápidas…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="71" />
        <source>Your profile does not have the "manage snippets" permission.</source>
        <translation>Seu perfil não tem a permissão "gerenciar respostas rápidas".</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="72" />
        <location filename="../../widgets/main_menus.py" line="91" />
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="73" />
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="76" />
        <source>Supervision…</source>
        <translation>Supervisão…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="80" />
        <source>Dial pad…</source>
        <translation>Teclado de discagem…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="83" />
        <source>Soft&amp;phone settings…</source>
        <translation>Configurações do soft&amp;phone…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="87" />
        <source>Mute this conversation</source>
        <translation>Silenciar esta conversa</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="90" />
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="92" />
        <source>Open the log folder</source>
        <translation>Abrir a pasta de registros</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="94" />
        <source>About Rvops Desktop</source>
        <translation>Sobre o Rvops Desktop</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="196" />
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="197" />
        <source>Sign out of Rvops on this computer? Messages not yet sent are kept and go out when you sign in again.</source>
        <translation>Sair da conta do Rvops neste computador? As mensagens ainda não enviadas ficam guardadas e saem quando você entrar de novo.</translation>
    </message>
    <message>
        <location filename="../../controllers/calls.py" line="115" />
        <source>Calls are not available.</source>
        <translation>Ligações não estão disponíveis.</translation>
    </message>
    <message>
        <location filename="../../widgets/offline_banner.py" line="26" />
        <source>Your session is no longer valid: sign in again. What you wrote is kept.</source>
        <translation>Sua sessão não é mais válida: entre de novo. O que você escreveu está guardado.</translation>
    </message>
    <message>
        <location filename="../../widgets/offline_banner.py" line="29" />
        <source>You are offline. You can read and search what is on this computer; what you write is sent when the connection returns (%1 waiting).</source>
        <translation>Você está sem conexão. Dá para ler e buscar o que está neste computador; o que você escrever é enviado quando a conexão voltar (%1 aguardando).</translation>
    </message>
    <message>
        <location filename="../../controllers/conversations.py" line="84" />
        <source>Close conversation</source>
        <translation>Finalizar conversa</translation>
    </message>
    <message>
        <location filename="../../controllers/conversations.py" line="85" />
        <source>Close the conversation with %1? It leaves your inbox and the contact's record is consolidated.</source>
        <translation>Finalizar a conversa com %1? Ela sai da sua caixa de entrada e o registro do contato é consolidado.</translation>
    </message>
    <message>
        <location filename="../../controllers/calls.py" line="101" />
        <source>This contact has no conversation yet.</source>
        <translation>Este contato ainda não tem conversa.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="382" />
        <source>Rvops keeps running</source>
        <translation>O Rvops continua aberto</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="383" />
        <source>Calls and messages still reach you. Quit from the tray's menu or File ▸ Quit.</source>
        <translation>Ligações e mensagens continuam chegando. Para sair, use o menu da bandeja ou Arquivo ▸ Sair.</translation>
    </message>
</context>
<context>
    <name>MediaService</name>
    <message>
        <location filename="../../services/media.py" line="52" />
        <source>The file could not be uploaded: check your connection and try again.</source>
        <translation>Não foi possível enviar o arquivo: confira sua conexão e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="67" />
        <source>The download could not be retried: check your connection and try again.</source>
        <translation>Não foi possível pedir o download de novo: verifique sua conexão e tente outra vez.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="73" />
        <source>The download could not be retried (the server answered %1).</source>
        <translation>Não foi possível pedir o download de novo (o servidor respondeu %1).</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="105" />
        <source>The file could not be downloaded: check your connection and try again.</source>
        <translation>Não foi possível baixar o arquivo: confira sua conexão e tente de novo.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../dialogs/contacts.py" line="57" />
        <source>Merge a duplicate into %1</source>
        <translation>Juntar um contato duplicado a %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="61" />
        <source>Find the duplicate</source>
        <translation>Encontre o duplicado</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="68" />
        <source>Its conversations, calls, deals, companies, tasks and tags move to %1, with the fields %1 has empty; then the duplicate is deleted.</source>
        <translation>As conversas, ligações, negócios, empresas, tarefas e etiquetas dele passam para %1, com os campos que %1 tem vazios; depois o duplicado é excluído.</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="72" />
        <source>Merge</source>
        <translation>Juntar</translation>
    </message>
</context>
<context>
    <name>MessageContent</name>
    <message>
        <location filename="../../delegates/message_content.py" line="45" />
        <source>downloading…</source>
        <translation>baixando…</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="48" />
        <source>download failed: %1 (click to retry)</source>
        <translation>falha no download: %1 (clique para tentar de novo)</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="64" />
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="66" />
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="88" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="96" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="105" />
        <source>%1 claimed the conversation</source>
        <translation>%1 assumiu a conversa</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="106" />
        <source>Conversation assigned to %2</source>
        <translation>Conversa atribuída a %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="107" />
        <source>%1 transferred the conversation to %2</source>
        <translation>%1 transferiu a conversa para %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="108" />
        <source>%1 closed the conversation</source>
        <translation>%1 encerrou a conversa</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="109" />
        <source>%1 reopened the conversation</source>
        <translation>%1 reabriu a conversa</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="110" />
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="111" />
        <source>%1 deactivated the agent who held it: the conversation went back to distribution</source>
        <translation>%1 desativou quem atendia: a conversa voltou para a distribuição</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="117" />
        <source>The bot sent the conversation to %2 (option: %1)</source>
        <translation>O robô encaminhou a conversa para %2 (opção: %1)</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="118" />
        <source>The bot got no valid answer: the conversation went to %2</source>
        <translation>O robô não obteve resposta válida: a conversa foi para %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="119" />
        <source>Out of business hours: the conversation waits in the queue</source>
        <translation>Fora do horário de atendimento: a conversa aguarda na fila</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="130" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="139" />
        <source>the queue</source>
        <translation>a fila</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="143" />
        <source>The customer changed their number: %1 → %2</source>
        <translation>O cliente mudou de número: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="146" />
        <source>The customer came from the ad: %1</source>
        <translation>O cliente veio do anúncio: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="156" />
        <source>From the ad: %1</source>
        <translation>Do anúncio: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="159" />
        <source>Replied to your story</source>
        <translation>Respondeu ao seu story</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="161" />
        <source>Mentioned you in their story</source>
        <translation>Mencionou você no story dele(a)</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="163" />
        <source>Received while another app handled the chat</source>
        <translation>Recebida enquanto outro app atendia a conversa</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="175" />
        <source>Call — %1</source>
        <translation>Ligação — %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="175" />
        <source>Missed call</source>
        <translation>Ligação perdida</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="180" />
        <source>Hidden note — only agents see this</source>
        <translation>Nota oculta — só agentes veem</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="182" />
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="185" />
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="187" />
        <source>Chatbot</source>
        <translation>Robô de atendimento</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="189" />
        <source>Away message — the team is closed</source>
        <translation>Mensagem de ausência — a equipe está fechada</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="192" />
        <source>The customer deleted this message</source>
        <translation>O cliente apagou esta mensagem</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="195" />
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="201" />
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="211" />
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="214" />
        <source>Reacted %1</source>
        <translation>Reagiu %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="216" />
        <source>This message type is not supported yet.</source>
        <translation>Este tipo de mensagem ainda não é suportado.</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="228" />
        <source>Voice note</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="238" />
        <source>not sent</source>
        <translation>não enviada</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="239" />
        <source>Not sent: %1 — click to retry</source>
        <translation>Não enviada: %1 — clique para tentar de novo</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../dialogs/new_contact.py" line="44" />
        <source>New contact</source>
        <translation>Novo contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="58" />
        <source>lead, event</source>
        <translation>lead, evento</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="60" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="61" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="63" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="64" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="79" />
        <source>Create contact</source>
        <translation>Criar contato</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../services/notifications.py" line="68" />
        <source>Open Rvops</source>
        <translation>Abrir o Rvops</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="70" />
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="84" />
        <source>Back from snooze: %1</source>
        <translation>De volta do adiamento: %1</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="96" />
        <source>Rvops — %1 unread</source>
        <translation>Rvops — %1 não lida(s)</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="137" />
        <source>New conversation for you</source>
        <translation>Nova conversa para você</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="140" />
        <source>New conversation in the queue</source>
        <translation>Nova conversa na fila</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="169" />
        <source>New message from %1</source>
        <translation>Nova mensagem de %1</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="182" />
        <source>%1 mentioned you</source>
        <translation>%1 mencionou você</translation>
    </message>
</context>
<context>
    <name>PropertiesPage</name>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="104" />
        <source>Contact properties</source>
        <translation>Propriedades do contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="104" />
        <source>&amp;New property</source>
        <translation>&amp;Nova propriedade</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="115" />
        <source>One option per line</source>
        <translation>Uma opção por linha</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="117" />
        <source>Shown in the inbox's contact panel</source>
        <translation>Mostrada no painel do contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="118" />
        <source>&amp;Required</source>
        <translation>&amp;Obrigatória</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="121" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="122" />
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="123" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="124" />
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="125" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="139" />
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="141" />
        <source>required</source>
        <translation>obrigatória</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="176" />
        <source>A new property: its key is how contacts keep the value, and never changes.</source>
        <translation>Uma nova propriedade: a chave é onde os contatos guardam o valor, e nunca muda.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="186" />
        <source>Saved: the contact panel shows it so from now on.</source>
        <translation>Salvo: o painel do contato já a mostra assim.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="190" />
        <source>Property deleted; contacts keep their values, hidden.</source>
        <translation>Propriedade excluída; os contatos guardam os valores, ocultos.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../dialogs/resume.py" line="37" />
        <source>Resume conversation</source>
        <translation>Retomar conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="56" />
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="58" />
        <source>Approved WhatsApp templates</source>
        <translation>Modelos do WhatsApp aprovados</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="61" />
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="94" />
        <source>Header image (its https link)</source>
        <translation>Imagem do cabeçalho (link https)</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="94" />
        <source>Header video (its https link)</source>
        <translation>Vídeo do cabeçalho (link https)</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="95" />
        <source>Header document (its https link)</source>
        <translation>Documento do cabeçalho (link https)</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="97" />
        <source>Header {{%1}}</source>
        <translation>Cabeçalho {{%1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="99" />
        <source>End of link %1 {{1}}</source>
        <translation>Final do link %1 {{1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="100" />
        <source>Variable {{%1}}</source>
        <translation>Variável {{%1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="105" />
        <source>the header's link</source>
        <translation>o link do cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="107" />
        <source>the header's {{1}}</source>
        <translation>o {{1}} do cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="109" />
        <source>the end of link %1</source>
        <translation>o final do link %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="135" />
        <source>Choose an approved template.</source>
        <translation>Escolha um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="137" />
        <source>Fill in %1 to send: WhatsApp refuses a template with an empty variable.</source>
        <translation>Preencha %1 para enviar: o WhatsApp recusa modelo com variável vazia.</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="140" />
        <source>The header's file is sent from its link: type it as https://…</source>
        <translation>O arquivo do cabeçalho é enviado pelo link: digite-o como https://…</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <location filename="../../services/session.py" line="28" />
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="30" />
        <source>Syncing: %1 waiting</source>
        <translation>Sincronizando: %1 aguardando</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="32" />
        <source>No connection: %1 waiting</source>
        <translation>Sem conexão: %1 aguardando</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="34" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="36" />
        <source>Session expired: sign in again</source>
        <translation>Sessão expirada: entre novamente</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="37" />
        <source>Sync stopped</source>
        <translation>Sincronização parada</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="134" />
        <source>The server refused this action.</source>
        <translation>O servidor recusou esta ação.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../dialogs/settings_common.py" line="34" />
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="35" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="36" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="38" />
        <source>See every conversation</source>
        <translation>Ver todas as conversas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="39" />
        <source>Edit contacts</source>
        <translation>Editar contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="40" />
        <source>Create deals</source>
        <translation>Criar negócios</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="41" />
        <source>Create companies</source>
        <translation>Criar empresas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="42" />
        <source>Create tasks</source>
        <translation>Criar tarefas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="43" />
        <source>Transfer conversations</source>
        <translation>Transferir conversas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="44" />
        <source>Manage quick replies</source>
        <translation>Gerenciar respostas rápidas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="45" />
        <source>Manage users</source>
        <translation>Gerenciar usuários</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="46" />
        <source>Manage teams and routing</source>
        <translation>Gerenciar equipes e distribuição</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="47" />
        <source>Manage WhatsApp templates</source>
        <translation>Gerenciar modelos do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="50" />
        <source>Manual (agents claim from the queue)</source>
        <translation>Manual (os agentes assumem da fila)</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="51" />
        <source>The contact's owner</source>
        <translation>O responsável pelo contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="52" />
        <source>The least busy agent</source>
        <translation>O agente menos ocupado</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="53" />
        <source>Random among those available</source>
        <translation>Aleatório entre os disponíveis</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="71" />
        <source>Settings need the connection to the server; nothing was changed. Try again when online.</source>
        <translation>As configurações precisam da conexão com o servidor; nada foi alterado. Tente de novo quando estiver online.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="30" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="30" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="31" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="31" />
        <source>Yes / no</source>
        <translation>Sim / não</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="32" />
        <source>Choice</source>
        <translation>Escolha</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dialogs/settings.py" line="35" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="43" />
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="47" />
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="54" />
        <source>Chatbot</source>
        <translation>Robô de atendimento</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="58" />
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="58" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="59" />
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="89" />
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="19" />
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="20" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="20" />
        <source>Previous / next conversation</source>
        <translation>Conversa anterior / seguinte</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="21" />
        <source>Walk the conversation list (the focus stays in it)</source>
        <translation>Percorrer a lista de conversas (o foco fica nela)</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="22" />
        <source>Next / previous pane: views, list, conversation, contact</source>
        <translation>Painel seguinte / anterior: visões, lista, conversa, contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="23" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="23" />
        <source>New line</source>
        <translation>Nova linha</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="24" />
        <source>Snippets</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="24" />
        <source>Attach a file</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="25" />
        <source>Hidden note on / off</source>
        <translation>Nota interna: ligar / desligar</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="26" />
        <source>Claim</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="26" />
        <source>Resume a conversation whose 24-hour window closed</source>
        <translation>Retomar uma conversa cuja janela de 24 horas fechou</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="27" />
        <source>Close conversation</source>
        <translation>Finalizar conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="27" />
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="28" />
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="28" />
        <source>Previous history of the contact</source>
        <translation>Histórico anterior do contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="29" />
        <source>Call the contact of the open conversation</source>
        <translation>Ligar para o contato da conversa aberta</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="30" />
        <source>Dial pad</source>
        <translation>Teclado de discagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="31" />
        <source>Answer a ringing call</source>
        <translation>Atender uma ligação que toca</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="32" />
        <source>Decline a ringing call, or hang up</source>
        <translation>Recusar uma ligação que toca, ou desligar</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="33" />
        <source>Mute or unmute the microphone in a call</source>
        <translation>Silenciar ou reativar o microfone numa ligação</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="34" />
        <source>Headset call button</source>
        <translation>Botão de chamada do headset</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="34" />
        <source>Answer a ringing call, or hang up</source>
        <translation>Atender uma ligação que toca, ou desligar</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="35" />
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="35" />
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="36" />
        <source>Supervision (supervisors)</source>
        <translation>Supervisão (supervisores)</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="36" />
        <source>Settings (administrators)</source>
        <translation>Configurações (administradores)</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="37" />
        <source>This sheet</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="40" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="40" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>SipSettingsDialog</name>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="38" />
        <source>Softphone settings</source>
        <translation>Configurações do softphone</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="41" />
        <source>Use the softphone on this computer</source>
        <translation>Usar o softphone neste computador</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="43" />
        <source>sip.example.com or 10.0.0.5:5060</source>
        <translation>sip.exemplo.com.br ou 10.0.0.5:5060</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="44" />
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="45" />
        <source>extension or user name</source>
        <translation>ramal ou nome de usuário</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="46" />
        <source>optional; the same as the user when empty</source>
        <translation>opcional; igual ao usuário quando vazio</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="54" />
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>A senha fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="56" />
        <source>The system keyring is not available, so the password is kept only until the app closes. Install or unlock a keyring to have it remembered.</source>
        <translation>O chaveiro do sistema não está disponível, então a senha só é guardada até o aplicativo fechar. Instale ou desbloqueie um chaveiro para que ela seja lembrada.</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="60" />
        <source>shown to the people you call</source>
        <translation>mostrado para quem você liga</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="65" />
        <source>optional, e.g. stun.example.com:3478 (used after a restart)</source>
        <translation>opcional, ex.: stun.exemplo.com.br:3478 (usado após reiniciar)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="66" />
        <source>optional, e.g. 0 for an outside line</source>
        <translation>opcional, ex.: 0 para linha externa</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="67" />
        <source>Record calls to WAV files</source>
        <translation>Gravar ligações em arquivos WAV</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="69" />
        <source>folder (the Recordings folder when empty)</source>
        <translation>pasta (a pasta Recordings quando vazio)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="72" />
        <source>Do not disturb: decline incoming calls (they stay in the call log)</source>
        <translation>Não perturbe: recusar ligações recebidas (elas ficam no histórico de ligações)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="75" />
        <source>Answer incoming calls automatically (call-center queues)</source>
        <translation>Atender ligações automaticamente (filas de call center)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="79" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="81" />
        <source>Seconds of ringing before answering automatically</source>
        <translation>Segundos tocando antes de atender automaticamente</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="87" />
        <source>SIP account</source>
        <translation>Conta SIP</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="90" />
        <source>&amp;Registrar</source>
        <translation>&amp;Registrar (servidor SIP)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="92" />
        <source>&amp;User</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="94" />
        <source>&amp;Password</source>
        <translation>Se&amp;nha</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="112" />
        <source>&amp;Microphone</source>
        <translation>&amp;Microfone</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="113" />
        <source>&amp;Speaker / headset</source>
        <translation>&amp;Alto-falante / headset</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="114" />
        <source>Ri&amp;ng on</source>
        <translation>&amp;Tocar em</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="91" />
        <source>Outbound proxy</source>
        <translation>Proxy de saída</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="93" />
        <source>Authentication user</source>
        <translation>Usuário de autenticação</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="96" />
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="97" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="98" />
        <source>STUN server</source>
        <translation>Servidor STUN</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="99" />
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="101" />
        <source>Dial prefix</source>
        <translation>Prefixo de discagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="103" />
        <source>Recordings folder</source>
        <translation>Pasta das gravações</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="106" />
        <source>Answer after</source>
        <translation>Atender após</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="110" />
        <source>Audio devices (headset)</source>
        <translation>Dispositivos de áudio (headset)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="117" />
        <source>Same as the speaker</source>
        <translation>O mesmo do alto-falante</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="117" />
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="122" />
        <source>%1 (not connected)</source>
        <translation>%1 (desconectado)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="132" />
        <source>%v dBFS</source>
        <translation>%v dBFS</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="133" />
        <location filename="../../dialogs/sip_settings.py" line="134" />
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="151" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="152" />
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>SnippetPopup</name>
    <message>
        <location filename="../../widgets/snippet_popup.py" line="30" />
        <source>Snippets</source>
        <translation>Respostas rápidas</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../dialogs/snippets.py" line="28" />
        <location filename="../../dialogs/snippets.py" line="44" />
        <source>Snippets</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="38" />
        <source>Text; variables: {{contact.name}}, {{agent.name}}</source>
        <translation>Texto; variáveis: {{contact.name}}, {{agent.name}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="43" />
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="43" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="43" />
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="46" />
        <source>S&amp;hortcut (/…)</source>
        <translation>&amp;Atalho (/…)</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="47" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="48" />
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="95" />
        <source>Fill in a shortcut (letters, digits, - or _), a title and the text.</source>
        <translation>Preencha um atalho (letras, números, - ou _), um título e o texto.</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="104" />
        <source>Delete snippet</source>
        <translation>Excluir resposta rápida</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="105" />
        <source>Delete the snippet /%1?</source>
        <translation>Excluir a resposta rápida /%1?</translation>
    </message>
</context>
<context>
    <name>SoftphoneService</name>
    <message>
        <location filename="../../services/softphone.py" line="134" />
        <source>Registered as %1.</source>
        <translation>Registrado como %1.</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="136" />
        <source>Registering with %1…</source>
        <translation>Registrando em %1…</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="139" />
        <source>the user name or password is wrong</source>
        <translation>o usuário ou a senha estão errados</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="140" />
        <source>the server refused this account</source>
        <translation>o servidor recusou esta conta</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="141" />
        <source>the server does not know this user</source>
        <translation>o servidor não conhece este usuário</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="142" />
        <source>the proxy needs a valid user name and password</source>
        <translation>o proxy precisa de usuário e senha válidos</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="143" />
        <source>the registrar did not answer; check its address and the network</source>
        <translation>o servidor SIP não respondeu; confira o endereço e a rede</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="144" />
        <source>the registrar cannot be reached; check its address, the transport and the network</source>
        <translation>não foi possível alcançar o servidor SIP; confira o endereço, o transporte e a rede</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="146" />
        <source>check the account in the softphone settings</source>
        <translation>confira a conta nas configurações do softphone</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="148" />
        <source>the server asks for a password and none is saved for this account; enter it in the softphone settings</source>
        <translation>o servidor pede uma senha e nenhuma está salva para esta conta; informe-a nas configurações do softphone</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="150" />
        <source>Registration failed (%1): %2.</source>
        <translation>O registro falhou (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="151" />
        <source>The softphone is off.</source>
        <translation>O softphone está desligado.</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="300" />
        <source>The softphone settings could not be applied: %1</source>
        <translation>Não foi possível aplicar as configurações do softphone: %1</translation>
    </message>
</context>
<context>
    <name>StartConversationDialog</name>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="47" />
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="49" />
        <source>Start conversation</source>
        <translation>Iniciar conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="52" />
        <source>Search contacts by name, phone or e-mail</source>
        <translation>Buscar contatos por nome, telefone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="53" />
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="56" />
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="61" />
        <source>Open that conversation</source>
        <translation>Abrir essa conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="75" />
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="117" />
        <source>New contact %1: fill in %2 first, in Contacts</source>
        <translation>Novo contato %1: preencha %2 antes, em Contatos</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="119" />
        <source>New contact %1</source>
        <translation>Novo contato %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="140" />
        <source>%1 is already in an open conversation, with %2: continue there.</source>
        <translation>%1 já está numa conversa aberta, com %2: continue por ela.</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="142" />
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="143" />
        <source>the queue</source>
        <translation>a fila</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="161" />
        <source>Choose the contact to write to.</source>
        <translation>Escolha o contato para quem escrever.</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="163" />
        <source>This contact has no WhatsApp number.</source>
        <translation>Este contato não tem número de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../widgets/status_bar.py" line="20" />
        <source>Your status</source>
        <translation>Seu status</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="21" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="21" />
        <source>● Away</source>
        <translation>● Ausente</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="22" />
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="31" />
        <source>Downloading the inbox</source>
        <translation>Baixando a caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="53" />
        <source>Downloading the inbox: %1 of %2</source>
        <translation>Baixando a caixa de entrada: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="69" />
        <source>No connection: your status is sent again when it returns.</source>
        <translation>Sem conexão: seu status é enviado de novo quando ela voltar.</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="92" />
        <location filename="../../widgets/status_bar.py" line="99" />
        <source>● Phone: off</source>
        <translation>● Telefone: desligado</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="97" />
        <source>● Phone: registered</source>
        <translation>● Telefone: registrado</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="97" />
        <source>● Phone: registering…</source>
        <translation>● Telefone: registrando…</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="98" />
        <source>● Phone: failing (%1)</source>
        <translation>● Telefone: falhando (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="102" />
        <source>● Phone: do not disturb</source>
        <translation>● Telefone: não perturbe</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="103" />
        <source>Incoming calls are declined (Tools ▸ Softphone settings…).</source>
        <translation>As ligações recebidas são recusadas (Ferramentas ▸ Configurações do softphone…).</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../dialogs/supervision.py" line="43" />
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="45" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="46" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="55" />
        <source>open now</source>
        <translation>aberta agora</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="57" />
        <source>closed (no opening hours)</source>
        <translation>fechada (sem horário de abertura)</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="60" />
        <source>closed, opens %1</source>
        <translation>fechada, abre %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="69" />
        <source>Supervision</source>
        <translation>Supervisão</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="77" />
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="78" />
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="78" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="78" />
        <source>Waited</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="84" />
        <location filename="../../dialogs/supervision.py" line="99" />
        <location filename="../../dialogs/supervision.py" line="185" />
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="86" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="86" />
        <source>Presence</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="86" />
        <source>Open / capacity</source>
        <translation>Abertas / capacidade</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="90" />
        <location filename="../../dialogs/supervision.py" line="213" />
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="96" />
        <source>Queues, longest wait first</source>
        <translation>Filas, maior espera primeiro</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="127" />
        <source>No team</source>
        <translation>Sem equipe</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="130" />
        <source>%1 waiting · %2 over %3 min · %4 of %5 agents online</source>
        <translation>%1 aguardando · %2 há mais de %3 min · %4 de %5 agentes online</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="140" />
        <source>%1 — %2 waiting</source>
        <translation>%1 — %2 aguardando</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="158" />
        <source>waiting too long</source>
        <translation>esperando há muito tempo</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="184" />
        <source>Agents of %1</source>
        <translation>Agentes de %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="186" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="186" />
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="186" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="192" />
        <source>%1 / no limit</source>
        <translation>%1 / sem limite</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="194" />
        <source>full</source>
        <translation>lotado</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="212" />
        <source>Assign to %1</source>
        <translation>Atribuir a %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="234" />
        <source>%1 assigned to %2.</source>
        <translation>%1 atribuída a %2.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="53" />
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="56" />
        <source>The workspace's method</source>
        <translation>O método do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="59" />
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="62" />
        <source>Business hours</source>
        <translation>Horário de atendimento</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="66" />
        <location filename="../../dialogs/settings_teams.py" line="73" />
        <source>Away message</source>
        <translation>Mensagem de ausência</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="67" />
        <source>Sent once to a customer who writes while the team is closed (empty: nothing is sent).</source>
        <translation>Enviada uma vez ao cliente que escreve enquanto a equipe está fechada (vazia: nada é enviado).</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="78" />
        <source>&amp;New team</source>
        <translation>&amp;Nova equipe</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="78" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="78" />
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="82" />
        <source>Names, members and hours: with the "manage users" permission. You may change how each team distributes.</source>
        <translation>Nomes, membros e horários: com a permissão "gerenciar usuários". Você pode mudar como cada equipe distribui.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="87" />
        <source>&amp;Workspace distribution method</source>
        <translation>&amp;Método de distribuição do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="165" />
        <source>A new team: name it, choose its members, how it distributes and its hours.</source>
        <translation>Uma nova equipe: dê um nome, escolha os membros, como ela distribui e o horário.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="89" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="90" />
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="118" />
        <source>%1  ·  %2 members</source>
        <translation>%1  ·  %2 membros</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="173" />
        <source>Choose how this team distributes.</source>
        <translation>Escolha como esta equipe distribui.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="176" />
        <location filename="../../dialogs/settings_teams.py" line="186" />
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="179" />
        <source>Nothing changed.</source>
        <translation>Nada mudou.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="183" />
        <source>Team %1 created.</source>
        <translation>Equipe %1 criada.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="191" />
        <source>Team deleted.</source>
        <translation>Equipe excluída.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="197" />
        <source>New conversations are distributed this way from now on.</source>
        <translation>As novas conversas são distribuídas assim a partir de agora.</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../widgets/template_bubble.py" line="19" />
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../../widgets/template_bubble.py" line="20" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../widgets/template_bubble.py" line="21" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../widgets/template_bubble.py" line="90" />
        <source>See all options</source>
        <translation>Ver todas as opções</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../dialogs/template_form.py" line="52" />
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="52" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="52" />
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="53" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="53" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="54" />
        <source>Header type</source>
        <translation>Tipo de cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="55" />
        <source>Order {{1}} is on its way</source>
        <translation>O pedido {{1}} está a caminho</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="55" />
        <location filename="../../dialogs/template_form.py" line="70" />
        <source>Header text</source>
        <translation>Texto do cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="60" />
        <source>Hello {{1}}, your invoice is due on {{2}}.</source>
        <translation>Olá {{1}}, sua fatura vence em {{2}}.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="62" />
        <source>Examples, one per variable, separated by |: Maria | 15/03</source>
        <translation>Exemplos, um por variável, separados por |: Maria | 15/03</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="63" />
        <source>Up to 60 characters, no variables</source>
        <translation>Até 60 caracteres, sem variáveis</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="68" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="68" />
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="69" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="69" />
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="71" />
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="71" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="72" />
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="72" />
        <source>Foo&amp;ter</source>
        <translation>&amp;Rodapé</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="91" />
        <source>Sample file</source>
        <translation>Arquivo de exemplo</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="91" />
        <source>Header example</source>
        <translation>Exemplo do cabeçalho</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="92" />
        <source>Meta's handle of the uploaded sample (4::…)</source>
        <translation>Identificador da Meta do exemplo enviado (4::…)</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="93" />
        <source>Example for {{1}}, e.g. #1234</source>
        <translation>Exemplo para {{1}}, ex.: #1234</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="140" />
        <source>The name uses lowercase letters, digits and _ only.</source>
        <translation>O nome usa só letras minúsculas, dígitos e _.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="141" />
        <source>Choose the template's language.</source>
        <translation>Escolha o idioma do modelo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="142" />
        <source>Choose the template's category.</source>
        <translation>Escolha a categoria do modelo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="143" />
        <source>Write the template's text.</source>
        <translation>Escreva o texto do modelo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="144" />
        <source>The header, text, footer and buttons each appear once.</source>
        <translation>Cabeçalho, texto, rodapé e botões aparecem uma vez cada.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="145" />
        <source>The text is too long for WhatsApp (1024 characters).</source>
        <translation>O texto é longo demais para o WhatsApp (1024 caracteres).</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="146" />
        <source>Number the variables {{1}}, {{2}}… in order.</source>
        <translation>Numere as variáveis {{1}}, {{2}}… em ordem.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="147" />
        <source>Give an example for every variable: Meta's review needs them.</source>
        <translation>Dê um exemplo para cada variável: a análise da Meta precisa deles.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="148" />
        <source>Write the header's text, or choose no header.</source>
        <translation>Escreva o texto do cabeçalho, ou escolha sem cabeçalho.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="149" />
        <source>The header has at most 60 characters and one variable, {{1}}.</source>
        <translation>O cabeçalho tem no máximo 60 caracteres e uma variável, {{1}}.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="150" />
        <source>Give Meta's handle of a sample file: Meta's review needs it.</source>
        <translation>Informe o identificador da Meta de um arquivo de exemplo: a análise da Meta precisa dele.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="151" />
        <source>The footer has at most 60 characters and no variables.</source>
        <translation>O rodapé tem no máximo 60 caracteres e nenhuma variável.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="152" />
        <source>Up to 10 buttons: 10 quick replies, 2 links and 1 phone number at most.</source>
        <translation>Até 10 botões: no máximo 10 respostas rápidas, 2 links e 1 telefone.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="153" />
        <source>Keep the quick replies together, before or after the link and phone buttons.</source>
        <translation>Mantenha as respostas rápidas juntas, antes ou depois dos botões de link e telefone.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="155" />
        <source>Every button needs a text of up to 25 characters, on one line, without variables.</source>
        <translation>Todo botão precisa de um texto de até 25 caracteres, numa linha, sem variáveis.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="157" />
        <source>A link starts with https://, has up to 2000 characters and at most one variable, {{1}}, at its end.</source>
        <translation>Um link começa com https://, tem até 2000 caracteres e no máximo uma variável, {{1}}, no fim.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="159" />
        <source>Type the button's phone number with its area code, e.g. +55 11 98765-4321.</source>
        <translation>Digite o telefone do botão com o DDD, ex.: +55 11 98765-4321.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="38" />
        <source>WhatsApp templates</source>
        <translation>Modelos do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="46" />
        <source>Su&amp;bmit to Meta</source>
        <translation>En&amp;viar para a Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="47" />
        <source>&amp;Delete at Meta</source>
        <translation>E&amp;xcluir na Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="67" />
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="60" />
        <source>At Meta</source>
        <translation>Na Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="44" />
        <source>Preview of the WhatsApp bubble</source>
        <translation>Prévia do balão do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="63" />
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="83" />
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="83" />
        <source>in review</source>
        <translation>em análise</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="84" />
        <source>rejected</source>
        <translation>recusada</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="84" />
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="84" />
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="85" />
        <source>no longer at Meta</source>
        <translation>não existe mais na Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="114" />
        <source>%1 was sent to Meta for review; it can be used once Meta approves it.</source>
        <translation>%1 foi enviado para análise da Meta; pode ser usado assim que a Meta aprovar.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="121" />
        <source>%1 was deleted at Meta.</source>
        <translation>%1 foi excluído na Meta.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../widgets/thread_view.py" line="35" />
        <source>Messages of the conversation</source>
        <translation>Mensagens da conversa</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="194" />
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="198" />
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="203" />
        <source>Forward…</source>
        <translation>Encaminhar…</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="205" />
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../dialogs/transfer.py" line="41" />
        <source>Transfer conversation</source>
        <translation>Transferir conversa</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="45" />
        <source>Search teams and agents</source>
        <translation>Buscar equipes e agentes</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="53" />
        <source>Team %1 — %2 online</source>
        <translation>Equipe %1 — %2 online</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="61" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="61" />
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="61" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="63" />
        <source>has not accepted the invite yet</source>
        <translation>ainda não aceitou o convite</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="70" />
        <source>Optional note for the receiver (hidden from the contact)</source>
        <translation>Nota opcional para quem recebe (o contato não vê)</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="72" />
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="76" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../dialogs/update.py" line="31" />
        <source>Rvops Desktop update</source>
        <translation>Atualização do Rvops Desktop</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="33" />
        <source>Version %1 is available (you have %2). Installing it restarts the app; your conversations and unsent messages are kept.</source>
        <translation>A versão %1 está disponível (você usa a %2). Instalar reinicia o app; suas conversas e mensagens não enviadas são mantidas.</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="41" />
        <source>Update and restart</source>
        <translation>Atualizar e reiniciar</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="43" />
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="61" />
        <source>You can update when the call ends.</source>
        <translation>Você pode atualizar quando a ligação terminar.</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="63" />
        <source>This installation is managed by the system: it is updated with the system's packages (ask your administrator).</source>
        <translation>Esta instalação é gerenciada pelo sistema: ela é atualizada pelos pacotes do sistema (fale com o administrador).</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="82" />
        <source>Downloading and checking the update…</source>
        <translation>Baixando e verificando a atualização…</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="93" />
        <source>The update could not be installed (%1). Nothing was changed.</source>
        <translation>A atualização não pôde ser instalada (%1). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="97" />
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../dialogs/settings_users.py" line="57" />
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="67" />
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="71" />
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="72" />
        <source>First password</source>
        <translation>Senha inicial</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="73" />
        <source>Send an &amp;invite: they choose their own password</source>
        <translation>Enviar &amp;convite: a pessoa escolhe a própria senha</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="77" />
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="83" />
        <source>You cannot hand out a permission you do not hold.</source>
        <translation>Você não pode conceder uma permissão que não tem.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="86" />
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="90" />
        <source>N&amp;ame</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="91" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="92" />
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="93" />
        <source>Capacity (open conversations)</source>
        <translation>Capacidade (conversas abertas)</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="94" />
        <source>SIP extension</source>
        <translation>Ramal SIP</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="99" />
        <source>&amp;New user</source>
        <translation>&amp;Novo usuário</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="100" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="101" />
        <location filename="../../dialogs/settings_users.py" line="158" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="102" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Redefinir senha…</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="103" />
        <source>New in&amp;vite</source>
        <translation>Novo con&amp;vite</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="104" />
        <source>A new invite code for who has not accepted theirs: the old one stops working.</source>
        <translation>Um novo código de convite para quem não aceitou o seu: o anterior deixa de valer.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="125" />
        <source>deactivated</source>
        <translation>desativado</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="128" />
        <source>invite pending</source>
        <translation>convite pendente</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="132" />
        <source>Has not accepted the invite; its code works until %1.</source>
        <translation>Ainda não aceitou o convite; o código vale até %1.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="158" />
        <source>Re&amp;activate</source>
        <translation>Re&amp;ativar</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="207" />
        <source>A new user: they sign in with this e-mail and the first password, or accept an invite and choose theirs.</source>
        <translation>Um novo usuário: ele entra com este e-mail e a senha inicial, ou aceita um convite e escolhe a sua.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="214" />
        <source>Fill in the name and the e-mail.</source>
        <translation>Preencha o nome e o e-mail.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="218" />
        <source>%1 is invited: send them the code.</source>
        <translation>%1 foi convidado(a): envie o código.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="223" />
        <source>%1 can sign in now.</source>
        <translation>%1 já pode entrar.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="227" />
        <source>Nothing changed.</source>
        <translation>Nada mudou.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="229" />
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="248" />
        <source>A new invite for %1: the code before no longer works.</source>
        <translation>Novo convite para %1: o código anterior não vale mais.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="268" />
        <source>%1 is deactivated: signed out everywhere; their open conversations went back to routing.</source>
        <translation>%1 foi desativado: saiu de todas as sessões; as conversas abertas voltaram para a distribuição.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="272" />
        <source>%1 can sign in again.</source>
        <translation>%1 pode entrar de novo.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="279" />
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="280" />
        <source>New password for %1:</source>
        <translation>Nova senha para %1:</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="285" />
        <source>Password reset; %1 was signed out everywhere.</source>
        <translation>Senha redefinida; %1 saiu de todas as sessões.</translation>
    </message>
</context>
<context>
    <name>ViewsModel</name>
    <message>
        <location filename="../../qt_models/views_model.py" line="29" />
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="29" />
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="32" />
        <source>All conversations</source>
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="33" />
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="34" />
        <source>Closed</source>
        <translation>Finalizadas</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="62" />
        <source>Search: %1</source>
        <translation>Busca: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="48" />
        <location filename="../../widgets/voice_recorder.py" line="49" />
        <location filename="../../widgets/voice_recorder.py" line="220" />
        <source>Record a voice note</source>
        <translation>Gravar áudio</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="61" />
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="62" />
        <source>Send voice note</source>
        <translation>Enviar áudio</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="63" />
        <location filename="../../widgets/voice_recorder.py" line="152" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="114" />
        <source>The voice note could not be recorded: %1</source>
        <translation>Não foi possível gravar o áudio: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="143" />
        <source>The voice note was too short: hold on a little longer.</source>
        <translation>O áudio ficou curto demais: grave um pouco mais.</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="148" />
        <source>Voice note %1</source>
        <translation>Áudio de %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="173" />
        <source>The voice note could not be played: %1</source>
        <translation>Não foi possível tocar o áudio: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="201" />
        <source>Stop recording</source>
        <translation>Parar a gravação</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="205" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="213" />
        <source>● Recording %1</source>
        <translation>● Gravando %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="103" />
        <source>No microphone was found: connect one to record voice notes.</source>
        <translation>Nenhum microfone encontrado: conecte um para gravar áudios.</translation>
    </message>
</context>
<context>
    <name>WeeklyHoursEditor</name>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="24" />
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="25" />
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="26" />
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="27" />
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="28" />
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="29" />
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="30" />
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="45" />
        <source>%1 opens at</source>
        <translation>%1: abre às</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="46" />
        <source>%1 closes at (00:00: midnight)</source>
        <translation>%1: fecha às (00:00: meia-noite)</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="57" />
        <source>Open %1; changing the times makes it one interval.</source>
        <translation>Aberta %1; mudar os horários faz deles um só intervalo.</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="80" />
        <source>Only during &amp;business hours (otherwise always open)</source>
        <translation>Só no horário de &amp;atendimento (senão, sempre aberta)</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="83" />
        <location filename="../../widgets/weekly_hours.py" line="89" />
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="94" />
        <source>to</source>
        <translation>até</translation>
    </message>
</context>
<context>
    <name>_ListAndForm</name>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="46" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="46" />
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../../sync/sender.py" line="30" />
        <source>The server rejected this action as invalid ({detail}).</source>
        <translation>O servidor recusou esta ação como inválida ({detail}).</translation>
    </message>
</context>
<context>
    <name>voip</name>
    <message>
        <location filename="../../../voip/call.py" line="43" />
        <source>answer the call</source>
        <translation>atender a ligação</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="44" />
        <source>reject the call</source>
        <translation>recusar a ligação</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="45" />
        <source>hang up the call</source>
        <translation>desligar a ligação</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="46" />
        <source>put the call on hold</source>
        <translation>colocar a ligação em espera</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="47" />
        <source>resume the call</source>
        <translation>retomar a ligação</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="48" />
        <source>send keypad tones</source>
        <translation>enviar tons do teclado</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="49" />
        <source>transfer the call</source>
        <translation>transferir a ligação</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="51" />
        <source>still calling</source>
        <translation>ainda chamando</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="52" />
        <source>still ringing</source>
        <translation>ainda tocando</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="53" />
        <source>still connecting</source>
        <translation>ainda conectando</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="54" />
        <source>already answered</source>
        <translation>já atendida</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="55" />
        <source>over</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="179" />
        <source>“{digits}” has keys a phone keypad cannot send (use 0-9, *, #, A-D).</source>
        <translation>“{digits}” tem teclas que um teclado de telefone não envia (use 0-9, *, #, A-D).</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="196" />
        <source>Call quality is available only while the call has audio.</source>
        <translation>A qualidade da ligação só está disponível enquanto ela tem áudio.</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="201" />
        <source>Call quality is not available right now ({reason}).</source>
        <translation>A qualidade da ligação não está disponível agora ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="342" />
        <source>Cannot {action}: the call is {state}.</source>
        <translation>Não é possível {action}: a ligação está {state}.</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="356" />
        <source>Could not {action} ({reason}).</source>
        <translation>Não foi possível {action} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="44" />
        <source>“{raw}” has no country code; type it as +&lt;country&gt;&lt;number&gt;.</source>
        <translation>“{raw}” não tem código do país; digite como +&lt;país&gt;&lt;número&gt;.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="45" />
        <source>“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321.</source>
        <translation>Faltam dígitos em “{raw}”: digite-o com o DDD, ex.: +55 11 98765-4321.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="47" />
        <source>“{raw}” is not a valid phone number.</source>
        <translation>“{raw}” não é um número de telefone válido.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="43" />
        <location filename="../../../voip/numbers.py" line="69" />
        <source>Type a number to call.</source>
        <translation>Digite um número para ligar.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="75" />
        <source>“{raw}” is neither a phone number nor a SIP address.</source>
        <translation>“{raw}” não é um número de telefone nem um endereço SIP.</translation>
    </message>
    <message>
        <location filename="../../../voip/softphone.py" line="273" />
        <source>Could not call {number} ({reason}).</source>
        <translation>Não foi possível ligar para {number} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../voip/settings.py" line="89" />
        <source>Set up the SIP account before calling a number.</source>
        <translation>Configure a conta SIP antes de ligar para um número.</translation>
    </message>
    <message>
        <location filename="../../../voip/audio_routing.py" line="110" />
        <source>The sound device could not be opened ({reason}); the call goes on without sound. Choose another device in the softphone settings.</source>
        <translation>Não foi possível abrir o dispositivo de som ({reason}); a ligação continua sem som. Escolha outro dispositivo nas configurações do softphone.</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="50" />
        <source>microphone</source>
        <translation>microfone</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="51" />
        <source>speaker</source>
        <translation>alto-falante</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="52" />
        <source>ring device</source>
        <translation>dispositivo de toque</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="57" />
        <source>The {role} “{device}” is not available (unplugged?); using the system default instead. It will be used again once you choose it in the softphone settings.</source>
        <translation>O {role} “{device}” não está disponível (desconectado?); usando o padrão do sistema. Ele volta a ser usado quando você o escolher nas configurações do softphone.</translation>
    </message>
</context>
</TS>