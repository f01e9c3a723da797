<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../dialogs/about.py" line="25" />
        <source>Rvops Desktop %1
Signed in as %2 on %3.
Log file: %4</source>
        <translation>Rvops Desktop %1
Signed in as %2 on %3.
Log file: %4</translation>
    </message>
    <message>
        <location filename="../../dialogs/about.py" line="28" />
        <source>About Rvops Desktop</source>
        <translation>About Rvops Desktop</translation>
    </message>
    <message>
        <location filename="../../dialogs/about.py" line="32" />
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="41" />
        <source>Send a file</source>
        <translation>Send a file</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="48" />
        <source>Picture to send</source>
        <translation>Picture to send</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="51" />
        <source>File to send</source>
        <translation>File to send</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="59" />
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="67" />
        <source>No caption on this kind of file</source>
        <translation>No caption on this kind of file</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="68" />
        <source>%1 shows no caption on audio or stickers: send the text as its own message.</source>
        <translation>%1 shows no caption on audio or stickers: send the text as its own message.</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="71" />
        <source>Add a caption (optional)</source>
        <translation>Add a caption (optional)</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="73" />
        <source>%1 has no captions: the text goes as a message right after the file.</source>
        <translation>%1 has no captions: the text goes as a message right after the file.</translation>
    </message>
    <message>
        <location filename="../../dialogs/attachment_preview.py" line="76" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>AudioPlayerDialog</name>
    <message>
        <location filename="../../dialogs/audio_player.py" line="20" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../dialogs/audio_player.py" line="23" />
        <location filename="../../dialogs/audio_player.py" line="75" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../dialogs/audio_player.py" line="75" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../dialogs/audio_player.py" line="78" />
        <source>This audio cannot be played: %1</source>
        <translation>This audio cannot be played: %1</translation>
    </message>
</context>
<context>
    <name>ButtonRow</name>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="28" />
        <source>Quick reply</source>
        <translation>Quick reply</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="28" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="29" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="29" />
        <source>Button type</source>
        <translation>Button type</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="30" />
        <source>Button text</source>
        <translation>Button text</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="32" />
        <source>Example ending, e.g. BR123</source>
        <translation>Example ending, e.g. BR123</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="32" />
        <source>Example of the link's ending</source>
        <translation>Example of the link's ending</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="35" />
        <location filename="../../dialogs/template_buttons.py" line="36" />
        <source>Remove button</source>
        <translation>Remove button</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="56" />
        <source>https://… (may end in {{1}})</source>
        <translation>https://… (may end in {{1}})</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="57" />
        <source>+55 11 98765-4321</source>
        <translation>+55 11 98765-4321</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="58" />
        <source>Link address</source>
        <translation>Link address</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="58" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
