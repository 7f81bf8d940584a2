#!/usr/bin/env node
// Offline Adaptive Card checker: templating (adaptivecards-templating 2.3.1) + object-model parse/validate
// (adaptivecards 3.0.6) + optional HTML render in jsdom.
//
// usage: node validate-cards.js [--data sample.json] [--expanded] [--max-version 1.5] [--render outDir] [--json] card.json...
//   * a file "<name>.data.json" next to "<name>.json" is used as template data automatically
//     (files ending in .data.json are skipped as cards)
//   * --expanded: the files are already expanded cards (e.g. by PmgBot.Cards' binder): no templating step
//   * exit code 0 = no errors, 1 = at least one error (warnings don't fail)
// As a module: require('./validate-cards.js').checkCard(json, options) (used by card-worker.js).
// Copied from the project's shared tooling (validate-cards.js) and extended with --expanded, a module API and a few
// Teams rules (no Media, no positive/destructive action styles, required inputs need label and errorMessage).
// Modules are loaded from $CARDS_NODE_MODULES (default: node_modules next to this script; run npm ci here).
'use strict';
const fs = require('fs');
const path = require('path');
const NM = process.env.CARDS_NODE_MODULES || path.join(__dirname, 'node_modules');
// NB: require('adaptivecards') resolves to lib/adaptivecards.js (ESM with extension-less imports) and fails on
// node 20 with ERR_MODULE_NOT_FOUND; the UMD bundle in dist/ works in plain CommonJS.
const AC = require(path.join(NM, 'adaptivecards', 'dist', 'adaptivecards.js'));
const ACData = require(path.join(NM, 'adaptivecards-templating'));

const ev = n => AC.ValidationEvent[n];
const phase = n => AC.ValidationPhase[n];
const cmpVer = (a, b) => { const pa = a.split('.').map(Number), pb = b.split('.').map(Number); return (pa[0] - pb[0]) || ((pa[1] || 0) - (pb[1] || 0)); };

// ---------- custom (Teams / schema-like) rules the object model doesn't enforce ----------
function customChecks(node, where, out, ids) {
  if (Array.isArray(node)) { node.forEach((n, i) => customChecks(n, `${where}[${i}]`, out, ids)); return; }
  if (!node || typeof node !== 'object') return;
  const t = node.type;
  if (t === 'Action.Execute' && (typeof node.verb !== 'string' || !node.verb.trim()))
    out.push({ level: 'error', rule: 'ExecuteWithoutVerb', at: where, message: 'Action.Execute has no "verb" (the bot\'s adaptiveCard/action handler routes on it)' });
  if (typeof t === 'string' && t.startsWith('Input.') && !node.id)
    out.push({ level: 'error', rule: 'InputWithoutId', at: where, message: `${t} has no "id" (its value can't be submitted)` });
  if (typeof t === 'string' && t.startsWith('Input.') && node.isRequired && !node.label)
    out.push({ level: 'error', rule: 'RequiredInputWithoutLabel', at: where, message: `required ${t} without label` });
  if (typeof t === 'string' && t.startsWith('Input.') && node.isRequired && !node.errorMessage)
    out.push({ level: 'error', rule: 'RequiredInputWithoutErrorMessage', at: where, message: `required ${t} without errorMessage` });
  if (t === 'Media') out.push({ level: 'error', rule: 'MediaNotSupported', at: where, message: 'Teams does not support Media in bot cards' });
  if (typeof t === 'string' && t.startsWith('Action.') && (node.style === 'positive' || node.style === 'destructive'))
    out.push({ level: 'error', rule: 'ActionStyleNotSupported', at: where, message: `Teams does not support action style "${node.style}"` });
  if (t === 'Image' && !node.url) out.push({ level: 'error', rule: 'MissingRequired', at: where, message: 'Image requires "url"' });
  if (t === 'TextBlock' && (node.text === undefined || node.text === '')) out.push({ level: 'error', rule: 'MissingRequired', at: where, message: 'TextBlock requires "text"' });
  if (t === 'Action.OpenUrl' && !node.url) out.push({ level: 'error', rule: 'MissingRequired', at: where, message: 'Action.OpenUrl requires "url"' });
  if (typeof t === 'string' && node.id) { if (ids[node.id]) out.push({ level: 'error', rule: 'DuplicateId', at: where, message: `duplicate id "${node.id}"` }); ids[node.id] = true; }
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === 'string' && /\$\{[^}]*\}/.test(v)) out.push({ level: 'error', rule: 'UnboundTemplateExpression', at: `${where}.${k}`, message: `unexpanded template expression left: ${JSON.stringify(v)}` });
    if (v && typeof v === 'object') customChecks(v, `${where}.${k}`, out, ids);
  }
}

