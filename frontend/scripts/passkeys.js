// Passkeys (WebAuthn) for Kokreation's pages: a button with data-passkey="login" signs in, one with
// data-passkey="register" adds a passkey to the logged-in account (its label from the field named in
// data-passkey-label). Event delegation on the document, so Vaadin needs no script built from
// strings (the Content-Security-Policy forbids those). The endpoints are Spring Security's.
(() => {
  "use strict";

  const b64 = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
    },
  };

  function csrfHeaders() {
    const token = document.querySelector("meta[name=_csrf]");
    const header = document.querySelector("meta[name=_csrf_header]");
    return token && header ? { [header.content]: token.content } : {};
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", ...csrfHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }

  function report(button, failed) {
    const target = document.getElementById(button.dataset.passkeyStatus || "");
    if (target) {
      target.hidden = !failed;
    }
  }

  async function login(button) {
    const options = await post("/webauthn/authenticate/options");
    options.challenge = b64.decode(options.challenge);
    options.allowCredentials = (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) }));
    const credential = await navigator.credentials.get({ publicKey: options });
    const response = credential.response;
    const answer = await post("/login/webauthn", {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        authenticatorData: b64.encode(response.authenticatorData),
        clientDataJSON: b64.encode(response.clientDataJSON),
        signature: b64.encode(response.signature),
        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined,
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    if (!answer.authenticated || !answer.redirectUrl) {
      throw new Error("not authenticated");
    }
    window.location.href = answer.redirectUrl;
  }

  async function register(button) {
    const labelField = document.getElementById(button.dataset.passkeyLabel || "");
    // cut by characters, not UTF-16 units: an emoji at the end stays whole
    const label = Array.from((labelField && labelField.value ? labelField.value : "").trim()).slice(0, 60).join("") || "Passkey";
    const options = await post("/webauthn/register/options");
    options.challenge = b64.decode(options.challenge);
    options.user.id = b64.decode(options.user.id);
    options.excludeCredentials = (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) }));
    const credential = await navigator.credentials.create({ publicKey: options });
    const response = credential.response;
    const answer = await post("/webauthn/register", {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: b64.encode(credential.rawId),
          response: {
            attestationObject: b64.encode(response.attestationObject),
            clientDataJSON: b64.encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
        label,
      },
    });
    if (!answer.success) {
      throw new Error("not registered");
    }
    window.location.reload();
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("[data-passkey]");
    if (!button) {
      return;
    }
    event.preventDefault();
    if (button.dataset.passkeyBusy) {
      return; // one ceremony at a time: a second would void the first one's options
    }
    button.dataset.passkeyBusy = "1";
    report(button, false);
    const ceremony = button.dataset.passkey === "register" ? register : login;
    ceremony(button)
      .catch((error) => {
        console.info("passkey: " + error.message);
        report(button, true);
      })
      .finally(() => delete button.dataset.passkeyBusy);
  });
})();