</context>
<context>
    <name>ButtonsEditor</name>
    <message>
        <location filename="../../dialogs/template_buttons.py" line="88" />
        <source>Add b&amp;utton</source>
        <translation>Add b&amp;utton</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../widgets/call_bar.py" line="105" />
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="90" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="94" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="96" />
        <source>Open conversation</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="97" />
        <source>Open this contact's conversation</source>
        <translation>Open this contact's conversation</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="98" />
        <location filename="../../widgets/call_bar.py" line="222" />
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="100" />
        <location filename="../../widgets/call_bar.py" line="224" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="100" />
        <source>Put the call on hold</source>
        <translation>Put the call on hold</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="101" />
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="101" />
        <source>Send keypad tones (DTMF)</source>
        <translation>Send keypad tones (DTMF)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="102" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="103" />
        <source>Blind transfer to a number or SIP address</source>
        <translation>Blind transfer to a number or SIP address</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="104" />
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="104" />
        <source>Show codec, jitter and loss</source>
        <translation>Show codec, jitter and loss</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="106" />
        <source>End the call (%1)</source>
        <translation>End the call (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="135" />
        <source>Softphone settings…</source>
        <translation>Softphone settings…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="137" />
        <source>Open the softphone settings</source>
        <translation>Open the softphone settings</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="204" />
        <source>Incoming call: %1</source>
        <translation>Incoming call: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="206" />
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="206" />
        <source>Ringing…</source>
        <translation>Ringing…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="207" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="213" />
        <source>In call</source>
        <translation>In call</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="208" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="91" />
        <source>Answer the call (%1)</source>
        <translation>Answer the call (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="95" />
        <source>Decline the call: the caller hears busy (%1)</source>
        <translation>Decline the call: the caller hears busy (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="98" />
        <source>Stop sending your microphone (%1)</source>
        <translation>Stop sending your microphone (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="222" />
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="224" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="248" />
        <source>The call to %1 did not go through: %2.</source>
        <translation>The call to %1 did not go through: %2.</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="251" />
        <source>%1 declined the call (%2).</source>
        <translation>%1 declined the call (%2).</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="283" />
        <source>Transfer call</source>
        <translation>Transfer call</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="284" />
        <source>Transfer this call to a number or SIP address. The call leaves you as soon as the other side accepts.</source>
        <translation>Transfer this call to a number or SIP address. The call leaves you as soon as the other side accepts.</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="287" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="303" />
        <source>Call quality is not available right now.</source>
        <translation>Call quality is not available right now.</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="305" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../widgets/call_bar.py" line="307" />
        <source>Codec %1 · jitter %2 ms · loss %3 % · round trip %4 · packets in %5, out %6</source>
        <translation>Codec %1 · jitter %2 ms · loss %3 % · round trip %4 · packets in %5, out %6</translation>
    </message>
</context>
<context>
    <name>CallsOff</name>
    <message>
        <location filename="../../services/calls_off.py" line="12" />
        <source>Calls are disabled: the SIP engine (the pjsua2-python package) is not available on this computer. Install it and restart the app; everything else works without it.</source>
        <translation>Calls are disabled: the SIP engine (the pjsua2-python package) is not available on this computer. Install it and restart the app; everything else works without it.</translation>
    </message>
    <message>
        <location filename="../../services/calls_off.py" line="18" />
        <source>The softphone is not started.</source>
        <translation>The softphone is not started.</translation>
    </message>
    <message>
        <location filename="../../services/calls_off.py" line="22" />
        <source>The softphone is turned off in its settings (Tools ▸ Softphone settings…).</source>
        <translation>The softphone is turned off in its settings (Tools ▸ Softphone settings…).</translation>
    </message>
    <message>
        <location filename="../../services/calls_off.py" line="26" />
        <source>No SIP account is set up: fill in Tools ▸ Softphone settings….</source>
        <translation>No SIP account is set up: fill in Tools ▸ Softphone settings….</translation>
    </message>
</context>
<context>
    <name>ChannelError</name>
    <message>
        <location filename="../../channel_errors.py" line="12" />
        <source>The 24-hour window is closed: send an approved template to resume the conversation.</source>
        <translation>The 24-hour window is closed: send an approved template to resume the conversation.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="14" />
        <source>Meta's sending limit was reached; the message will be retried shortly.</source>
        <translation>Meta's sending limit was reached; the message will be retried shortly.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="16" />
        <source>The message could not be delivered to this contact (no WhatsApp account, or unavailable).</source>
        <translation>The message could not be delivered to this contact (no WhatsApp account, or unavailable).</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="18" />
        <source>The template's variables do not match the approved template; check them and try again.</source>
        <translation>The template's variables do not match the approved template; check them and try again.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="20" />
        <source>This template does not exist in this language or is not approved yet; sync the templates.</source>
        <translation>This template does not exist in this language or is not approved yet; sync the templates.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="22" />
        <source>This template was paused or disabled by Meta; pick another template.</source>
        <translation>This template was paused or disabled by Meta; pick another template.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="24" />
        <source>Meta's access token expired or is invalid; ask an administrator to renew it.</source>
        <translation>Meta's access token expired or is invalid; ask an administrator to renew it.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="26" />
        <source>The account lacks Meta's permission for this action; ask an administrator to check it.</source>
        <translation>The account lacks Meta's permission for this action; ask an administrator to check it.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="28" />
        <source>Meta refused the message because of an invalid parameter.</source>
        <translation>Meta refused the message because of an invalid parameter.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="30" />
        <source>Meta could not process the file; check its type and size and try again.</source>
        <translation>Meta could not process the file; check its type and size and try again.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="32" />
        <source>This kind of message is not supported by the channel.</source>
        <translation>This kind of message is not supported by the channel.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="34" />
        <source>There is a problem with the Meta business account (lock or payment); tell an administrator.</source>
        <translation>There is a problem with the Meta business account (lock or payment); tell an administrator.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="36" />
        <source>This contact cannot receive messages right now.</source>
        <translation>This contact cannot receive messages right now.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="38" />
        <source>Meta's service is temporarily unavailable; try again shortly.</source>
        <translation>Meta's service is temporarily unavailable; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="40" />
        <source>The file points outside Meta's hosts and was not downloaded.</source>
        <translation>The file points outside Meta's hosts and was not downloaded.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="42" />
        <source>The file did not come with the message.</source>
        <translation>The file did not come with the message.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="43" />
        <source>Not sent: Meta did not take the message in 24 hours of retries; send it again.</source>
        <translation>Not sent: Meta did not take the message in 24 hours of retries; send it again.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="45" />
        <source>The attachment was not found on the server.</source>
        <translation>The attachment was not found on the server.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="46" />
        <source>The contact has no Instagram account.</source>
        <translation>The contact has no Instagram account.</translation>
    </message>
    <message>
        <location filename="../../channel_errors.py" line="47" />
        <source>This channel is not configured on the server; ask an administrator.</source>
        <translation>This channel is not configured on the server; ask an administrator.</translation>
    </message>
</context>
<context>
    <name>ChatbotPage</name>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="46" />
        <source>The chatbot answers new conversations on this channel</source>
        <translation>The chatbot answers new conversations on this channel</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="49" />
        <source>Hello! I am Rvops' assistant.</source>
        <translation>Hello! I am Rvops' assistant.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="51" />
        <source>How can we help?</source>
        <translation>How can we help?</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="54" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="54" />
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="54" />
        <source>Asks first for</source>
        <translation>Asks first for</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="55" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="59" />
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="60" />
        <source>Remove option</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="69" />
        <source>Only during business hours</source>
        <translation>Only during business hours</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="71" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="74" />
        <source>We are closed now; we answer from 8:00.</source>
        <translation>We are closed now; we answer from 8:00.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="77" />
        <source>&amp;Save chatbot</source>
        <translation>&amp;Save chatbot</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="80" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="82" />
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="83" />
        <source>Menu question</source>
        <translation>Menu question</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="88" />
        <source>When the customer does not choose</source>
        <translation>When the customer does not choose</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="90" />
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="91" />
        <source>After unrecognised answers</source>
        <translation>After unrecognised answers</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="92" />
        <source>Or after no answer for</source>
        <translation>Or after no answer for</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="93" />
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="99" />
        <source>Monday to Friday</source>
        <translation>Monday to Friday</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="105" />
        <source>Out of hours</source>
        <translation>Out of hours</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="130" />
        <source>The workspace's queue</source>
        <translation>The workspace's queue</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="133" />
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="133" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="133" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="241" />
        <source>The chatbot is saved: new conversations on this channel meet it now.</source>
        <translation>The chatbot is saved: new conversations on this channel meet it now.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_chatbot.py" line="242" />
        <source>Saved; the chatbot is off on this channel.</source>
        <translation>Saved; the chatbot is off on this channel.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../widgets/composer.py" line="64" />
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="66" />
        <location filename="../../widgets/composer.py" line="214" />
        <location filename="../../widgets/composer.py" line="363" />
        <source>Write a message… (/ for snippets, Enter sends, Shift+Enter new line)</source>
        <translation>Write a message… (/ for snippets, Enter sends, Shift+Enter new line)</translation>
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
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="81" />
        <source>Attach a file (%1)</source>
        <translation>Attach a file (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="86" />
        <source>Hidden note</source>
        <translation>Hidden note</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="88" />
        <source>Write an internal note: only agents see it (%1)</source>
        <translation>Write an internal note: only agents see it (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="132" />
        <source>&amp;Resume conversation</source>
        <translation>&amp;Resume conversation</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="91" />
        <location filename="../../widgets/composer.py" line="364" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="105" />
        <location filename="../../widgets/composer.py" line="106" />
        <source>Cancel the reply</source>
        <translation>Cancel the reply</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="180" />
        <source>Replying to: %1</source>
        <translation>Replying to: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="291" />
        <source>The pasted picture could not be saved.</source>
        <translation>The pasted picture could not be saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="362" />
        <source>Hidden note — only agents see this</source>
        <translation>Hidden note — only agents see this</translation>
    </message>
    <message>
        <location filename="../../widgets/composer.py" line="364" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../widgets/contact_panel.py" line="54" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="55" />
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="56" />
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="57" />
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="58" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="59" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="90" />
        <location filename="../../widgets/contact_panel.py" line="191" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="96" />
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="121" />
        <source>T&amp;asks</source>
        <translation>T&amp;asks</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="117" />
        <source>New &amp;deal</source>
        <translation>New &amp;deal</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="117" />
        <source>D&amp;eals</source>
        <translation>D&amp;eals</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="119" />
        <source>New c&amp;ompany</source>
        <translation>New c&amp;ompany</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="119" />
        <source>Com&amp;panies</source>
        <translation>Com&amp;panies</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="121" />
        <source>New tas&amp;k</source>
        <translation>New tas&amp;k</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="118" />
        <source>No deals for this contact</source>
        <translation>No deals for this contact</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="120" />
        <source>No companies for this contact</source>
        <translation>No companies for this contact</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="122" />
        <source>No tasks for this contact</source>
        <translation>No tasks for this contact</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="138" />
        <source>Right-click a deal to move it to another stage</source>
        <translation>Right-click a deal to move it to another stage</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="151" />
        <source>The contact's details show here when a conversation is open: properties, deals, companies and tasks.</source>
        <translation>The contact's details show here when a conversation is open: properties, deals, companies and tasks.</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="191" />
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="194" />
        <source>Read-only: your profile does not have the "edit contact" permission. Ask an administrator.</source>
        <translation>Read-only: your profile does not have the "edit contact" permission. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="196" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="196" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="197" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="111" />
        <source>Required: it cannot be left empty.</source>
        <translation>Required: it cannot be left empty.</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="122" />
        <source>Fill in the required fields: %1. Nothing was saved.</source>
        <translation>Fill in the required fields: %1. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="134" />
        <source>A number, such as %1</source>
        <translation>A number, such as %1</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="140" />
        <source>a number, such as %1</source>
        <translation>a number, such as %1</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="141" />
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="142" />
        <source>a date, such as 31/12/2026</source>
        <translation>a date, such as 31/12/2026</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="143" />
        <source>up to 2000 characters</source>
        <translation>up to 2000 characters</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="144" />
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/property_editors.py" line="145" />
        <source>%1 was not saved: type %2.</source>
        <translation>%1 was not saved: type %2.</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="331" />
        <source>Deal title</source>
        <translation>Deal title</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="331" />
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../widgets/contact_panel.py" line="332" />
        <source>Task title</source>
        <translation>Task title</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../dialogs/new_contact.py" line="27" />
        <source>“%1” is missing digits: type it with its area code, e.g. +55 11 98765-4321.</source>
        <translation>“%1” is missing digits: type it with its area code, e.g. +55 11 98765-4321.</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="30" />
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1” is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="32" />
        <source>%1 already has this number: open that contact, or merge the two.</source>
        <translation>%1 already has this number: open that contact, or merge the two.</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="34" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="101" />
        <location filename="../../dialogs/contacts.py" line="113" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="107" />
        <source>Search by name, phone, e-mail, tag or property</source>
        <translation>Search by name, phone, e-mail, tag or property</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="108" />
        <source>Search contacts</source>
        <translation>Search contacts</translation>
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
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="150" />
        <location filename="../../dialogs/contacts.py" line="179" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="118" />
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="148" />
        <source>No calls with this contact</source>
        <translation>No calls with this contact</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="154" />
        <source>&amp;Start conversation</source>
        <translation>&amp;Start conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="158" />
        <source>Merge a duplicate…</source>
        <translation>Merge a duplicate…</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="176" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="241" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="245" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="245" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="250" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="250" />
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="250" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="251" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="259" />
        <source>This contact has no WhatsApp number.</source>
        <translation>This contact has no WhatsApp number.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="36" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="40" />
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="41" />
        <source>%1 min left</source>
        <translation>%1 min left</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="54" />
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="59" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="60" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="61" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="62" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="63" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="64" />
        <source>Contact card</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="65" />
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="66" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="67" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="140" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="153" />
        <source>Pending: until the customer replies</source>
        <translation>Pending: until the customer replies</translation>
    </message>
    <message>
        <location filename="../../delegates/conversation_delegate.py" line="155" />
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../widgets/conversation_header.py" line="82" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="83" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="84" />
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="84" />
        <source>Put it away until a time: it comes back to Mine then, or as soon as the customer writes</source>
        <translation>Put it away until a time: it comes back to Mine then, or as soon as the customer writes</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="86" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="86" />
        <source>Put labels on the conversation, to find it again</source>
        <translation>Put labels on the conversation, to find it again</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="88" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="88" />
        <source>Previous history: this contact's earlier conversations</source>
        <translation>Previous history: this contact's earlier conversations</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="90" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="91" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="92" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="123" />
        <source>Until the customer replies</source>
        <translation>Until the customer replies</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="124" />
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="125" />
        <source>For 3 hours</source>
        <translation>For 3 hours</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="126" />
        <source>Until tomorrow, 9:00</source>
        <translation>Until tomorrow, 9:00</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="127" />
        <source>Until Monday, 9:00</source>
        <translation>Until Monday, 9:00</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_header.py" line="132" />
        <source>Wake it now</source>
        <translation>Wake it now</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../widgets/conversation_list.py" line="76" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="77" />
        <source>Search conversations, contacts, messages (Ctrl+K)</source>
        <translation>Search conversations, contacts, messages (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="88" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="89" />
        <source>Take this conversation from the queue</source>
        <translation>Take this conversation from the queue</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="94" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="100" />
        <source>No conversations here.</source>
        <translation>No conversations here.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="136" />
        <source>Pick a conversation on the left.</source>
        <translation>Pick a conversation on the left.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="88" />
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="117" />
        <source>Forwarded to %1</source>
        <translation>Forwarded to %1</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="138" />
        <source>No conversations to show yet. Invite your team in Tools ▸ Settings… (Ctrl+,); customers' conversations come in once WhatsApp, Instagram or the website chat is connected.</source>
        <translation>No conversations to show yet. Invite your team in Tools ▸ Settings… (Ctrl+,); customers' conversations come in once WhatsApp, Instagram or the website chat is connected.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="142" />
        <source>No conversations yet: they show on the left as customers write.</source>
        <translation>No conversations yet: they show on the left as customers write.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="221" />
        <source>Awake: the conversation is back in Mine.</source>
        <translation>Awake: the conversation is back in Mine.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="226" />
        <source>Pending: it comes back to Mine when the customer writes.</source>
        <translation>Pending: it comes back to Mine when the customer writes.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="228" />
        <source>Snoozed until %1: it comes back to Mine then, or as soon as the customer writes.</source>
        <translation>Snoozed until %1: it comes back to Mine then, or as soon as the customer writes.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="247" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="250" />
        <source>Pending: until the customer replies</source>
        <translation>Pending: until the customer replies</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="252" />
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="254" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="256" />
        <source>Window: %1 h %2 min left</source>
        <translation>Window: %1 h %2 min left</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="259" />
        <source>Window closed</source>
        <translation>Window closed</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="262" />
        <source>With the chatbot</source>
        <translation>With the chatbot</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="264" />
        <source>Chatbot: %1</source>
        <translation>Chatbot: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="273" />
        <source>This conversation is closed.</source>
        <translation>This conversation is closed.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="275" />
        <source>The 24-hour window is closed: the contact's last message is more than 24 hours old. Resume the conversation with an approved template.</source>
        <translation>The 24-hour window is closed: the contact's last message is more than 24 hours old. Resume the conversation with an approved template.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="278" />
        <source>The 24-hour window is closed: on Instagram the contact must write first; the conversation unlocks when they do.</source>
        <translation>The 24-hour window is closed: on Instagram the contact must write first; the conversation unlocks when they do.</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_pane.py" line="283" />
        <source>Claim this conversation to reply.</source>
        <translation>Claim this conversation to reply.</translation>
    </message>
</context>
<context>
    <name>ConversationTable</name>
    <message>
        <location filename="../../widgets/conversation_list.py" line="47" />
        <source>Conversation rows</source>
        <translation>Conversation rows</translation>
    </message>
    <message>
        <location filename="../../widgets/conversation_list.py" line="53" />
        <source>Conversation columns</source>
        <translation>Conversation columns</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../../app.py" line="185" />
        <source>Your session has expired or was ended on another device. Sign in again; nothing you wrote is lost.</source>
        <translation>Your session has expired or was ended on another device. Sign in again; nothing you wrote is lost.</translation>
    </message>
</context>
<context>
    <name>DesktopNotices</name>
    <message>
        <location filename="../../services/desktop_notices.py" line="52" />
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../services/desktop_notices.py" line="54" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../services/desktop_notices.py" line="55" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>DialPadDialog</name>
    <message>
        <location filename="../../dialogs/dial_pad.py" line="28" />
        <source>Dial pad</source>
        <translation>Dial pad</translation>
    </message>
    <message>
        <location filename="../../dialogs/dial_pad.py" line="31" />
        <source>Number, extension or SIP address</source>
        <translation>Number, extension or SIP address</translation>
    </message>
    <message>
        <location filename="../../dialogs/dial_pad.py" line="42" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
</context>
<context>
    <name>EmojiPopup</name>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="25" />
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="26" />
        <source>Smileys &amp; emotion</source>
        <translation>Smileys &amp; emotion</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="27" />
        <source>People &amp; body</source>
        <translation>People &amp; body</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="28" />
        <source>Animals &amp; nature</source>
        <translation>Animals &amp; nature</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="29" />
        <source>Food &amp; drink</source>
        <translation>Food &amp; drink</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="30" />
        <source>Travel &amp; places</source>
        <translation>Travel &amp; places</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="31" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="32" />
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="33" />
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="34" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="54" />
        <source>Search emoji (pizza, heart, thumbs up…)</source>
        <translation>Search emoji (pizza, heart, thumbs up…)</translation>
    </message>
    <message>
        <location filename="../../widgets/emoji_popup.py" line="55" />
        <source>Search emoji</source>
        <translation>Search emoji</translation>
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
        <translation>Forward message</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="32" />
        <location filename="../../dialogs/forward.py" line="33" />
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="37" />
        <source>Conversations to forward to</source>
        <translation>Conversations to forward to</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="45" />
        <source>None of your open conversations can receive it now: forward to a conversation you hold whose 24-hour window is open.</source>
        <translation>None of your open conversations can receive it now: forward to a conversation you hold whose 24-hour window is open.</translation>
    </message>
    <message>
        <location filename="../../dialogs/forward.py" line="49" />
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../dialogs/history.py" line="33" />
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="34" />
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="35" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="36" />
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="37" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="38" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="60" />
        <source>Previous history — %1</source>
        <translation>Previous history — %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="67" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="67" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="91" />
        <source>Conversations (%1)</source>
        <translation>Conversations (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="92" />
        <source>Templates sent (%1)</source>
        <translation>Templates sent (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="93" />
        <source>Calls (%1)</source>
        <translation>Calls (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogs/history.py" line="95" />
        <source>Read from this computer's copy: available offline.</source>
        <translation>Read from this computer's copy: available offline.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../dialogs/image_viewer.py" line="27" />
        <location filename="../../dialogs/image_viewer.py" line="28" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../dialogs/image_viewer.py" line="42" />
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="43" />
        <source>&amp;Unread</source>
        <translation>&amp;Unread</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="45" />
        <source>Only unread conversations</source>
        <translation>Only unread conversations</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="46" />
        <source>Show only conversations with unread messages</source>
        <translation>Show only conversations with unread messages</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="47" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="48" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="49" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="50" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="51" />
        <source>Waiting longer than</source>
        <translation>Waiting longer than</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="52" />
        <source>Any wait</source>
        <translation>Any wait</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="53" />
        <source>Wait &gt; %1 min</source>
        <translation>Wait &gt; %1 min</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="54" />
        <source>Only customers waiting in the queue for an agent longer than this</source>
        <translation>Only customers waiting in the queue for an agent longer than this</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="55" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="55" />
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="57" />
        <source>Only conversations with this label</source>
        <translation>Only conversations with this label</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="58" />
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="59" />
        <source>Newest activity</source>
        <translation>Newest activity</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="60" />
        <source>Longest waiting</source>
        <translation>Longest waiting</translation>
    </message>
    <message>
        <location filename="../../widgets/inbox_filter_bar.py" line="61" />
        <source>Order of this list</source>
        <translation>Order of this list</translation>
    </message>
</context>
<context>
    <name>InboxListModel</name>
    <message>
        <location filename="../../qt_models/inbox_model.py" line="29" />
        <source>waiting %1 min</source>
        <translation>waiting %1 min</translation>
    </message>
    <message>
        <location filename="../../qt_models/inbox_model.py" line="32" />
        <source>waiting %1 h %2 min</source>
        <translation>waiting %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../qt_models/inbox_model.py" line="35" />
        <source>waiting %1 d %2 h</source>
        <translation>waiting %1 d %2 h</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <location filename="../../dialogs/invite_code.py" line="29" />
        <source>Invite for %1</source>
        <translation>Invite for %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="30" />
        <source>Send this to %1. The code works once, until %2. It is not shown again: copy it now (a new invite makes another).</source>
        <translation>Send this to %1. The code works once, until %2. It is not shown again: copy it now (a new invite makes another).</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="46" />
        <source>The text to send</source>
        <translation>The text to send</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="48" />
        <source>%1, you are invited to Rvops.

Server: %2
E-mail: %3
Invite code: %4 (valid until %5)

Open Rvops, choose “I have an invite”, type these in and choose your password.</source>
        <translation>%1, you are invited to Rvops.

Server: %2
E-mail: %3
Invite code: %4 (valid until %5)

Open Rvops, choose “I have an invite”, type these in and choose your password.</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="54" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../dialogs/invite_code.py" line="71" />
        <source>Copied: paste it in an e-mail or a message to them.</source>
        <translation>Copied: paste it in an e-mail or a message to them.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../dialogs/labels.py" line="23" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="27" />
        <source>Labels of the conversation</source>
        <translation>Labels of the conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="32" />
        <source>New label, then Enter</source>
        <translation>New label, then Enter</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="33" />
        <source>New label</source>
        <translation>New label</translation>
    </message>
    <message>
        <location filename="../../dialogs/labels.py" line="76" />
        <source>At most %1 labels on a conversation.</source>
        <translation>At most %1 labels on a conversation.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="201" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="201" />
        <source>&amp;New label</source>
        <translation>&amp;New label</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="207" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="212" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="213" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="232" />
        <source>Label colour</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="240" />
        <source>A new label: agents put it on conversations from the header.</source>
        <translation>A new label: agents put it on conversations from the header.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="245" />
        <source>Saved: every conversation with this label shows it so.</source>
        <translation>Saved: every conversation with this label shows it so.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="248" />
        <source>Label deleted and taken off its conversations.</source>
        <translation>Label deleted and taken off its conversations.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dialogs/login.py" line="33" />
        <source>Sign in to Rvops</source>
        <translation>Sign in to Rvops</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="47" />
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="51" />
        <location filename="../../dialogs/login.py" line="100" />
        <source>I &amp;have an invite</source>
        <translation>I &amp;have an invite</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="69" />
        <source>This computer has no password keychain (Secret Service, Keychain or Credential Manager): you stay signed in only until the app closes.</source>
        <translation>This computer has no password keychain (Secret Service, Keychain or Credential Manager): you stay signed in only until the app closes.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="72" />
        <location filename="../../dialogs/login.py" line="102" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="74" />
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="75" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="76" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="77" />
        <source>Invite &amp;code</source>
        <translation>Invite &amp;code</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="78" />
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="79" />
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="100" />
        <source>I have a &amp;password</source>
        <translation>I have a &amp;password</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="102" />
        <source>Accept the invite and sign in</source>
        <translation>Accept the invite and sign in</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="117" />
        <source>Fill in the server, your e-mail and your password.</source>
        <translation>Fill in the server, your e-mail and your password.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="125" />
        <source>Fill in the server, your e-mail, the invite code and a new password.</source>
        <translation>Fill in the server, your e-mail, the invite code and a new password.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="127" />
        <source>The new password needs at least %1 characters.</source>
        <translation>The new password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../dialogs/login.py" line="130" />
        <source>The two passwords differ: type the same new password twice.</source>
        <translation>The two passwords differ: type the same new password twice.</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <location filename="../../services/login.py" line="48" />
        <source>Too many failed attempts for this account or network. Try again in %1 minute(s), or ask an administrator to unlock it.</source>
        <translation>Too many failed attempts for this account or network. Try again in %1 minute(s), or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="29" />
        <source>Wrong e-mail or password. Check them and try again.</source>
        <translation>Wrong e-mail or password. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="35" />
        <source>This invite code is not valid for this e-mail, has expired or was already used. Check them, or ask an administrator for a new invite.</source>
        <translation>This invite code is not valid for this e-mail, has expired or was already used. Check them, or ask an administrator for a new invite.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="54" />
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>The server could not be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <location filename="../../services/login.py" line="57" />
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/views_list.py" line="16" />
        <source>Inbox views</source>
        <translation>Inbox views</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="94" />
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="47" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="49" />
        <source>Keep running in the tray when the window is closed</source>
        <translation>Keep running in the tray when the window is closed</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="56" />
        <source>&amp;New conversation…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="59" />
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="62" />
        <source>Sign &amp;out (%1)</source>
        <translation>Sign &amp;out (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="66" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="67" />
        <source>&amp;Snippets…</source>
        <translation>&amp;Snippets…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="71" />
        <source>Your profile does not have the "manage snippets" permission.</source>
        <translation>Your profile does not have the "manage snippets" permission.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="72" />
        <location filename="../../widgets/main_menus.py" line="91" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="73" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="76" />
        <source>Supervision…</source>
        <translation>Supervision…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="80" />
        <source>Dial pad…</source>
        <translation>Dial pad…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="83" />
        <source>Soft&amp;phone settings…</source>
        <translation>Soft&amp;phone settings…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="87" />
        <source>Mute this conversation</source>
        <translation>Mute this conversation</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="90" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="92" />
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../widgets/main_menus.py" line="94" />
        <source>About Rvops Desktop</source>
        <translation>About Rvops Desktop</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="196" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="197" />
        <source>Sign out of Rvops on this computer? Messages not yet sent are kept and go out when you sign in again.</source>
        <translation>Sign out of Rvops on this computer? Messages not yet sent are kept and go out when you sign in again.</translation>
    </message>
    <message>
        <location filename="../../controllers/calls.py" line="115" />
        <source>Calls are not available.</source>
        <translation>Calls are not available.</translation>
    </message>
    <message>
        <location filename="../../widgets/offline_banner.py" line="26" />
        <source>Your session is no longer valid: sign in again. What you wrote is kept.</source>
        <translation>Your session is no longer valid: sign in again. What you wrote is kept.</translation>
    </message>
    <message>
        <location filename="../../widgets/offline_banner.py" line="29" />
        <source>You are offline. You can read and search what is on this computer; what you write is sent when the connection returns (%1 waiting).</source>
        <translation>You are offline. You can read and search what is on this computer; what you write is sent when the connection returns (%1 waiting).</translation>
    </message>
    <message>
        <location filename="../../controllers/conversations.py" line="84" />
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../controllers/conversations.py" line="85" />
        <source>Close the conversation with %1? It leaves your inbox and the contact's record is consolidated.</source>
        <translation>Close the conversation with %1? It leaves your inbox and the contact's record is consolidated.</translation>
    </message>
    <message>
        <location filename="../../controllers/calls.py" line="101" />
        <source>This contact has no conversation yet.</source>
        <translation>This contact has no conversation yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="382" />
        <source>Rvops keeps running</source>
        <translation>Rvops keeps running</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="383" />
        <source>Calls and messages still reach you. Quit from the tray's menu or File ▸ Quit.</source>
        <translation>Calls and messages still reach you. Quit from the tray's menu or File ▸ Quit.</translation>
    </message>
</context>
<context>
    <name>MediaService</name>
    <message>
        <location filename="../../services/media.py" line="52" />
        <source>The file could not be uploaded: check your connection and try again.</source>
        <translation>The file could not be uploaded: check your connection and try again.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="67" />
        <source>The download could not be retried: check your connection and try again.</source>
        <translation>The download could not be retried: check your connection and try again.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="73" />
        <source>The download could not be retried (the server answered %1).</source>
        <translation>The download could not be retried (the server answered %1).</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="105" />
        <source>The file could not be downloaded: check your connection and try again.</source>
        <translation>The file could not be downloaded: check your connection and try again.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../dialogs/contacts.py" line="57" />
        <source>Merge a duplicate into %1</source>
        <translation>Merge a duplicate into %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="61" />
        <source>Find the duplicate</source>
        <translation>Find the duplicate</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="68" />
        <source>Its conversations, calls, deals, companies, tasks and tags move to %1, with the fields %1 has empty; then the duplicate is deleted.</source>
        <translation>Its conversations, calls, deals, companies, tasks and tags move to %1, with the fields %1 has empty; then the duplicate is deleted.</translation>
    </message>
    <message>
        <location filename="../../dialogs/contacts.py" line="72" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>MessageContent</name>
    <message>
        <location filename="../../delegates/message_content.py" line="45" />
        <source>downloading…</source>
        <translation>downloading…</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="48" />
        <source>download failed: %1 (click to retry)</source>
        <translation>download failed: %1 (click to retry)</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="64" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="66" />
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="88" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="96" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="105" />
        <source>%1 claimed the conversation</source>
        <translation>%1 claimed the conversation</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="106" />
        <source>Conversation assigned to %2</source>
        <translation>Conversation assigned to %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="107" />
        <source>%1 transferred the conversation to %2</source>
        <translation>%1 transferred the conversation to %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="108" />
        <source>%1 closed the conversation</source>
        <translation>%1 closed the conversation</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="109" />
        <source>%1 reopened the conversation</source>
        <translation>%1 reopened the conversation</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="110" />
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="111" />
        <source>%1 deactivated the agent who held it: the conversation went back to distribution</source>
        <translation>%1 deactivated the agent who held it: the conversation went back to distribution</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="117" />
        <source>The bot sent the conversation to %2 (option: %1)</source>
        <translation>The bot sent the conversation to %2 (option: %1)</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="118" />
        <source>The bot got no valid answer: the conversation went to %2</source>
        <translation>The bot got no valid answer: the conversation went to %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="119" />
        <source>Out of business hours: the conversation waits in the queue</source>
        <translation>Out of business hours: the conversation waits in the queue</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="130" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="139" />
        <source>the queue</source>
        <translation>the queue</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="143" />
        <source>The customer changed their number: %1 → %2</source>
        <translation>The customer changed their number: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="146" />
        <source>The customer came from the ad: %1</source>
        <translation>The customer came from the ad: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="156" />
        <source>From the ad: %1</source>
        <translation>From the ad: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="159" />
        <source>Replied to your story</source>
        <translation>Replied to your story</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="161" />
        <source>Mentioned you in their story</source>
        <translation>Mentioned you in their story</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="163" />
        <source>Received while another app handled the chat</source>
        <translation>Received while another app handled the chat</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="175" />
        <source>Call — %1</source>
        <translation>Call — %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="175" />
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="180" />
        <source>Hidden note — only agents see this</source>
        <translation>Hidden note — only agents see this</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="182" />
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="185" />
        <source>Template: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="187" />
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="189" />
        <source>Away message — the team is closed</source>
        <translation>Away message — the team is closed</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="192" />
        <source>The customer deleted this message</source>
        <translation>The customer deleted this message</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="195" />
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="201" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="211" />
        <source>Contact card</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="214" />
        <source>Reacted %1</source>
        <translation>Reacted %1</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="216" />
        <source>This message type is not supported yet.</source>
        <translation>This message type is not supported yet.</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="228" />
        <source>Voice note</source>
        <translation>Voice note</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="238" />
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../../delegates/message_content.py" line="239" />
        <source>Not sent: %1 — click to retry</source>
        <translation>Not sent: %1 — click to retry</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../dialogs/new_contact.py" line="44" />
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="58" />
        <source>lead, event</source>
        <translation>lead, event</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="60" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dialogs/new_contact.py" line="61" />
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Create contact</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../services/notifications.py" line="68" />
        <source>Open Rvops</source>
        <translation>Open Rvops</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="70" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="84" />
        <source>Back from snooze: %1</source>
        <translation>Back from snooze: %1</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="96" />
        <source>Rvops — %1 unread</source>
        <translation>Rvops — %1 unread</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="137" />
        <source>New conversation for you</source>
        <translation>New conversation for you</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="140" />
        <source>New conversation in the queue</source>
        <translation>New conversation in the queue</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="169" />
        <source>New message from %1</source>
        <translation>New message from %1</translation>
    </message>
    <message>
        <location filename="../../services/notifications.py" line="182" />
        <source>%1 mentioned you</source>
        <translation>%1 mentioned you</translation>
    </message>
</context>
<context>
    <name>PropertiesPage</name>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="104" />
        <source>Contact properties</source>
        <translation>Contact properties</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="104" />
        <source>&amp;New property</source>
        <translation>&amp;New property</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="115" />
        <source>One option per line</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="117" />
        <source>Shown in the inbox's contact panel</source>
        <translation>Shown in the inbox's contact panel</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="118" />
        <source>&amp;Required</source>
        <translation>&amp;Required</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="121" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="122" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="123" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="124" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="125" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="139" />
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="141" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="176" />
        <source>A new property: its key is how contacts keep the value, and never changes.</source>
        <translation>A new property: its key is how contacts keep the value, and never changes.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="186" />
        <source>Saved: the contact panel shows it so from now on.</source>
        <translation>Saved: the contact panel shows it so from now on.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="190" />
        <source>Property deleted; contacts keep their values, hidden.</source>
        <translation>Property deleted; contacts keep their values, hidden.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../dialogs/resume.py" line="37" />
        <source>Resume conversation</source>
        <translation>Resume conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="56" />
        <source>Send template</source>
        <translation>Send template</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="58" />
        <source>Approved WhatsApp templates</source>
        <translation>Approved WhatsApp templates</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="61" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="94" />
        <source>Header image (its https link)</source>
        <translation>Header image (its https link)</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="94" />
        <source>Header video (its https link)</source>
        <translation>Header video (its https link)</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="95" />
        <source>Header document (its https link)</source>
        <translation>Header document (its https link)</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="97" />
        <source>Header {{%1}}</source>
        <translation>Header {{%1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="99" />
        <source>End of link %1 {{1}}</source>
        <translation>End of link %1 {{1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="100" />
        <source>Variable {{%1}}</source>
        <translation>Variable {{%1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="105" />
        <source>the header's link</source>
        <translation>the header's link</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="107" />
        <source>the header's {{1}}</source>
        <translation>the header's {{1}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="109" />
        <source>the end of link %1</source>
        <translation>the end of link %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="135" />
        <source>Choose an approved template.</source>
        <translation>Choose an approved template.</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="137" />
        <source>Fill in %1 to send: WhatsApp refuses a template with an empty variable.</source>
        <translation>Fill in %1 to send: WhatsApp refuses a template with an empty variable.</translation>
    </message>
    <message>
        <location filename="../../dialogs/resume.py" line="140" />
        <source>The header's file is sent from its link: type it as https://…</source>
        <translation>The header's file is sent from its link: type it as https://…</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <location filename="../../services/session.py" line="28" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="30" />
        <source>Syncing: %1 waiting</source>
        <translation>Syncing: %1 waiting</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="32" />
        <source>No connection: %1 waiting</source>
        <translation>No connection: %1 waiting</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="34" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="36" />
        <source>Session expired: sign in again</source>
        <translation>Session expired: sign in again</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="37" />
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="134" />
        <source>The server refused this action.</source>
        <translation>The server refused this action.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../dialogs/settings_common.py" line="34" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="35" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="36" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="38" />
        <source>See every conversation</source>
        <translation>See every conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="39" />
        <source>Edit contacts</source>
        <translation>Edit contacts</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="40" />
        <source>Create deals</source>
        <translation>Create deals</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="41" />
        <source>Create companies</source>
        <translation>Create companies</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="42" />
        <source>Create tasks</source>
        <translation>Create tasks</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="43" />
        <source>Transfer conversations</source>
        <translation>Transfer conversations</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="44" />
        <source>Manage quick replies</source>
        <translation>Manage quick replies</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="45" />
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="46" />
        <source>Manage teams and routing</source>
        <translation>Manage teams and routing</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="47" />
        <source>Manage WhatsApp templates</source>
        <translation>Manage WhatsApp templates</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="50" />
        <source>Manual (agents claim from the queue)</source>
        <translation>Manual (agents claim from the queue)</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="51" />
        <source>The contact's owner</source>
        <translation>The contact's owner</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="52" />
        <source>The least busy agent</source>
        <translation>The least busy agent</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="53" />
        <source>Random among those available</source>
        <translation>Random among those available</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_common.py" line="71" />
        <source>Settings need the connection to the server; nothing was changed. Try again when online.</source>
        <translation>Settings need the connection to the server; nothing was changed. Try again when online.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="30" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="30" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="31" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="31" />
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="32" />
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dialogs/settings.py" line="35" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="43" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="47" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="54" />
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="58" />
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="58" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="59" />
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings.py" line="89" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="19" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="20" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="20" />
        <source>Previous / next conversation</source>
        <translation>Previous / next conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="21" />
        <source>Walk the conversation list (the focus stays in it)</source>
        <translation>Walk the conversation list (the focus stays in it)</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="22" />
        <source>Next / previous pane: views, list, conversation, contact</source>
        <translation>Next / previous pane: views, list, conversation, contact</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="23" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="23" />
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="24" />
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="24" />
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="25" />
        <source>Hidden note on / off</source>
        <translation>Hidden note on / off</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="26" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="26" />
        <source>Resume a conversation whose 24-hour window closed</source>
        <translation>Resume a conversation whose 24-hour window closed</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="27" />
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="27" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="28" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="28" />
        <source>Previous history of the contact</source>
        <translation>Previous history of the contact</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="29" />
        <source>Call the contact of the open conversation</source>
        <translation>Call the contact of the open conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="30" />
        <source>Dial pad</source>
        <translation>Dial pad</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="31" />
        <source>Answer a ringing call</source>
        <translation>Answer a ringing call</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="32" />
        <source>Decline a ringing call, or hang up</source>
        <translation>Decline a ringing call, or hang up</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="33" />
        <source>Mute or unmute the microphone in a call</source>
        <translation>Mute or unmute the microphone in a call</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="34" />
        <source>Headset call button</source>
        <translation>Headset call button</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="34" />
        <source>Answer a ringing call, or hang up</source>
        <translation>Answer a ringing call, or hang up</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="35" />
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="35" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="36" />
        <source>Supervision (supervisors)</source>
        <translation>Supervision (supervisors)</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="36" />
        <source>Settings (administrators)</source>
        <translation>Settings (administrators)</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="37" />
        <source>This sheet</source>
        <translation>This sheet</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="40" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts.py" line="40" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SipSettingsDialog</name>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="38" />
        <source>Softphone settings</source>
        <translation>Softphone settings</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="41" />
        <source>Use the softphone on this computer</source>
        <translation>Use the softphone on this computer</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="43" />
        <source>sip.example.com or 10.0.0.5:5060</source>
        <translation>sip.example.com or 10.0.0.5:5060</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="44" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="45" />
        <source>extension or user name</source>
        <translation>extension or user name</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="46" />
        <source>optional; the same as the user when empty</source>
        <translation>optional; the same as the user when empty</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="54" />
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>The password is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="56" />
        <source>The system keyring is not available, so the password is kept only until the app closes. Install or unlock a keyring to have it remembered.</source>
        <translation>The system keyring is not available, so the password is kept only until the app closes. Install or unlock a keyring to have it remembered.</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="60" />
        <source>shown to the people you call</source>
        <translation>shown to the people you call</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="65" />
        <source>optional, e.g. stun.example.com:3478 (used after a restart)</source>
        <translation>optional, e.g. stun.example.com:3478 (used after a restart)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="66" />
        <source>optional, e.g. 0 for an outside line</source>
        <translation>optional, e.g. 0 for an outside line</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="67" />
        <source>Record calls to WAV files</source>
        <translation>Record calls to WAV files</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="69" />
        <source>folder (the Recordings folder when empty)</source>
        <translation>folder (the Recordings folder when empty)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="72" />
        <source>Do not disturb: decline incoming calls (they stay in the call log)</source>
        <translation>Do not disturb: decline incoming calls (they stay in the call log)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="75" />
        <source>Answer incoming calls automatically (call-center queues)</source>
        <translation>Answer incoming calls automatically (call-center queues)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="79" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="81" />
        <source>Seconds of ringing before answering automatically</source>
        <translation>Seconds of ringing before answering automatically</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="87" />
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="90" />
        <source>&amp;Registrar</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="92" />
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="94" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="112" />
        <source>&amp;Microphone</source>
        <translation>&amp;Microphone</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="113" />
        <source>&amp;Speaker / headset</source>
        <translation>&amp;Speaker / headset</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="114" />
        <source>Ri&amp;ng on</source>
        <translation>Ri&amp;ng on</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="91" />
        <source>Outbound proxy</source>
        <translation>Outbound proxy</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="93" />
        <source>Authentication user</source>
        <translation>Authentication user</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="96" />
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="97" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="98" />
        <source>STUN server</source>
        <translation>STUN server</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="99" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="101" />
        <source>Dial prefix</source>
        <translation>Dial prefix</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="103" />
        <source>Recordings folder</source>
        <translation>Recordings folder</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="106" />
        <source>Answer after</source>
        <translation>Answer after</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="110" />
        <source>Audio devices (headset)</source>
        <translation>Audio devices (headset)</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="117" />
        <source>Same as the speaker</source>
        <translation>Same as the speaker</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="117" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="122" />
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
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
        <translation>Microphone level</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="151" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dialogs/sip_settings.py" line="152" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>SnippetPopup</name>
    <message>
        <location filename="../../widgets/snippet_popup.py" line="30" />
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../dialogs/snippets.py" line="28" />
        <location filename="../../dialogs/snippets.py" line="44" />
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="38" />
        <source>Text; variables: {{contact.name}}, {{agent.name}}</source>
        <translation>Text; variables: {{contact.name}}, {{agent.name}}</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="43" />
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="43" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="43" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="46" />
        <source>S&amp;hortcut (/…)</source>
        <translation>S&amp;hortcut (/…)</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="47" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="48" />
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="95" />
        <source>Fill in a shortcut (letters, digits, - or _), a title and the text.</source>
        <translation>Fill in a shortcut (letters, digits, - or _), a title and the text.</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="104" />
        <source>Delete snippet</source>
        <translation>Delete snippet</translation>
    </message>
    <message>
        <location filename="../../dialogs/snippets.py" line="105" />
        <source>Delete the snippet /%1?</source>
        <translation>Delete the snippet /%1?</translation>
    </message>
</context>
<context>
    <name>SoftphoneService</name>
    <message>
        <location filename="../../services/softphone.py" line="134" />
        <source>Registered as %1.</source>
        <translation>Registered as %1.</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="136" />
        <source>Registering with %1…</source>
        <translation>Registering with %1…</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="139" />
        <source>the user name or password is wrong</source>
        <translation>the user name or password is wrong</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="140" />
        <source>the server refused this account</source>
        <translation>the server refused this account</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="141" />
        <source>the server does not know this user</source>
        <translation>the server does not know this user</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="142" />
        <source>the proxy needs a valid user name and password</source>
        <translation>the proxy needs a valid user name and password</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="143" />
        <source>the registrar did not answer; check its address and the network</source>
        <translation>the registrar did not answer; check its address and the network</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="144" />
        <source>the registrar cannot be reached; check its address, the transport and the network</source>
        <translation>the registrar cannot be reached; check its address, the transport and the network</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="146" />
        <source>check the account in the softphone settings</source>
        <translation>check the account in the softphone settings</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="148" />
        <source>the server asks for a password and none is saved for this account; enter it in the softphone settings</source>
        <translation>the server asks for a password and none is saved for this account; enter it in the softphone settings</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="150" />
        <source>Registration failed (%1): %2.</source>
        <translation>Registration failed (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="151" />
        <source>The softphone is off.</source>
        <translation>The softphone is off.</translation>
    </message>
    <message>
        <location filename="../../services/softphone.py" line="300" />
        <source>The softphone settings could not be applied: %1</source>
        <translation>The softphone settings could not be applied: %1</translation>
    </message>
</context>
<context>
    <name>StartConversationDialog</name>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="47" />
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="49" />
        <source>Start conversation</source>
        <translation>Start conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="52" />
        <source>Search contacts by name, phone or e-mail</source>
        <translation>Search contacts by name, phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="53" />
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="56" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="61" />
        <source>Open that conversation</source>
        <translation>Open that conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="75" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="117" />
        <source>New contact %1: fill in %2 first, in Contacts</source>
        <translation>New contact %1: fill in %2 first, in Contacts</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="119" />
        <source>New contact %1</source>
        <translation>New contact %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="140" />
        <source>%1 is already in an open conversation, with %2: continue there.</source>
        <translation>%1 is already in an open conversation, with %2: continue there.</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="142" />
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="143" />
        <source>the queue</source>
        <translation>the queue</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="161" />
        <source>Choose the contact to write to.</source>
        <translation>Choose the contact to write to.</translation>
    </message>
    <message>
        <location filename="../../dialogs/start_conversation.py" line="163" />
        <source>This contact has no WhatsApp number.</source>
        <translation>This contact has no WhatsApp number.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../widgets/status_bar.py" line="20" />
        <source>Your status</source>
        <translation>Your status</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="21" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="21" />
        <source>● Away</source>
        <translation>● Away</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="22" />
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="31" />
        <source>Downloading the inbox</source>
        <translation>Downloading the inbox</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="53" />
        <source>Downloading the inbox: %1 of %2</source>
        <translation>Downloading the inbox: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="69" />
        <source>No connection: your status is sent again when it returns.</source>
        <translation>No connection: your status is sent again when it returns.</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="92" />
        <location filename="../../widgets/status_bar.py" line="99" />
        <source>● Phone: off</source>
        <translation>● Phone: off</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="97" />
        <source>● Phone: registered</source>
        <translation>● Phone: registered</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="97" />
        <source>● Phone: registering…</source>
        <translation>● Phone: registering…</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="98" />
        <source>● Phone: failing (%1)</source>
        <translation>● Phone: failing (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="102" />
        <source>● Phone: do not disturb</source>
        <translation>● Phone: do not disturb</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="103" />
        <source>Incoming calls are declined (Tools ▸ Softphone settings…).</source>
        <translation>Incoming calls are declined (Tools ▸ Softphone settings…).</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../dialogs/supervision.py" line="43" />
        <source>under a minute</source>
        <translation>under a minute</translation>
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
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="57" />
        <source>closed (no opening hours)</source>
        <translation>closed (no opening hours)</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="60" />
        <source>closed, opens %1</source>
        <translation>closed, opens %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="69" />
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="77" />
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="78" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="78" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="78" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="84" />
        <location filename="../../dialogs/supervision.py" line="99" />
        <location filename="../../dialogs/supervision.py" line="185" />
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="86" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="86" />
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="86" />
        <source>Open / capacity</source>
        <translation>Open / capacity</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="90" />
        <location filename="../../dialogs/supervision.py" line="213" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="96" />
        <source>Queues, longest wait first</source>
        <translation>Queues, longest wait first</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="127" />
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="130" />
        <source>%1 waiting · %2 over %3 min · %4 of %5 agents online</source>
        <translation>%1 waiting · %2 over %3 min · %4 of %5 agents online</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="140" />
        <source>%1 — %2 waiting</source>
        <translation>%1 — %2 waiting</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="158" />
        <source>waiting too long</source>
        <translation>waiting too long</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="184" />
        <source>Agents of %1</source>
        <translation>Agents of %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="186" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="186" />
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="186" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="192" />
        <source>%1 / no limit</source>
        <translation>%1 / no limit</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="194" />
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="212" />
        <source>Assign to %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/supervision.py" line="234" />
        <source>%1 assigned to %2.</source>
        <translation>%1 assigned to %2.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="53" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="56" />
        <source>The workspace's method</source>
        <translation>The workspace's method</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="59" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="62" />
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="66" />
        <location filename="../../dialogs/settings_teams.py" line="73" />
        <source>Away message</source>
        <translation>Away message</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="67" />
        <source>Sent once to a customer who writes while the team is closed (empty: nothing is sent).</source>
        <translation>Sent once to a customer who writes while the team is closed (empty: nothing is sent).</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="78" />
        <source>&amp;New team</source>
        <translation>&amp;New team</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="78" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="78" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="82" />
        <source>Names, members and hours: with the "manage users" permission. You may change how each team distributes.</source>
        <translation>Names, members and hours: with the "manage users" permission. You may change how each team distributes.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="87" />
        <source>&amp;Workspace distribution method</source>
        <translation>&amp;Workspace distribution method</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="165" />
        <source>A new team: name it, choose its members, how it distributes and its hours.</source>
        <translation>A new team: name it, choose its members, how it distributes and its hours.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="89" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="90" />
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="118" />
        <source>%1  ·  %2 members</source>
        <translation>%1  ·  %2 members</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="173" />
        <source>Choose how this team distributes.</source>
        <translation>Choose how this team distributes.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="176" />
        <location filename="../../dialogs/settings_teams.py" line="186" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="179" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="183" />
        <source>Team %1 created.</source>
        <translation>Team %1 created.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="191" />
        <source>Team deleted.</source>
        <translation>Team deleted.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_teams.py" line="197" />
        <source>New conversations are distributed this way from now on.</source>
        <translation>New conversations are distributed this way from now on.</translation>
    </message>
</context>
<context>
    <name>TemplateBubble</name>
    <message>
        <location filename="../../widgets/template_bubble.py" line="19" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../widgets/template_bubble.py" line="20" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../widgets/template_bubble.py" line="21" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../widgets/template_bubble.py" line="90" />
        <source>See all options</source>
        <translation>See all options</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../dialogs/template_form.py" line="52" />
        <source>No header</source>
        <translation>No header</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="52" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="52" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="53" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="53" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="54" />
        <source>Header type</source>
        <translation>Header type</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="55" />
        <source>Order {{1}} is on its way</source>
        <translation>Order {{1}} is on its way</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="55" />
        <location filename="../../dialogs/template_form.py" line="70" />
        <source>Header text</source>
        <translation>Header text</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="60" />
        <source>Hello {{1}}, your invoice is due on {{2}}.</source>
        <translation>Hello {{1}}, your invoice is due on {{2}}.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="62" />
        <source>Examples, one per variable, separated by |: Maria | 15/03</source>
        <translation>Examples, one per variable, separated by |: Maria | 15/03</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="63" />
        <source>Up to 60 characters, no variables</source>
        <translation>Up to 60 characters, no variables</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="68" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="68" />
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="69" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="69" />
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="71" />
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="71" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="72" />
        <source>Buttons</source>
        <translation>Buttons</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="72" />
        <source>Foo&amp;ter</source>
        <translation>Foo&amp;ter</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="91" />
        <source>Sample file</source>
        <translation>Sample file</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="91" />
        <source>Header example</source>
        <translation>Header example</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="92" />
        <source>Meta's handle of the uploaded sample (4::…)</source>
        <translation>Meta's handle of the uploaded sample (4::…)</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="93" />
        <source>Example for {{1}}, e.g. #1234</source>
        <translation>Example for {{1}}, e.g. #1234</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="140" />
        <source>The name uses lowercase letters, digits and _ only.</source>
        <translation>The name uses lowercase letters, digits and _ only.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="141" />
        <source>Choose the template's language.</source>
        <translation>Choose the template's language.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="142" />
        <source>Choose the template's category.</source>
        <translation>Choose the template's category.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="143" />
        <source>Write the template's text.</source>
        <translation>Write the template's text.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="144" />
        <source>The header, text, footer and buttons each appear once.</source>
        <translation>The header, text, footer and buttons each appear once.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="145" />
        <source>The text is too long for WhatsApp (1024 characters).</source>
        <translation>The text is too long for WhatsApp (1024 characters).</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="146" />
        <source>Number the variables {{1}}, {{2}}… in order.</source>
        <translation>Number the variables {{1}}, {{2}}… in order.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="147" />
        <source>Give an example for every variable: Meta's review needs them.</source>
        <translation>Give an example for every variable: Meta's review needs them.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="148" />
        <source>Write the header's text, or choose no header.</source>
        <translation>Write the header's text, or choose no header.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="149" />
        <source>The header has at most 60 characters and one variable, {{1}}.</source>
        <translation>The header has at most 60 characters and one variable, {{1}}.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="150" />
        <source>Give Meta's handle of a sample file: Meta's review needs it.</source>
        <translation>Give Meta's handle of a sample file: Meta's review needs it.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="151" />
        <source>The footer has at most 60 characters and no variables.</source>
        <translation>The footer has at most 60 characters and no variables.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="152" />
        <source>Up to 10 buttons: 10 quick replies, 2 links and 1 phone number at most.</source>
        <translation>Up to 10 buttons: 10 quick replies, 2 links and 1 phone number at most.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="153" />
        <source>Keep the quick replies together, before or after the link and phone buttons.</source>
        <translation>Keep the quick replies together, before or after the link and phone buttons.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="155" />
        <source>Every button needs a text of up to 25 characters, on one line, without variables.</source>
        <translation>Every button needs a text of up to 25 characters, on one line, without variables.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="157" />
        <source>A link starts with https://, has up to 2000 characters and at most one variable, {{1}}, at its end.</source>
        <translation>A link starts with https://, has up to 2000 characters and at most one variable, {{1}}, at its end.</translation>
    </message>
    <message>
        <location filename="../../dialogs/template_form.py" line="159" />
        <source>Type the button's phone number with its area code, e.g. +55 11 98765-4321.</source>
        <translation>Type the button's phone number with its area code, e.g. +55 11 98765-4321.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="38" />
        <source>WhatsApp templates</source>
        <translation>WhatsApp templates</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="46" />
        <source>Su&amp;bmit to Meta</source>
        <translation>Su&amp;bmit to Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="47" />
        <source>&amp;Delete at Meta</source>
        <translation>&amp;Delete at Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="67" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="60" />
        <source>At Meta</source>
        <translation>At Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="44" />
        <source>Preview of the WhatsApp bubble</source>
        <translation>Preview of the WhatsApp bubble</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="63" />
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="83" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="83" />
        <source>in review</source>
        <translation>in review</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="84" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="84" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="84" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="85" />
        <source>no longer at Meta</source>
        <translation>no longer at Meta</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="114" />
        <source>%1 was sent to Meta for review; it can be used once Meta approves it.</source>
        <translation>%1 was sent to Meta for review; it can be used once Meta approves it.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_templates.py" line="121" />
        <source>%1 was deleted at Meta.</source>
        <translation>%1 was deleted at Meta.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../widgets/thread_view.py" line="35" />
        <source>Messages of the conversation</source>
        <translation>Messages of the conversation</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="194" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="198" />
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="203" />
        <source>Forward…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <location filename="../../widgets/thread_view.py" line="205" />
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../dialogs/transfer.py" line="41" />
        <source>Transfer conversation</source>
        <translation>Transfer conversation</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="45" />
        <source>Search teams and agents</source>
        <translation>Search teams and agents</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="53" />
        <source>Team %1 — %2 online</source>
        <translation>Team %1 — %2 online</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="61" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="61" />
        <source>away</source>
        <translation>away</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="61" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="63" />
        <source>has not accepted the invite yet</source>
        <translation>has not accepted the invite yet</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="70" />
        <source>Optional note for the receiver (hidden from the contact)</source>
        <translation>Optional note for the receiver (hidden from the contact)</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="72" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../dialogs/transfer.py" line="76" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../dialogs/update.py" line="31" />
        <source>Rvops Desktop update</source>
        <translation>Rvops Desktop update</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="33" />
        <source>Version %1 is available (you have %2). Installing it restarts the app; your conversations and unsent messages are kept.</source>
        <translation>Version %1 is available (you have %2). Installing it restarts the app; your conversations and unsent messages are kept.</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="41" />
        <source>Update and restart</source>
        <translation>Update and restart</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="43" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="61" />
        <source>You can update when the call ends.</source>
        <translation>You can update when the call ends.</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="63" />
        <source>This installation is managed by the system: it is updated with the system's packages (ask your administrator).</source>
        <translation>This installation is managed by the system: it is updated with the system's packages (ask your administrator).</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="82" />
        <source>Downloading and checking the update…</source>
        <translation>Downloading and checking the update…</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="93" />
        <source>The update could not be installed (%1). Nothing was changed.</source>
        <translation>The update could not be installed (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../dialogs/update.py" line="97" />
        <source>Restarting…</source>
        <translation>Restarting…</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../dialogs/settings_users.py" line="57" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="67" />
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="71" />
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="72" />
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="73" />
        <source>Send an &amp;invite: they choose their own password</source>
        <translation>Send an &amp;invite: they choose their own password</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="77" />
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="83" />
        <source>You cannot hand out a permission you do not hold.</source>
        <translation>You cannot hand out a permission you do not hold.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="86" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="90" />
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="91" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="92" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="93" />
        <source>Capacity (open conversations)</source>
        <translation>Capacity (open conversations)</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="94" />
        <source>SIP extension</source>
        <translation>SIP extension</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="99" />
        <source>&amp;New user</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="100" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="101" />
        <location filename="../../dialogs/settings_users.py" line="158" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="102" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="103" />
        <source>New in&amp;vite</source>
        <translation>New in&amp;vite</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="104" />
        <source>A new invite code for who has not accepted theirs: the old one stops working.</source>
        <translation>A new invite code for who has not accepted theirs: the old one stops working.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="125" />
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="128" />
        <source>invite pending</source>
        <translation>invite pending</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="132" />
        <source>Has not accepted the invite; its code works until %1.</source>
        <translation>Has not accepted the invite; its code works until %1.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="158" />
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="207" />
        <source>A new user: they sign in with this e-mail and the first password, or accept an invite and choose theirs.</source>
        <translation>A new user: they sign in with this e-mail and the first password, or accept an invite and choose theirs.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="214" />
        <source>Fill in the name and the e-mail.</source>
        <translation>Fill in the name and the e-mail.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="218" />
        <source>%1 is invited: send them the code.</source>
        <translation>%1 is invited: send them the code.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="223" />
        <source>%1 can sign in now.</source>
        <translation>%1 can sign in now.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="227" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="229" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="248" />
        <source>A new invite for %1: the code before no longer works.</source>
        <translation>A new invite for %1: the code before no longer works.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="268" />
        <source>%1 is deactivated: signed out everywhere; their open conversations went back to routing.</source>
        <translation>%1 is deactivated: signed out everywhere; their open conversations went back to routing.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="272" />
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="279" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="280" />
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_users.py" line="285" />
        <source>Password reset; %1 was signed out everywhere.</source>
        <translation>Password reset; %1 was signed out everywhere.</translation>
    </message>
</context>
<context>
    <name>ViewsModel</name>
    <message>
        <location filename="../../qt_models/views_model.py" line="29" />
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="29" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="32" />
        <source>All conversations</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="33" />
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="34" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../qt_models/views_model.py" line="62" />
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="48" />
        <location filename="../../widgets/voice_recorder.py" line="49" />
        <location filename="../../widgets/voice_recorder.py" line="220" />
        <source>Record a voice note</source>
        <translation>Record a voice note</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="61" />
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="62" />
        <source>Send voice note</source>
        <translation>Send voice note</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="63" />
        <location filename="../../widgets/voice_recorder.py" line="152" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="114" />
        <source>The voice note could not be recorded: %1</source>
        <translation>The voice note could not be recorded: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="143" />
        <source>The voice note was too short: hold on a little longer.</source>
        <translation>The voice note was too short: hold on a little longer.</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="148" />
        <source>Voice note %1</source>
        <translation>Voice note %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="173" />
        <source>The voice note could not be played: %1</source>
        <translation>The voice note could not be played: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="201" />
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="205" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="213" />
        <source>● Recording %1</source>
        <translation>● Recording %1</translation>
    </message>
    <message>
        <location filename="../../widgets/voice_recorder.py" line="103" />
        <source>No microphone was found: connect one to record voice notes.</source>
        <translation>No microphone was found: connect one to record voice notes.</translation>
    </message>
</context>
<context>
    <name>WeeklyHoursEditor</name>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="24" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="25" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="26" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="27" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="28" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="29" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="30" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="45" />
        <source>%1 opens at</source>
        <translation>%1 opens at</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="46" />
        <source>%1 closes at (00:00: midnight)</source>
        <translation>%1 closes at (00:00: midnight)</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="57" />
        <source>Open %1; changing the times makes it one interval.</source>
        <translation>Open %1; changing the times makes it one interval.</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="80" />
        <source>Only during &amp;business hours (otherwise always open)</source>
        <translation>Only during &amp;business hours (otherwise always open)</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="83" />
        <location filename="../../widgets/weekly_hours.py" line="89" />
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../widgets/weekly_hours.py" line="94" />
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>_ListAndForm</name>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="46" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../dialogs/settings_catalogue.py" line="46" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../../sync/sender.py" line="30" />
        <source>The server rejected this action as invalid ({detail}).</source>
        <translation>The server rejected this action as invalid ({detail}).</translation>
    </message>
</context>
<context>
    <name>voip</name>
    <message>
        <location filename="../../../voip/call.py" line="43" />
        <source>answer the call</source>
        <translation>answer the call</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="44" />
        <source>reject the call</source>
        <translation>reject the call</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="45" />
        <source>hang up the call</source>
        <translation>hang up the call</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="46" />
        <source>put the call on hold</source>
        <translation>put the call on hold</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="47" />
        <source>resume the call</source>
        <translation>resume the call</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="48" />
        <source>send keypad tones</source>
        <translation>send keypad tones</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="49" />
        <source>transfer the call</source>
        <translation>transfer the call</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="51" />
        <source>still calling</source>
        <translation>still calling</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="52" />
        <source>still ringing</source>
        <translation>still ringing</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="53" />
        <source>still connecting</source>
        <translation>still connecting</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="54" />
        <source>already answered</source>
        <translation>already answered</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="55" />
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="179" />
        <source>“{digits}” has keys a phone keypad cannot send (use 0-9, *, #, A-D).</source>
        <translation>“{digits}” has keys a phone keypad cannot send (use 0-9, *, #, A-D).</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="196" />
        <source>Call quality is available only while the call has audio.</source>
        <translation>Call quality is available only while the call has audio.</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="201" />
        <source>Call quality is not available right now ({reason}).</source>
        <translation>Call quality is not available right now ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="342" />
        <source>Cannot {action}: the call is {state}.</source>
        <translation>Cannot {action}: the call is {state}.</translation>
    </message>
    <message>
        <location filename="../../../voip/call.py" line="356" />
        <source>Could not {action} ({reason}).</source>
        <translation>Could not {action} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="44" />
        <source>“{raw}” has no country code; type it as +&lt;country&gt;&lt;number&gt;.</source>
        <translation>“{raw}” has no country code; type it as +&lt;country&gt;&lt;number&gt;.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="45" />
        <source>“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321.</source>
        <translation>“{raw}” is missing digits: type it with its area code, e.g. +55 11 98765-4321.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="47" />
        <source>“{raw}” is not a valid phone number.</source>
        <translation>“{raw}” is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="43" />
        <location filename="../../../voip/numbers.py" line="69" />
        <source>Type a number to call.</source>
        <translation>Type a number to call.</translation>
    </message>
    <message>
        <location filename="../../../voip/numbers.py" line="75" />
        <source>“{raw}” is neither a phone number nor a SIP address.</source>
        <translation>“{raw}” is neither a phone number nor a SIP address.</translation>
    </message>
    <message>
        <location filename="../../../voip/softphone.py" line="273" />
        <source>Could not call {number} ({reason}).</source>
        <translation>Could not call {number} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../voip/settings.py" line="89" />
        <source>Set up the SIP account before calling a number.</source>
        <translation>Set up the SIP account before calling a number.</translation>
    </message>
    <message>
        <location filename="../../../voip/audio_routing.py" line="110" />
        <source>The sound device could not be opened ({reason}); the call goes on without sound. Choose another device in the softphone settings.</source>
        <translation>The sound device could not be opened ({reason}); the call goes on without sound. Choose another device in the softphone settings.</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="50" />
        <source>microphone</source>
        <translation>microphone</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="51" />
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="52" />
        <source>ring device</source>
        <translation>ring device</translation>
    </message>
    <message>
        <location filename="../../../voip/audio.py" line="57" />
        <source>The {role} “{device}” is not available (unplugged?); using the system default instead. It will be used again once you choose it in the softphone settings.</source>
        <translation>The {role} “{device}” is not available (unplugged?); using the system default instead. It will be used again once you choose it in the softphone settings.</translation>
    </message>
</context>
</TS>