// Checks one card. options: { data (object|null: expand as a template first), expandedOnly, maxVersion, render (bool) }
// Returns { templated, errors, warnings, expanded?, html? }.
function checkCard(input, options) {
  const o = Object.assign({ data: null, expandedOnly: false, maxVersion: '1.5', render: false }, options);
  const res = { templated: false, errors: [], warnings: [], html: null };
  let json = input;

  // ---- templating ----
  const looksTemplated = /\$\{|"\$data"|"\$when"/.test(JSON.stringify(json));
  if (!o.expandedOnly && (o.data || looksTemplated)) {
    res.templated = true;
    try {
      const tpl = new ACData.Template(json);
      json = tpl.expand({ $root: o.data || {} });
      const w = typeof tpl.getLastTemplateExpansionWarnings === 'function' ? tpl.getLastTemplateExpansionWarnings() : [];
      // NB: 2.3.1 emits "Unable to parse the Adaptive Expression X. The $when condition has been set to false
      // by default." for EVERY $when that evaluates to false (not only for real parse errors; those throw).
      (w || []).forEach(x => {
        const m = String(x.message || x);
        res.warnings.push({ rule: /\$when condition has been set to false/.test(m) ? 'TemplateWhenFalse' : 'TemplateExpansion', message: m });
      });
    } catch (e) { res.errors.push({ rule: 'TemplateExpansion', message: e.message }); return res; }
    res.expanded = json;
  }

  // ---- root / version rules ----
  if (!json || json.type !== 'AdaptiveCard') res.errors.push({ rule: 'RootType', message: `root "type" must be "AdaptiveCard" (got ${JSON.stringify(json && json.type)})` });
  if (!json || typeof json.version !== 'string' || !/^\d+\.\d+$/.test(json.version)) res.errors.push({ rule: 'Version', message: `"version" must be a "major.minor" string (got ${JSON.stringify(json && json.version)})` });
  else if (cmpVer(json.version, o.maxVersion) > 0) res.errors.push({ rule: 'VersionTooHigh', message: `version ${json.version} > max supported ${o.maxVersion} (Teams renders up to 1.5)` });

  // ---- object-model parse (adaptivecards) ----
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(json, ctx);
  for (let i = 0; i < ctx.eventCount; i++) {
    const e = ctx.getEventAt(i);
    res.errors.push({ rule: `parser:${ev(e.event)}`, phase: phase(e.phase), message: e.message });
  }
  const vr = card.validateProperties();
  for (const e of vr.validationEvents) {
    const lvl = (e.event === AC.ValidationEvent.Hint || e.event === AC.ValidationEvent.Deprecated) ? 'warnings' : 'errors';
    res[lvl].push({ rule: `validate:${ev(e.event)}`, phase: phase(e.phase), message: e.message });
  }

  // ---- custom rules ----
  const custom = [];
  customChecks(json, '$', custom, {});
  custom.forEach(c => (c.level === 'error' ? res.errors : res.warnings).push(c));

  // ---- render (jsdom) ----
  if (o.render) {
    ensureDom();
    try {
      const el = card.render();
      if (!el) res.errors.push({ rule: 'Render', message: 'render() returned undefined' });
      else res.html = el.outerHTML;
    } catch (e) { res.errors.push({ rule: 'Render', message: e.message }); }
  }
  // de-duplicate identical messages (parser + custom can report the same thing)
  for (const k of ['errors', 'warnings']) {
    const seen = new Set();
    res[k] = res[k].filter(x => { const key = x.rule + '|' + x.message + '|' + (x.at || ''); if (seen.has(key)) return false; seen.add(key); return true; });
  }
  return res;
}

let domReady = false;
function ensureDom() {
  if (domReady) return;
  const { JSDOM } = require(path.join(NM, 'jsdom'));
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  global.window = dom.window; global.document = dom.window.document;
  // the renderer uses instanceof checks against DOM classes (HTMLInputElement, HTMLButtonElement, ...)
  for (const k of Object.getOwnPropertyNames(dom.window)) {
    if (/^(HTML|SVG)\w*Element$|^(Node|Element|Event|KeyboardEvent|MouseEvent|DocumentFragment|Text)$/.test(k) && !(k in global)) global[k] = dom.window[k];
  }
  // plain-text "markdown" so render() doesn't warn "Markdown processing isn't enabled"
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = String(text).replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c])); result.didProcess = true; };
  domReady = true;
}

