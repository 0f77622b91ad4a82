"use strict";
(() => {
  // src/webview/reader.ts
  var vscode = acquireVsCodeApi();
  var root = document.getElementById("doc");
  var placedAt;
  function lineElements() {
    return Array.from(root.querySelectorAll("main [data-line]"));
  }
  function scrollToLine(line) {
    let target;
    for (const el of lineElements()) {
      if (Number(el.dataset.line) <= line) target = el;
      else break;
    }
    if (target) target.scrollIntoView({ block: "start" });
    else window.scrollTo(0, 0);
    placedAt = window.scrollY;
  }
  window.addEventListener("message", (event) => {
    const message = event.data;
    if (message.type === "render") {
      root.innerHTML = message.html;
      if (message.line !== void 0) scrollToLine(message.line);
    } else if (message.type === "scrollToLine") scrollToLine(message.line);
  });
  var pending = false;
  window.addEventListener("scroll", () => {
    if (pending) return;
    if (placedAt !== void 0 && Math.abs(window.scrollY - placedAt) < 2) return;
    placedAt = void 0;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const top = lineElements().find((el) => el.getBoundingClientRect().bottom > 4);
      if (top) vscode.postMessage({ type: "revealLine", line: Number(top.dataset.line) });
    });
  });
  document.addEventListener("copy", (event) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    const parts = [];
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      fragment.querySelectorAll(".pnum, .card, .speaker").forEach((el) => el.remove());
      fragment.querySelectorAll("p").forEach((p) => p.append("\n"));
      parts.push(fragment.textContent ?? "");
    }
    const text = parts.join("\n").replace(/[ \t]+\n/g, "\n").trim();
    const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
    const line = Number(anchor?.closest("[data-line]")?.dataset.line ?? -1);
    event.preventDefault();
    event.clipboardData?.setData("text/plain", text);
    vscode.postMessage({ type: "copy", text, line });
  });
  root.addEventListener("click", (event) => {
    const number = event.target.closest(".pnum");
    const line = number?.closest("[data-line]")?.dataset.line;
    if (line !== void 0) vscode.postMessage({ type: "reveal", line: Number(line) });
  });
  vscode.postMessage({ type: "ready" });
})();
