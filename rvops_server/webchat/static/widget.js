/* Rvops Webchat widget: <script src="https://<server>/webchat/widget.js" async></script>
 * Puts a chat button on the page; the visitor chats with the team over a WebSocket.
 * Everything the visitor or an agent wrote is shown with textContent, never innerHTML. */
(function () {
  "use strict";
  if (window.__rvopsWebchat) return;
  var script = document.currentScript;
  var base = new URL(script ? script.src : "/webchat/widget.js", location.href);
  var origin = base.origin;
  var wsUrl = origin.replace(/^http/, "ws") + "/webchat/ws";
  var storeKey = "rvops.webchat." + origin;
  var lang = (navigator.language || "pt-BR").toLowerCase().indexOf("en") === 0 ? "en" : "pt-BR";
  var T = {
    "pt-BR": { title: "Fale conosco", placeholder: "Escreva sua mensagem…", send: "Enviar", attach: "Anexar arquivo",
      typing: "digitando…", offline: "Reconectando…", open: "Abrir conversa", close: "Fechar" },
    en: { title: "Chat with us", placeholder: "Write your message…", send: "Send", attach: "Attach a file",
      typing: "typing…", offline: "Reconnecting…", open: "Open chat", close: "Close" }
  }[lang];
  var ACCEPT = "image/jpeg,image/png,image/gif,image/webp,video/mp4,video/webm,text/plain,.doc,.docx,.xls,.xlsx,.ppt,.pptx";
  var TYPING_MS = 6000, RETRY_MAX_MS = 15000;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey) || "{}"); } catch (e) { return {}; }
  }
  function save(identity) {
    try { localStorage.setItem(storeKey, JSON.stringify(identity)); } catch (e) { /* private mode */ }
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID().replace(/-/g, "");
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }
  function safeUrl(url) {
    try { var u = new URL(url, origin); return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null; }
    catch (e) { return null; }
  }

  var host = el("div", { id: "rvops-webchat", "data-ws": "connecting" });
  var root = host.attachShadow({ mode: "open" });
  var style = el("style", {}, [
    ":host{all:initial}",
    ".launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;",
    "background:#1b6ef3;color:#fff;cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 12px #0004;z-index:2147483646}",
    ".panel{position:fixed;right:20px;bottom:88px;width:320px;height:440px;background:#fff;border-radius:12px;",
    "box-shadow:0 8px 24px #0004;display:flex;flex-direction:column;font:14px sans-serif;color:#222;z-index:2147483647}",
    ".panel[hidden]{display:none}",
    "header{padding:10px 12px;background:#1b6ef3;color:#fff;border-radius:12px 12px 0 0;display:flex;justify-content:space-between}",
    "header button{background:none;border:0;color:#fff;cursor:pointer;font-size:16px}",
    "ul{list-style:none;margin:0;padding:8px;overflow-y:auto;flex:1}",
    "li{margin:4px 0;padding:6px 10px;border-radius:10px;max-width:80%;white-space:pre-wrap;word-wrap:break-word}",
    "li.visitor{background:#1b6ef3;color:#fff;margin-left:auto}",
    "li.agent{background:#eef1f6}",
    "li .author{display:block;font-size:11px;opacity:.7}",
    "li .choices{display:flex;flex-wrap:wrap;gap:4px;margin-top:6px}",
    "li .choices button{border:1px solid #1b6ef3;background:#fff;color:#1b6ef3;border-radius:14px;padding:3px 10px;cursor:pointer}",
    "li img{max-width:100%;display:block;border-radius:6px}",
    "li a{color:inherit}",
    ".typing,.status,.error{padding:0 12px;font-size:12px;color:#666;min-height:16px}",
    ".error{color:#b00020}",
    "form{display:flex;gap:4px;padding:8px;border-top:1px solid #ddd}",
    "form input[type=text]{flex:1;padding:6px;border:1px solid #ccc;border-radius:6px}",
    "label.attach{cursor:pointer;padding:4px;color:#555;display:flex;align-items:center}",
    "label.attach input{display:none}"
  ].join(""));
  function icon(path) {  /* a 24x24 SVG icon: no emoji font needed on the visitor's machine */
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), p = document.createElementNS(ns, "path");
    svg.setAttribute("viewBox", "0 0 24 24"); svg.setAttribute("width", "24"); svg.setAttribute("height", "24");
    svg.setAttribute("aria-hidden", "true"); p.setAttribute("d", path); p.setAttribute("fill", "currentColor");
    svg.appendChild(p); return svg;
  }
  var CHAT_ICON = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";
  var CLIP_ICON = "M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6h-1.5z";
  var launcher = el("button", { class: "launcher", id: "rvops-launcher", type: "button", "aria-label": T.open });
  launcher.appendChild(icon(CHAT_ICON));
  var panel = el("section", { class: "panel", id: "rvops-panel", hidden: "", role: "dialog", "aria-label": T.title });
  var header = el("header", {});
  header.appendChild(el("span", {}, T.title));
  var closeButton = el("button", { type: "button", "aria-label": T.close }, "×");
  header.appendChild(closeButton);
  var log = el("ul", { id: "rvops-log", "aria-live": "polite" });
  var typing = el("div", { class: "typing", id: "rvops-typing" });
  var status = el("div", { class: "status", id: "rvops-status" });
  var error = el("div", { class: "error", id: "rvops-error", role: "alert" });
  var form = el("form", { id: "rvops-form" });
  var input = el("input", { type: "text", id: "rvops-input", placeholder: T.placeholder, maxlength: "4096",
    autocomplete: "off" });
  var attach = el("label", { class: "attach", title: T.attach, "aria-label": T.attach });
  attach.appendChild(icon(CLIP_ICON));
  var file = el("input", { type: "file", id: "rvops-file", accept: ACCEPT });
  attach.appendChild(file);
  var send = el("button", { type: "submit", id: "rvops-send" }, T.send);
  form.appendChild(attach); form.appendChild(input); form.appendChild(send);
  [header, log, typing, status, error, form].forEach(function (n) { panel.appendChild(n); });
  [style, launcher, panel].forEach(function (n) { root.appendChild(n); });

  var identity = load();
  var socket = null, retryMs = 500, shown = {}, typingTimer = null, pending = [];

  function render(message) {
    if (!message || shown[message.id]) return;
    shown[message.id] = true;
    var li = el("li", { class: message.from === "visitor" ? "visitor" : "agent", "data-id": message.id });
    if (message.from !== "visitor" && message.author) li.appendChild(el("span", { class: "author" }, message.author));
    (message.attachments || []).forEach(function (a) {
      var url = safeUrl(a.url);
      if (!url) return;
      if (a.media_type === "image") {
        var img = el("img", { alt: a.name || "" }); img.src = url; li.appendChild(img);
      } else {
        var link = el("a", { target: "_blank", rel: "noopener noreferrer" }, a.name || "arquivo");
        link.href = url; li.appendChild(link);
      }
    });
    if (message.text) li.appendChild(el("span", { class: "text" }, message.text));
    if (message.buttons && message.buttons.length) {  // the chatbot's menu: a tap answers with the option
      var choices = el("div", { class: "choices" });
      message.buttons.forEach(function (b) {
        var button = el("button", { type: "button", "data-option": b.id }, b.title);
        button.addEventListener("click", function () { showError(""); sendText(b.title); });
        choices.appendChild(button);
      });
      li.appendChild(choices);
    }
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    if (message.from !== "visitor") { typing.textContent = ""; }
  }
  function showError(text) { error.textContent = text || ""; }
  function connect() {
    var url = wsUrl + "?lang=" + encodeURIComponent(lang) + (identity.token ? "&token=" + encodeURIComponent(identity.token) : "");
    socket = new WebSocket(url);
    socket.onopen = function () { retryMs = 500; status.textContent = ""; host.setAttribute("data-ws", "open"); };
    socket.onmessage = function (event) {
      var data; try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "hello") {
        identity = { visitor_id: data.visitor_id, token: data.token }; save(identity);
        host.setAttribute("data-visitor", data.visitor_id);
        (data.history || []).forEach(render);
        while (pending.length) socket.send(JSON.stringify(pending.shift()));
      } else if (data.type === "message") {
        render(data.message);
      } else if (data.type === "typing") {
        typing.textContent = (data.author ? data.author + " " : "") + T.typing;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { typing.textContent = ""; }, TYPING_MS);
      } else if (data.type === "error") {
        showError(data.message);
      }
    };
    socket.onclose = function () {
      host.setAttribute("data-ws", "closed"); status.textContent = T.offline;
      setTimeout(connect, retryMs); retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
    };
  }
  function sendText(text) {
    var frame = { type: "message", text: text, client_id: newId() };
    if (socket && socket.readyState === 1 && identity.token) socket.send(JSON.stringify(frame)); else pending.push(frame);
  }
  function sendFile(chosen) {
    var body = new FormData();
    body.append("token", identity.token || ""); body.append("client_id", newId()); body.append("lang", lang);
    body.append("file", chosen, chosen.name);
    fetch(origin + "/api/v1/attachments/webchat-visitor", { method: "POST", body: body })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .then(function (r) { showError(r.ok ? "" : r.body.message); })
      .catch(function () { showError(T.offline); });
  }
  launcher.addEventListener("click", function () {
    if (panel.hasAttribute("hidden")) { panel.removeAttribute("hidden"); input.focus(); } else panel.setAttribute("hidden", "");
  });
  closeButton.addEventListener("click", function () { panel.setAttribute("hidden", ""); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) return;
    showError(""); sendText(text); input.value = "";
  });
  file.addEventListener("change", function () { if (file.files && file.files[0]) sendFile(file.files[0]); file.value = ""; });

  window.__rvopsWebchat = { host: host };
  (document.body || document.documentElement).appendChild(host);
  connect();
})();
