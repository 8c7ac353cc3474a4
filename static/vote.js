// Votes without reloading the page. Without this file the same forms work as plain posts.
"use strict";
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!form.matches("form[data-vote]") || form.dataset.plain) return;
  event.preventDefault();
  const submitter = event.submitter;
  const box = form.closest("[data-vote-box]");
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form, submitter)),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const answer = await response.json();
    for (const left of document.querySelectorAll("[data-vote-left]")) left.textContent = answer.left;
    for (const live of document.querySelectorAll("[data-vote-live]")) live.textContent = answer.message;
    if (answer.widget) {
      const fresh = document.createElement("template");
      fresh.innerHTML = answer.widget;
      box.replaceWith(fresh.content);
      const placed = document.getElementById(box.id);
      const again = placed && (placed.querySelector(`button[value="${submitter && submitter.value}"]`) || placed.querySelector("button"));
      if (again) again.focus();
    }
  } catch {
    form.dataset.plain = "1";
    form.requestSubmit(submitter);
  }
});
