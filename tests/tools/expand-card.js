#!/usr/bin/env node
// Expands an Adaptive Card template with the official engine (adaptivecards-templating 2.3.1) and prints the
// expanded card as JSON on stdout. The C# tests compare this with PmgBot.Cards' own binder.
//
// usage: node expand-card.js <template.json> <data.json>
//   exit 0 = expanded (template warnings, e.g. "$when set to false", go to stderr), 1 = expansion error, 2 = usage
'use strict';
const fs = require('fs');
const path = require('path');
const NM = process.env.CARDS_NODE_MODULES || path.join(__dirname, 'node_modules');
const ACData = require(path.join(NM, 'adaptivecards-templating'));

const [templateFile, dataFile] = process.argv.slice(2);
if (!templateFile || !dataFile) { console.error('usage: expand-card.js <template.json> <data.json>'); process.exit(2); }
try {
  const template = new ACData.Template(JSON.parse(fs.readFileSync(templateFile, 'utf8')));
  const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
  const expanded = template.expand({ $root: data });
  for (const w of template.getLastTemplateExpansionWarnings() || []) console.error(String(w));
  process.stdout.write(JSON.stringify(expanded));
} catch (e) {
  console.error(`TemplateExpansion: ${e && e.message ? e.message : e}`);
  process.exit(1);
}
