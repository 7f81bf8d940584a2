#!/usr/bin/env node
// Long-lived helper for the .NET card tests: one node process (modules and jsdom loaded once) answers many requests.
// Protocol: one JSON request per line on stdin, one JSON response per line on stdout, in order. Exits when stdin ends.
//   {"op":"expand","template":{...},"data":{...}}  -> {"ok":true,"card":{...},"warnings":[...]} | {"ok":false,"error":"..."}
//     (official adaptivecards-templating 2.3.1, like expand-card.js)
//   {"op":"validate","card":{...}}                 -> {"ok":true,"errors":[...],"warnings":[...],"rendered":true|false}
//     (adaptivecards 3.0.6 parse + validate + jsdom render + Teams rules, like validate-cards.js --expanded --render)
'use strict';
const path = require('path');
const readline = require('readline');
// stdout carries the protocol only: anything a library logs goes to stderr
console.log = console.info = (...args) => process.stderr.write(args.map(String).join(' ') + '\n');
const NM = process.env.CARDS_NODE_MODULES || path.join(__dirname, 'node_modules');
const ACData = require(path.join(NM, 'adaptivecards-templating'));
const { checkCard } = require('./validate-cards.js');

function handle(request) {
  switch (request.op) {
    case 'expand': {
      try {
        const template = new ACData.Template(request.template);
        const card = template.expand({ $root: request.data });
        return { ok: true, card, warnings: (template.getLastTemplateExpansionWarnings() || []).map(String) };
      } catch (e) {
        return { ok: false, error: `TemplateExpansion: ${e && e.message ? e.message : e}` };
      }
    }
    case 'validate': {
      const r = checkCard(request.card, { expandedOnly: true, render: true });
      return { ok: true, errors: r.errors, warnings: r.warnings, rendered: !!r.html };
    }
    default:
      return { ok: false, error: `unknown op ${JSON.stringify(request.op)}` };
  }
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on('line', line => {
  if (!line.trim()) return;
  let response;
  try { response = handle(JSON.parse(line)); } catch (e) { response = { ok: false, error: `bad request: ${e.message}` }; }
  process.stdout.write(JSON.stringify(response) + '\n');
});
lines.on('close', () => process.exit(0));