function checkFile(file, args) {
  let json;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); }
  catch (e) { return { file, templated: false, errors: [{ rule: 'JsonSyntax', message: e.message }], warnings: [] }; }
  const sibling = file.replace(/\.json$/, '.data.json');
  const df = args.dataFile || (fs.existsSync(sibling) ? sibling : null);
  const res = checkCard(json, { data: df ? JSON.parse(fs.readFileSync(df, 'utf8')) : null, expandedOnly: args.expandedOnly, maxVersion: args.maxVersion, render: !!args.renderDir });
  res.file = file;
  if (res.html && args.renderDir) {
    fs.mkdirSync(args.renderDir, { recursive: true });
    const out = path.join(args.renderDir, path.basename(file).replace(/\.json$/, '.html'));
    fs.writeFileSync(out, `<!doctype html><html><head><meta charset="utf-8"></head><body>${res.html}</body></html>`);
    res.htmlFile = out;
  }
  return res;
}

function main() {
  const argv = process.argv.slice(2);
  const args = { dataFile: null, maxVersion: '1.5', renderDir: null, asJson: false, expandedOnly: false };
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') args.dataFile = argv[++i];
    else if (a === '--max-version') args.maxVersion = argv[++i];
    else if (a === '--render') args.renderDir = argv[++i];
    else if (a === '--json') args.asJson = true;
    else if (a === '--expanded') args.expandedOnly = true;
    else if (a.endsWith('.data.json')) continue;
    else files.push(a);
  }
  if (!files.length) { console.error('usage: validate-cards.js [--data d.json] [--expanded] [--max-version 1.5] [--render dir] [--json] card.json...'); process.exit(2); }

  const results = files.map(f => checkFile(f, args));
  let failed = 0;
  if (args.asJson) console.log(JSON.stringify(results.map(r => ({ ...r, html: undefined, expanded: undefined })), null, 2));
  for (const r of results) {
    if (r.errors.length) failed++;
    if (args.asJson) continue;
    console.log(`${r.errors.length ? 'FAIL' : 'OK  '} ${r.file}${r.templated ? ' (templated)' : ''}${r.htmlFile ? ' -> ' + r.htmlFile : ''}`);
    r.errors.forEach(e => console.log(`   error   [${e.rule}]${e.at ? ' ' + e.at : ''} ${e.message}`));
    r.warnings.forEach(e => console.log(`   warning [${e.rule}]${e.at ? ' ' + e.at : ''} ${e.message}`));
  }
  if (!args.asJson) console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

module.exports = { checkCard };
if (require.main === module) main();
