#!/usr/bin/env node
// Offline Teams app manifest validation with @microsoft/app-manifest 1.1.2, which bundles the official JSON schemas
// (Teams manifest v1.0 - v1.30, no v1.18, + devPreview, each with its Localization schema) under build/json-schemas/.
// This script loads the bundled schema itself and passes it to AppManifestUtils.validateAgainstSchema, so it never
// touches the network. Adapted from the project's shared tooling (validate-manifest.js): adds --localization, --json,
// and checks that language files exist, validate, and only translate keys that exist in the manifest.
//
// usage: node validate-manifest.js [--json] manifest.json [more.json...]       a manifest (+ its language files)
//        node validate-manifest.js [--json] --localization en-us.json          a language file on its own
//   exit 0 = all valid, 1 = errors, 2 = usage / crash
'use strict';
const fs = require('fs');
const path = require('path');
const NM = process.env.MANIFEST_NODE_MODULES || path.join(__dirname, 'node_modules');
const pkgDir = path.join(NM, '@microsoft', 'app-manifest');
const { AppManifestUtils } = require(pkgDir);
const schemasDir = path.join(pkgDir, 'build', 'json-schemas', 'teams');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

// $schema https://developer.microsoft.com/[xx-xx/]json-schemas/teams/vX/MicrosoftTeams[.Localization].schema.json -> bundled file
function bundledSchema(url, fallbackVersion, kind) {
  if (!url && fallbackVersion) url = `https://developer.microsoft.com/json-schemas/teams/v${fallbackVersion}/${kind}`;
  if (!url) return { error: 'no $schema and no manifestVersion' };
  const m = /json-schemas\/teams\/(v[^/]+)\/([A-Za-z.]+\.schema\.json)$/i.exec(url);
  if (!m) return { error: `$schema ${url} is not a Teams schema URL` };
  if (m[2] !== kind) return { error: `$schema ${url} should point to ${kind}` };
  const p = path.join(schemasDir, m[1], m[2]);
  if (!fs.existsSync(p)) return { error: `no bundled schema ${m[1]}/${m[2]} (bundled: ${fs.readdirSync(schemasDir).join(' ')})` };
  // same \a / \v clean-up the package applies to the published schemas
  const schema = JSON.parse(fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  // The bundled Localization schemas have patternProperties such as "^activities.activityTypes\\[\\b(...)\\b]\\.description$":
  // a lone "]" is literal in a plain RegExp but a syntax error under the "u" flag ajv uses. Escape it (same meaning).
  if (schema.patternProperties) {
    schema.patternProperties = Object.fromEntries(Object.entries(schema.patternProperties).map(([k, v]) => [k.replace(/\\b\]/g, '\\b\\]'), v]));
  }
  return { path: p, version: m[1], schema };
}

// all "a.b[0].c" paths of string values in the manifest (what a language file may translate)
function stringPaths(node, prefix, out) {
  if (Array.isArray(node)) node.forEach((v, i) => stringPaths(v, `${prefix}[${i}]`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) stringPaths(v, prefix ? `${prefix}.${k}` : k, out);
  else if (typeof node === 'string') out.add(prefix);
  return out;
}

async function validateLocalization(file, manifest) {
  const errors = [];
  let loc;
  try { loc = readJson(file); } catch (e) { return [`JSON: ${e.message}`]; }
  const s = bundledSchema(loc.$schema, manifest && manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  if (s.error) return [s.error];
  if (manifest && s.version !== `v${manifest.manifestVersion}`) errors.push(`(extra) language file schema ${s.version} differs from manifestVersion ${manifest.manifestVersion}`);
  errors.push(...await AppManifestUtils.validateAgainstSchema(loc, s.schema));
  if (manifest) {
    const known = stringPaths(manifest, '', new Set());
    for (const key of Object.keys(loc)) {
      if (key !== '$schema' && !/^\[\[.*\]\]$/.test(key) && key !== 'localizationKeys' && !known.has(key)) errors.push(`(extra) key "${key}" does not exist in the manifest`);
    }
  }
  return errors;
}

async function validateManifest(file) {
  let manifest;
  try { manifest = readJson(file); } catch (e) { return { errors: [`JSON: ${e.message}`] }; }
  const s = bundledSchema(manifest.$schema, manifest.manifestVersion, 'MicrosoftTeams.schema.json');
  if (s.error) return { errors: [s.error] };
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, s.schema);
  const dir = path.dirname(file);
  for (const k of ['color', 'outline']) {
    const icon = manifest.icons && manifest.icons[k];
    if (icon && !/^https?:/.test(icon) && !fs.existsSync(path.join(dir, icon))) errors.push(`(file check) icons.${k} "${icon}" not found next to the manifest`);
  }
  (manifest.bots || []).forEach((b, i) => { if (b.botId && !/^[0-9a-f-]{36}$/i.test(b.botId)) errors.push(`(extra) bots[${i}].botId is not a GUID`); });
  const languages = [];
  const info = manifest.localizationInfo;
  const files = ((info && info.additionalLanguages) || []).map(l => l.file).concat(info && info.defaultLanguageFile ? [info.defaultLanguageFile] : []);
  for (const f of files) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) { errors.push(`(file check) language file "${f}" not found next to the manifest`); continue; }
    const locErrors = await validateLocalization(p, manifest);
    languages.push({ file: f, errors: locErrors });
    locErrors.forEach(e => errors.push(`${f}: ${e}`));
  }
  return { schema: path.relative(pkgDir, s.path), errors, languages };
}

(async () => {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const localization = args.includes('--localization');
  const files = args.filter(a => !a.startsWith('--'));
  if (!files.length) { console.error('usage: validate-manifest.js [--json] [--localization] file.json...'); process.exit(2); }
  const results = [];
  for (const f of files) {
    const r = localization ? { errors: await validateLocalization(f, null) } : await validateManifest(f);
    results.push({ file: f, ...r });
  }
  const failed = results.filter(r => r.errors.length).length;
  if (asJson) console.log(JSON.stringify(results, null, 2));
  else {
    for (const r of results) {
      console.log(`${r.errors.length ? 'FAIL' : 'OK  '} ${r.file}${r.schema ? `  [schema ${r.schema}]` : ''}`);
      r.errors.forEach(e => console.log(`   ${e}`));
    }
    console.log(`${results.length - failed} passed, ${failed} failed`);
  }
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
