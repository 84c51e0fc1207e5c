/*
 * The clinic's back-pain chat widget.
 *
 * Embed with one tag (every data- attribute is optional):
 *   <script src="https://BOT-SERVER/webhooks/widget/widget.js" defer
 *           data-title="Back-pain questions" data-accent="#0b5557"></script>
 * data-server overrides where the assistant runs (default: where this file came
 * from); data-accent must be a dark #rrggbb colour, since white text sits on it.
 *
 * No framework and no third-party requests: it talks only to the assistant's
 * server. Text reaches the page only through textContent and createElement,
 * never innerHTML; links are built only for http(s) and tel: addresses. The
 * token and transcript live in sessionStorage, so the conversation survives
 * reloads in the same tab and ends when the tab closes. The stored copy, contact
 * details included, is removed as soon as the conversation ends with a lead
 * (the server marks that reply) or after 30 minutes without a message, and the
 * visitor is told so.
 */
(function () {
  "use strict";

  const script = document.currentScript;
  if (!script || window.ClinicChatWidget) {
    return;
  }
  window.ClinicChatWidget = { version: 1 };

  const server = (script.dataset.server || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  const api = server + "/webhooks/widget";
  const title = script.dataset.title || "Back-pain questions";
  const accent = /^#[0-9a-f]{6}$/i.test(script.dataset.accent || "") ? script.dataset.accent : "";
  const storageKey = "clinic-chat-widget:" + api;
  const REQUEST_TIMEOUT_MS = 60000;
  const KEPT_ENTRIES = 200;
  const IDLE_FORGET_MS = 30 * 60 * 1000;
  const FORGOTTEN = {
    lead: "For your privacy, this chat is no longer kept in this browser.",
    idle: "For your privacy, this chat is no longer kept in this browser after 30 minutes without a message.",
  };
  const SVG = "http://www.w3.org/2000/svg";
  const ICONS = {
    chat: "M4 5h16v11H9l-5 4z",
    close: "M6 6l12 12M18 6L6 18",
    send: "M4 12l16-8-6 16-2-6z",
  };

  // ---- state kept for the tab -------------------------------------------

  let forgottenOnLoad = "";

  function loadState() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storageKey) || "null");
      if (saved && Array.isArray(saved.entries) && Date.now() - (saved.savedAt || 0) <= IDLE_FORGET_MS) {
        return saved;
      }
      if (saved) {
        sessionStorage.removeItem(storageKey);
        forgottenOnLoad = FORGOTTEN.idle;
      }
    } catch (error) {
      // Storage blocked or unreadable: the conversation simply starts afresh.
    }
    return { token: null, clinic: null, entries: [], open: false };
  }

  const state = loadState();
  let kept = true;
  let idleTimer = null;

  function saveState() {
    state.entries = state.entries.slice(-KEPT_ENTRIES);
    if (!kept) {
      return;
    }
    state.savedAt = Date.now();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => forgetStored("idle"), IDLE_FORGET_MS);
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch (error) {
      // Without storage the chat still works; it just won't survive a reload.
    }
  }

  /** Remove the stored transcript; this tab keeps showing it until it closes. */
  function forgetStored(reason) {
    kept = false;
    clearTimeout(idleTimer);
    try {
      sessionStorage.removeItem(storageKey);
    } catch (error) {
      // Nothing was stored.
    }
    setNotice(FORGOTTEN[reason]);
  }

  // ---- safe DOM construction ----------------------------------------------

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name === "text") {
        node.textContent = value;
      } else {
        node.setAttribute(name, value);
      }
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  function icon(name) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", ICONS[name]);
    svg.append(path);
    return svg;
  }

  function dialable(number) {
    return number.replace(/[^\d+]/g, "");
  }

  /** The address if it is http(s) or a phone number, else null. */
  function safeHref(href) {
    if (/^tel:\+?[\d\s().-]{2,30}$/.test(href)) {
      return "tel:" + dialable(href.slice(4));
    }
    try {
      const url = new URL(href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function link(href, label) {
    const safe = safeHref(href);
    if (!safe) {
      return null;
    }
    const anchor = el("a", { href: safe, text: label });
    if (!safe.startsWith("tel:")) {
      anchor.target = "_blank";
      anchor.rel = "noopener noreferrer";
    }
    return anchor;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  /** Markdown links, **bold**, bare URLs and the clinic's phone numbers. */
  function inlinePattern() {
    const clinic = state.clinic || {};
    const numbers = ["emergency_number", "crisis_line_number", "health_line_number", "phone"]
      .map((key) => clinic[key])
      .filter((number) => typeof number === "string" && /\d/.test(number))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    return new RegExp([
      "\\[([^\\]\\n]{1,200})\\]\\(([^()\\s]{1,2000})\\)",
      "\\*\\*([^*\\n]{1,500})\\*\\*",
      "(https?:\\/\\/[^\\s<>\"']+)",
      "(" + (numbers.length ? numbers.join("|") : "(?!x)x") + ")",
    ].join("|"), "g");
  }

  function standsAlone(line, start, length) {
    return !/[\d+]/.test(line.charAt(start - 1)) && !/\d/.test(line.charAt(start + length));
  }

  function inlineNode(match, line) {
    const [whole, label, href, bold, url, number] = match;
    if (label !== undefined) {
      return { node: link(href, label), rest: "" };
    }
    if (bold !== undefined) {
      return { node: el("strong", { text: bold }), rest: "" };
    }
    if (url !== undefined) {
      const trimmed = url.replace(/[.,;:!?)\]]+$/, "");
      return { node: link(trimmed, trimmed), rest: url.slice(trimmed.length) };
    }
    if (number !== undefined && standsAlone(line, match.index, whole.length)) {
      return { node: link("tel:" + dialable(number), number), rest: "" };
    }
    return { node: null, rest: "" };
  }

  function appendRichText(parent, text) {
    text.split("\n").forEach((line, index) => {
      if (index) {
        parent.append(el("br"));
      }
      const pattern = inlinePattern();
      let done = 0;
      let match;
      while ((match = pattern.exec(line))) {
        const { node, rest } = inlineNode(match, line);
        if (node) {
          parent.append(line.slice(done, match.index), node, rest);
          done = match.index + match[0].length;
        }
      }
      parent.append(line.slice(done));
    });
  }

  // ---- the widget's elements ----------------------------------------------

  const host = el("div", { "data-clinic-chat-widget": "" });
  if (accent) {
    host.style.setProperty("--cw-accent", accent);
  }
  const root = host.attachShadow({ mode: "open" });
  const stylesheet = el("link", { rel: "stylesheet", href: api + "/widget.css" });
  const frame = el("div", { class: "cw", hidden: "" });

  const launcher = el("button", {
    type: "button", class: "cw-launcher", "aria-expanded": "false", "aria-controls": "cw-panel",
  }, [icon("chat"), el("span", { text: "Questions about back pain?" })]);
  const clinicLine = el("p", { class: "cw-clinic" });
  const restartButton = el("button", { type: "button", class: "cw-restart", text: "Start over" });
  const closeButton = el("button", { type: "button", class: "cw-close", "aria-label": "Close chat" }, [icon("close")]);
  const emergencyLine = el("p", { class: "cw-emergency" });
  const log = el("div", {
    class: "cw-log", role: "log", "aria-live": "polite", "aria-label": "Conversation", tabindex: "0",
  });
  const typing = el("div", { class: "cw-typing", role: "status" });
  const notice = el("div", { class: "cw-notice", role: "alert", hidden: "" });
  const input = el("textarea", {
    id: "cw-input", class: "cw-input", rows: "1", placeholder: "Type your message…",
    autocomplete: "off", enterkeyhint: "send",
  });
  const sendButton = el("button", { type: "submit", class: "cw-send", "aria-label": "Send" }, [icon("send")]);
  const form = el("form", { class: "cw-form" }, [
    el("label", { for: "cw-input", class: "cw-sr-only", text: "Your message" }), input, sendButton,
  ]);
  const panel = el("section", {
    id: "cw-panel", class: "cw-panel", role: "dialog", "aria-modal": "false",
    "aria-labelledby": "cw-title", hidden: "",
  }, [
    el("header", { class: "cw-header" }, [
      el("div", { class: "cw-titles" }, [el("h2", { id: "cw-title", text: title }), clinicLine]),
      restartButton, closeButton,
    ]),
    emergencyLine, log, typing, notice, form,
  ]);
  frame.append(launcher, panel);
  root.append(stylesheet, frame);

  // ---- rendering ----------------------------------------------------------

  function showClinic() {
    const clinic = state.clinic;
    emergencyLine.textContent = "";
    clinicLine.textContent = clinic ? clinic.name : "";
    if (!clinic) {
      emergencyLine.append("Not for emergencies.");
      return;
    }
    emergencyLine.append(
      el("strong", { text: "Not for emergencies." }), " Emergency? Call ",
      link("tel:" + dialable(clinic.emergency_number), clinic.emergency_number) || clinic.emergency_number, ".",
    );
  }

  function choices(buttons) {
    const group = el("div", { class: "cw-choices", role: "group", "aria-label": "Choose an answer" });
    buttons.forEach((button) => {
      const choice = el("button", { type: "button", class: "cw-choice", text: button.title });
      choice.addEventListener("click", () => {
        deliver({ payload: button.payload }, button.title).then(focusLatest);
      });
      group.append(choice);
    });
    return group;
  }

  function entryNode(entry, withChoices) {
    const bubble = el("div", { class: "cw-bubble" });
    if (entry.from === "bot") {
      appendRichText(bubble, entry.text);
    } else {
      bubble.textContent = entry.text;
    }
    const item = el("div", { class: "cw-message cw-from-" + entry.from }, [
      el("span", { class: "cw-sr-only", text: entry.from === "bot" ? "Assistant: " : "You: " }), bubble,
    ]);
    if (withChoices && entry.buttons && entry.buttons.length) {
      item.append(choices(entry.buttons));
    }
    return item;
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function addEntry(entry) {
    state.entries.push(entry);
    saveState();
    const node = entryNode(entry, true);
    log.append(node);
    scrollToEnd();
    return node;
  }

  function renderTranscript() {
    log.textContent = "";
    const lastUser = state.entries.map((entry) => entry.from).lastIndexOf("user");
    state.entries.forEach((entry, index) => log.append(entryNode(entry, index > lastUser)));
    scrollToEnd();
  }

  function setNotice(text) {
    notice.textContent = "";
    notice.hidden = !text;
    if (text) {
      appendRichText(notice, text);
    }
  }

  let busy = false;

  function setBusy(on) {
    busy = on;
    typing.textContent = "";
    if (on) {
      typing.append(
        el("span", { class: "cw-dots", "aria-hidden": "true" }, [el("span"), el("span"), el("span")]),
        el("span", { class: "cw-sr-only", text: "The assistant is typing…" }),
      );
    }
    log.querySelectorAll(".cw-choice").forEach((choice) => { choice.disabled = on; });
  }

  /** After a tap, focus the next question's first choice, else the text box. */
  function focusLatest() {
    if (root.activeElement || panel.hidden) {
      return;
    }
    const next = log.querySelector(".cw-choice:not([disabled])");
    (next || input).focus();
  }

  // ---- talking to the assistant -------------------------------------------

  function post(path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    return fetch(api + path, {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: controller.signal,
    })
      .then((response) => response.json().then((data) => ({ ok: response.ok, status: response.status, data })))
      .finally(() => clearTimeout(timer));
  }

  function unreachable() {
    const phone = state.clinic && state.clinic.phone;
    return "Sorry, I can't reach the clinic's assistant right now. Please try again in a moment"
      + (phone ? ", or call the clinic at " + phone + "." : ".");
  }

  function ensureSession() {
    if (state.token) {
      return Promise.resolve();
    }
    return post("/session", {}).then((reply) => {
      if (!reply.ok) {
        throw reply;
      }
      state.token = reply.data.token;
      state.clinic = reply.data.clinic;
      saveState();
      showClinic();
    });
  }

  /**
   * Send one message; `shown` is the visitor's bubble (null for the automatic
   * greeting). Resolves true once the assistant accepted it.
   */
  function deliver(body, shown) {
    if (busy) {
      return Promise.resolve(false);
    }
    setBusy(true);
    const entry = shown === null ? null : { from: "user", text: shown };
    if (entry) {
      setNotice("");
    }
    const bubble = entry && addEntry(entry);
    return ensureSession()
      .then(() => post("/message", Object.assign({ token: state.token }, body)))
      .then((reply) => {
        if (!reply.ok) {
          throw reply;
        }
        log.querySelectorAll(".cw-choices").forEach((group) => group.remove());
        reply.data.forEach((message) => addEntry({ from: "bot", text: message.text, buttons: message.buttons }));
        if (reply.data.some((message) => message.ends_conversation)) {
          forgetStored("lead");
        }
        return true;
      })
      .catch((problem) => {
        if (entry) {
          state.entries.splice(state.entries.indexOf(entry), 1);
          bubble.remove();
          saveState();
        }
        setNotice((problem && problem.data && problem.data.message) || unreachable());
        if (entry && problem && problem.status === 401) {
          restartExpired();
        }
        return false;
      })
      .finally(() => setBusy(false))
      .then((accepted) => {
        if (accepted && queued.length) {
          setTimeout(sendTyped, 0, queued.shift());
        } else if (!accepted && queued.length) {
          input.value = [input.value].concat(queued.splice(0)).filter(Boolean).join("\n");
          fitInput();
        }
        return accepted;
      });
  }

  /**
   * The server no longer accepts our token: begin a new conversation. Only a
   * visitor's own message leads here, so a misconfigured server is not hammered.
   */
  function restartExpired() {
    state.token = null;
    state.entries = [];
    kept = true;
    saveState();
    renderTranscript();
    setTimeout(greet, 0);
  }

  function greet() {
    deliver({ message: "hello" }, null);
  }

  /**
   * What the visitor typed while a reply was on its way (the greeting
   * included): shown as waiting, then sent in order once the reply has come.
   */
  const queued = [];

  function submitTyped() {
    const text = input.value.trim();
    if (!text) {
      return;
    }
    input.value = "";
    fitInput();
    if (busy) {
      queued.push(text);
      setNotice("Waiting for the assistant… your message will be sent in a moment: " + queued.join(" / "));
      return;
    }
    sendTyped(text);
  }

  function sendTyped(text) {
    deliver({ message: text }, text).then((accepted) => {
      if (!accepted) {
        input.value = [text, input.value].filter(Boolean).join("\n");
        fitInput();
      }
    });
  }

  function fitInput() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 120) + "px";
  }

  // ---- opening, closing, keyboard -----------------------------------------

  function openPanel(moveFocus) {
    state.open = true;
    saveState();
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    scrollToEnd();
    if (moveFocus) {
      input.focus();
    }
    if (!state.entries.length) {
      greet();
    }
  }

  function closePanel() {
    state.open = false;
    saveState();
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", () => openPanel(true));
  closeButton.addEventListener("click", closePanel);
  restartButton.addEventListener("click", () => {
    deliver({ message: "start over" }, "start over").then(focusLatest);
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closePanel();
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitTyped();
    }
  });
  input.addEventListener("input", fitInput);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitTyped();
  });

  stylesheet.addEventListener("load", () => {
    frame.hidden = false;
    scrollToEnd();
  });
  showClinic();
  renderTranscript();
  setNotice(forgottenOnLoad);
  document.body.append(host);
  if (state.open) {
    openPanel(false);
  }
}());
