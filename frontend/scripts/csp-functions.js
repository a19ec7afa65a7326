/*
 * Kokreation's Content-Security-Policy refuses JavaScript built from strings ('unsafe-eval'). Vaadin
 * builds functions from strings it receives from the server (executeJs, event data, filters), so
 * this file, loaded before Vaadin's client, gives them without building any:
 * - most are of a few plain forms (a property path of the event or the element, a call of a method
 *   of the first argument, a property set on the element), which are followed here step by step;
 * - the others are predefined below, looked up by their exact text.
 * A string of neither kind is not run: it is noted in the console and reported to /csp-report, and
 * the function does nothing (an event still reaches the server, without that datum). The browser
 * tests fail on such a note and write the missing entries to target/csp-missing-functions.js;
 * scripts/csp-add-missing-functions adds them here (sorted, one per entry).
 */
(function () {
  var kokreationFunctions = new Map();
  function predefine(args, fn) {
    kokreationFunctions.set(JSON.stringify(args), fn);
  }

  // BEGIN PREDEFINED FUNCTIONS
  predefine(["$0","$1","$2","$3","$4","$5","$6","return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)}).apply($6)"], function ($0, $1, $2, $3, $4, $5, $6) {return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)}).apply($6)
});
  predefine(["$0","$1","$2","$3","$4","return (async function() { this.$connector.setHeaderRenderer($0, { content: $1, showSorter: $2, sorterPath: $3 });}).apply($4)"], function ($0, $1, $2, $3, $4) {return (async function() { this.$connector.setHeaderRenderer($0, { content: $1, showSorter: $2, sorterPath: $3 });}).apply($4)
});
  predefine(["$0","$1","$2","$3","try{Promise.resolve((async function(){return (async function() { const key = $0;\nconst field = this;\nif (!field.__kkDraft) {\n  field.__kkDraft = true;\n  field.addEventListener('input', () => {\n    try { localStorage.setItem(key, field.value); } catch (e) { /* storage full or off */ }\n  });\n}\ntry { return localStorage.getItem(key); } catch (e) { return null; }\n}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"], function ($0, $1, $2, $3) {try{Promise.resolve((async function(){return (async function() { const key = $0;
const field = this;
if (!field.__kkDraft) {
  field.__kkDraft = true;
  field.addEventListener('input', () => {
    try { localStorage.setItem(key, field.value); } catch (e) { /* storage full or off */ }
  });
}
try { return localStorage.getItem(key); } catch (e) { return null; }
}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}
});
  predefine(["$0","$1","$2","$3","try{Promise.resolve((async function(){return (async function() { this.disabled = $0}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"], function ($0, $1, $2, $3) {try{Promise.resolve((async function(){return (async function() { this.disabled = $0}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}
});
  predefine(["$0","$1","$2","return (async function() { this.$.overlay.$.overlay.style[$0]=$1}).apply($2)"], function ($0, $1, $2) {return (async function() { this.$.overlay.$.overlay.style[$0]=$1}).apply($2)
});
  predefine(["$0","$1","$2","return (async function() { this.$connector.setFooterRenderer($0, { content: $1 })}).apply($2)"], function ($0, $1, $2) {return (async function() { this.$connector.setFooterRenderer($0, { content: $1 })}).apply($2)
});
  predefine(["$0","$1","$2","return (async function() { this.$server['}p']($0, true, $1)}).apply($2)"], function ($0, $1, $2) {return (async function() { this.$server['}p']($0, true, $1)}).apply($2)
});
  predefine(["$0","$1","$2","window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: false, callback: $2 } }));"], function ($0, $1, $2) {window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: false, callback: $2 } }));
});
  predefine(["$0","$1","$2","window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: true, callback: $2 } }));"], function ($0, $1, $2) {window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: true, callback: $2 } }));
});
  predefine(["$0","$1","return (async function() { const fill = () => {\n  const field = this.querySelector('vaadin-text-field[name=username]')\n      || this.querySelector('#vaadinLoginUsername');\n  if (field) { field.value = $0; } else { requestAnimationFrame(fill); }\n};\nfill();}).apply($1)"], function ($0, $1) {return (async function() { const fill = () => {
  const field = this.querySelector('vaadin-text-field[name=username]')
      || this.querySelector('#vaadinLoginUsername');
  if (field) { field.value = $0; } else { requestAnimationFrame(fill); }
};
fill();}).apply($1)
});
  predefine(["$0","$1","return (async function() { const label = $0;\nconst apply = () => this.querySelectorAll('vaadin-password-field')\n    .forEach(field => field.i18n = Object.assign({}, field.i18n, {reveal: label}));\napply();\ncustomElements.whenDefined('vaadin-password-field').then(apply);\nrequestAnimationFrame(apply);\n}).apply($1)"], function ($0, $1) {return (async function() { const label = $0;
const apply = () => this.querySelectorAll('vaadin-password-field')
    .forEach(field => field.i18n = Object.assign({}, field.i18n, {reveal: label}));
apply();
customElements.whenDefined('vaadin-password-field').then(apply);
requestAnimationFrame(apply);
}).apply($1)
});
  predefine(["$0","$1","return (async function() { if (this.$connector) { this.$connector.setSelectionMode($0) }}).apply($1)"], function ($0, $1) {return (async function() { if (this.$connector) { this.$connector.setSelectionMode($0) }}).apply($1)
});
  predefine(["$0","$1","return (async function() { if (this.$connector) { this.$connector.setSorterDirections($0) }}).apply($1)"], function ($0, $1) {return (async function() { if (this.$connector) { this.$connector.setSorterDirections($0) }}).apply($1)
});
  predefine(["$0","$1","return (async function() { setTimeout(() => {\n    try {\n       this._nextFocusIsFromClient = false;\n       this.focus($0);\n    } finally {\n       this._nextFocusIsFromClient = true;\n    }\n}, 0)\n}).apply($1)"], function ($0, $1) {return (async function() { setTimeout(() => {
    try {
       this._nextFocusIsFromClient = false;
       this.focus($0);
    } finally {
       this._nextFocusIsFromClient = true;
    }
}, 0)
}).apply($1)
});
  predefine(["$0","$1","return (async function() { this.footerRenderer = (root) => {if (root.firstChild) {    return;}root.appendChild($0);}}).apply($1)"], function ($0, $1) {return (async function() { this.footerRenderer = (root) => {if (root.firstChild) {    return;}root.appendChild($0);}}).apply($1)
});
  predefine(["$0","$1","return (async function() { this.i18n = Object.assign({}, this.i18n, {reveal: $0})}).apply($1)"], function ($0, $1) {return (async function() { this.i18n = Object.assign({}, this.i18n, {reveal: $0})}).apply($1)
});
  predefine(["$0","$1","return (async function() { this.renderer = (root) => Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)}).apply($1)"], function ($0, $1) {return (async function() { this.renderer = (root) => Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)}).apply($1)
});
  predefine(["$0","$1","return (async function() { this.renderer = (root) => {  if (this.text) {    root.textContent = this.text;  } else {    Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)  }}}).apply($1)"], function ($0, $1) {return (async function() { this.renderer = (root) => {  if (this.text) {    root.textContent = this.text;  } else {    Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)  }}}).apply($1)
});
  predefine(["$0","$1","return (async function() { this.serverConnected($0)}).apply($1)"], function ($0, $1) {return (async function() { this.serverConnected($0)}).apply($1)
});
  predefine(["$0","$1","setTimeout(() => { window.history.pushState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })"], function ($0, $1) {setTimeout(() => { window.history.pushState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })
});
  predefine(["$0","$1","setTimeout(() => { window.history.replaceState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })"], function ($0, $1) {setTimeout(() => { window.history.replaceState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })
});
  predefine(["$0","$1","try {\n  const doomed = [];\n  for (let i = 0; i < localStorage.length; i++) {\n    const key = localStorage.key(i);\n    if (key.startsWith($0) && !($1 && key.startsWith($1))) doomed.push(key);\n  }\n  doomed.forEach(key => localStorage.removeItem(key));\n} catch (e) { /* storage off */ }\n"], function ($0, $1) {try {
  const doomed = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key.startsWith($0) && !($1 && key.startsWith($1))) doomed.push(key);
  }
  doomed.forEach(key => localStorage.removeItem(key));
} catch (e) { /* storage off */ }

});
  predefine(["$0","$1","window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)"], function ($0, $1) {window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)
});
  predefine(["$0","const url = new URL($0, document.baseURI);\nurl[\"clientNavigation\"] = true;\nwindow.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: url}));\n"], function ($0) {const url = new URL($0, document.baseURI);
url["clientNavigation"] = true;
window.dispatchEvent(new CustomEvent('vaadin-router-go', { detail: url}));

});
  predefine(["$0","document.dir = $0"], function ($0) {document.dir = $0
});
  predefine(["$0","document.documentElement.setAttribute('lang', $0)"], function ($0) {document.documentElement.setAttribute('lang', $0)
});
  predefine(["$0","history.go($0)"], function ($0) {history.go($0)
});
  predefine(["$0","if ($0) window.Vaadin.Flow.gridConnector.initLazy($0)"], function ($0) {if ($0) window.Vaadin.Flow.gridConnector.initLazy($0)
});
  predefine(["$0","if($0.$connector) $0.$connector.reset();"], function ($0) {if($0.$connector) $0.$connector.reset();
});
  predefine(["$0","if(window.Vaadin.Flow.navigation) { window.addEventListener('vaadin-navigated', function(event) {    document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n}, {once:true}); }  else {     document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n }"], function ($0) {if(window.Vaadin.Flow.navigation) { window.addEventListener('vaadin-navigated', function(event) {    document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
}, {once:true}); }  else {     document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
 }
});
  predefine(["$0","return (async function() {     const el = this;\n    window.addEventListener('resize', evt => {\n        const event = new Event(\"window-resize\");\n        event.w = document.documentElement.clientWidth;\n        event.h = document.documentElement.clientHeight;\n        el.dispatchEvent(event);\n    });\n}).apply($0)"], function ($0) {return (async function() {     const el = this;
    window.addEventListener('resize', evt => {
        const event = new Event("window-resize");
        event.w = document.documentElement.clientWidth;
        event.h = document.documentElement.clientHeight;
        el.dispatchEvent(event);
    });
}).apply($0)
});
  predefine(["$0","return (async function() {   this.$.overlay.addEventListener('vaadin-overlay-close', () => {\n    document.addEventListener('vaadin-overlay-close', (e) => {\n      if (!e.defaultPrevented && e.detail.overlay === this.$.overlay) {\n        e.preventDefault();\n        this.$server.handleClientClose();\n      }\n    }, { once: true });\n  });\n}).apply($0)"], function ($0) {return (async function() {   this.$.overlay.addEventListener('vaadin-overlay-close', () => {
    document.addEventListener('vaadin-overlay-close', (e) => {
      if (!e.defaultPrevented && e.detail.overlay === this.$.overlay) {
        e.preventDefault();
        this.$server.handleClientClose();
      }
    }, { once: true });
  });
}).apply($0)
});
  predefine(["$0","return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)"], function ($0) {return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)
});
  predefine(["$0","return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)"], function ($0) {return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)
});
  predefine(["$0","return (async function() { setTimeout(() => {\n    try {\n        this._nextBlurIsFromClient = false;\n        this.blur();\n    } finally {\n       this._nextBlurIsFromClient = true;\n    }\n}, 0)\n}).apply($0)"], function ($0) {return (async function() { setTimeout(() => {
    try {
        this._nextBlurIsFromClient = false;
        this.blur();
    } finally {
       this._nextBlurIsFromClient = true;
    }
}, 0)
}).apply($0)
});
  predefine(["$0","return (async function() { setTimeout(() => {\n    try {\n       this._nextFocusIsFromClient = false;\n       this.focus();\n    } finally {\n       this._nextFocusIsFromClient = true;\n    }\n}, 0)\n}).apply($0)"], function ($0) {return (async function() { setTimeout(() => {
    try {
       this._nextFocusIsFromClient = false;
       this.focus();
    } finally {
       this._nextFocusIsFromClient = true;
    }
}, 0)
}).apply($0)
});
  predefine(["$0","return (async function() { this.addEventListener('click', event => {\n  event.preventDefault();\n  const main = document.getElementById('main');\n  main.focus();\n  main.scrollIntoView();\n});}).apply($0)"], function ($0) {return (async function() { this.addEventListener('click', event => {
  event.preventDefault();
  const main = document.getElementById('main');
  main.focus();
  main.scrollIntoView();
});}).apply($0)
});
  predefine(["$0","return (async function() { this.files = [];}).apply($0)"], function ($0) {return (async function() { this.files = [];}).apply($0)
});
  predefine(["$0","return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)"], function ($0) {return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)
});
  predefine(["$0","try { localStorage.removeItem($0); } catch (e) {}"], function ($0) {try { localStorage.removeItem($0); } catch (e) {}
});
  predefine(["$0","window.Vaadin.Flow.datepickerConnector.initLazy($0)"], function ($0) {window.Vaadin.Flow.datepickerConnector.initLazy($0)
});
  predefine(["$0","window.Vaadin.Flow.selectConnector.initLazy($0)"], function ($0) {window.Vaadin.Flow.selectConnector.initLazy($0)
});
  predefine(["$0","window.Vaadin.Flow.timepickerConnector.initLazy($0)"], function ($0) {window.Vaadin.Flow.timepickerConnector.initLazy($0)
});
  predefine(["event","element","return ((['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.stopPropagation() || true))"], function (event, element) {return ((['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.stopPropagation() || true))
});
  predefine(["event","element","return ((['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.stopPropagation() || true))"], function (event, element) {return ((['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.stopPropagation() || true))
});
  predefine(["event","element","return (element.files.some(file => file.uploading))"], function (event, element) {return (element.files.some(file => file.uploading))
});
  predefine(["event","element","return (event.key === 'Escape')"], function (event, element) {return (event.key === 'Escape')
});
  predefine(["html","root","live","appId","itemKey","model","item","index","return html`${Vaadin.FlowComponentHost.getNode(appId, item.nodeid)}`"], function (html, root, live, appId, itemKey, model, item, index) {return html`${Vaadin.FlowComponentHost.getNode(appId, item.nodeid)}`
});
  predefine(["return document.dir"], function () {return document.dir
});
  predefine(["return window.location.href"], function () {return window.location.href
});
  predefine(["window.Vaadin.Flow.resetFocus();"], function () {window.Vaadin.Flow.resetFocus();
});
  predefine(["window.location.reload();"], function () {window.location.reload();
});
  // END PREDEFINED FUNCTIONS

  var NAME = "[A-Za-z_$][\\w$]*";
  var PATH = NAME + "(?:\\." + NAME + ")*";
  // event data and filters: return (event.detail.value), return (element.checked), return (1)
  var EVENT_PATH = new RegExp("^return \\(((?:event|element)(?:\\." + NAME + ")*)\\)$");
  var NUMBER = /^return \((-?\d+)\)$/;
  // a method of the first argument: return $0.$connector.set($1,$2)
  var CALL = new RegExp("^return \\$0\\.((?:" + NAME + "\\.)*)(" + NAME + ")\\(((?:\\$\\d+(?:,\\s*\\$\\d+)*)?)\\)$");
  // a property of the element: return (async function() { this.invalid = $0}).apply($1)
  var SET = new RegExp("^return \\(async function\\(\\) \\{ this\\.(" + PATH + ") = \\$0\\}\\)\\.apply\\(\\$1\\)$");

  function walk(value, names) {
    for (var i = 0; i < names.length && value !== undefined && value !== null; i++) {
      value = value[names[i]];
    }
    return value;
  }

  function plainForm(args) {
    var body = args[args.length - 1];
    var match;
    if (args.length === 3 && args[0] === "event" && args[1] === "element") {
      if ((match = EVENT_PATH.exec(body))) {
        var path = match[1].split(".");
        return function (event, element) {
          return walk(path[0] === "event" ? event : element, path.slice(1));
        };
      }
      if ((match = NUMBER.exec(body))) {
        var number = Number(match[1]);
        return function () {
          return number;
        };
      }
    }
    if ((match = CALL.exec(body))) {
      var owner = match[1] ? match[1].slice(0, -1).split(".") : [];
      var method = match[2];
      var positions = match[3] ? match[3].split(",").map(function (p) { return Number(p.trim().slice(1)); }) : [];
      return function () {
        var target = walk(arguments[0], owner);
        var values = arguments;
        return target[method].apply(target, positions.map(function (p) { return values[p]; }));
      };
    }
    if (args.length === 3 && (match = SET.exec(body))) {
      var names = match[1].split(".");
      return function ($0, $1) {
        var target = walk($1, names.slice(0, -1));
        target[names[names.length - 1]] = $0;
        return Promise.resolve();
      };
    }
    // Vaadin loads a view's part of the bundle by its hash
    if (args.length === 1 && (match = /^return window\.Vaadin\.Flow\.loadOnDemand\('([0-9a-f]+)'\);$/.exec(body))) {
      var hash = match[1];
      return function () {
        return window.Vaadin.Flow.loadOnDemand(hash);
      };
    }
    // in development mode Vaadin gathers usage statistics for its makers this way: not here
    if (args.length === 1 && body.indexOf("var StatisticsGatherer") >= 0) {
      return function () {};
    }
    return null;
  }

  function reportMissing(args) {
    var text = JSON.stringify(args);
    console.warn("kokreation-csp-missing-function " + text);
    try {
      fetch("/csp-report", {
        method: "POST",
        keepalive: true,
        headers: { "Content-Type": "application/csp-report" },
        body: JSON.stringify({ "csp-report": { "blocked-uri": "eval", "script-sample": text.slice(0, 300) } })
      });
    } catch (e) {
      // reporting is a courtesy; the page goes on
    }
  }

  var OriginalFunction = window.Function;
  function PredefinedFunction() {
    var args = Array.prototype.map.call(arguments, String);
    var fn = kokreationFunctions.get(JSON.stringify(args)) || plainForm(args);
    if (fn) {
      return fn;
    }
    reportMissing(args);
    return function () {};
  }
  // instanceof Function and Vaadin's classes derived from it keep working
  PredefinedFunction.prototype = OriginalFunction.prototype;
  window.Function = PredefinedFunction;
})();
