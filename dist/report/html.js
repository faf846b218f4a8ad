/**
 * The HTML report: one self-contained page (inline CSS, no scripts, nothing from the network) with
 * the score, the objectives-by-tactics matrix, the audience map and every finding.
 */
import { forXml as esc } from './escape.js';
import { withDefaults } from './model.js';
import { plural } from './text.js';
/** A symbol for each status, so the page reads in black and white too. */
const MARK = { error: '✖', warning: '▲', info: '●', ok: '✓', known: '◇' };
const WORDS = {
    error: 'has an error',
    warning: 'has a warning',
    info: 'has a note',
    ok: 'aligned',
    known: 'has a known finding not shown here',
};
const CSS = `
:root{--err:#b00020;--err-bg:#fde7ea;--warn:#7a4a00;--warn-bg:#fff1d6;--info:#0b5cad;--info-bg:#e3f0ff;--ok:#1b6e3a;--ok-bg:#e3f5e9;--line:#c9ced6;--muted:#4a5260}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1d23;margin:0;background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}header{padding-top:24px}
a{color:#0b4f99}a:focus,[tabindex]:focus{outline:3px solid #0b4f99;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
h1{font-size:1.7rem;margin:.2em 0}h2{font-size:1.3rem;margin:1.6em 0 .4em;border-bottom:1px solid var(--line);padding-bottom:4px}
.sub{color:var(--muted);margin:0}nav ul{display:flex;gap:16px;list-style:none;padding:0;flex-wrap:wrap}
.cards{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:180px}
.card .n{font-size:1.8rem;font-weight:700;display:block}.card dd{margin:0;color:var(--muted);font-size:.85rem}
.error{--c:var(--err);--bg:var(--err-bg)}.warning{--c:var(--warn);--bg:var(--warn-bg)}.info{--c:var(--info);--bg:var(--info-bg)}.ok{--c:var(--ok);--bg:var(--ok-bg)}.known{--c:var(--muted);--bg:#eceef2}
.sev{color:var(--c);font-weight:600}
.scroll{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse}caption{text-align:left;padding:8px;color:var(--muted);caption-side:top}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top}
.matrix thead th{position:sticky;top:0;background:#f4f6f9;z-index:1}.matrix thead tr+tr th{top:2.1em}
.matrix tbody th{position:sticky;left:0;background:#fff;text-align:left;min-width:220px;max-width:320px;font-weight:600;z-index:0}
.matrix th.t{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;height:14em;text-align:left;background:#f4f6f9;vertical-align:bottom}
.matrix th.t .tn{display:block;max-height:13em;overflow:hidden;text-overflow:ellipsis}.matrix td{text-align:center;min-width:2em}.matrix td.m{background:var(--bg);color:var(--c);font-weight:700}
.matrix td.m.planned{background:transparent}
tr.gap th{color:var(--err)}tr.gap th::after{content:" — no active tactic";font-weight:400}
th.t.orphan{outline:2px dashed var(--warn);outline-offset:-3px}
small{color:var(--muted);font-weight:400}
.audiences{width:100%}.audiences td,.audiences th{text-align:left}tr.excluded th{color:var(--err)}
ul.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}ul.chips li{border:1px solid var(--c);background:var(--bg);color:var(--c);border-radius:12px;padding:0 8px;font-size:.85rem}
ol.findings{padding-left:1.4em}ol.findings li{margin:0 0 14px;padding-left:6px;border-left:4px solid var(--c)}
ol.findings p{margin:2px 0}pre{background:#f6f8fa;padding:6px 8px;overflow:auto;margin:4px 0;font-size:.85rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.legend{display:flex;gap:14px;flex-wrap:wrap;padding:0;list-style:none}.legend li{padding:0 8px;border-radius:4px;background:var(--bg);color:var(--c)}
footer{color:var(--muted);font-size:.85rem;padding:24px}
.explain{font-size:1.05rem;max-width:60em}.matrix td.m a{color:inherit;text-decoration:none;display:block}
section.group{margin:18px 0}section.group h3{margin:0;font-size:1.1rem;border-left:6px solid var(--c);padding-left:8px}.tally{margin:2px 0 6px 14px;color:var(--muted)}
.details{color:var(--muted)}
@media (max-width:600px){header,main,footer{padding:0 12px}.audiences{table-layout:fixed}.audiences td,.audiences th{overflow-wrap:anywhere}.card{min-width:0;flex:1 1 40%}.matrix th.t{height:9em}}
@media print{body{font-size:11px}.scroll{overflow:visible;max-height:none;border:0}nav,.skip{display:none}
*{color:#000!important;background:#fff!important;box-shadow:none!important}th,td{border-color:#666}
.matrix thead th,.matrix tbody th{position:static}.matrix{font-size:9px}.matrix tbody th{min-width:0;max-width:150px}
.matrix th.t{height:11em}.matrix th.t .tn{max-height:10.5em}.matrix thead tr:first-child th{font-size:8px;word-break:break-word}ol.findings li{border-left:3px solid #000;break-inside:avoid}ul.chips li{border-color:#000}}
`;
/** The id of a tactic's group of findings, which its matrix cells link to. */
const anchor = (tactic) => `tactic-${tactic.replace(/[^\w-]/g, '_')}`;
function matrix(playbook) {
    const shown = playbook.tactics;
    const kinds = [...new Set(shown.map((t) => t.kind))].sort();
    const columns = kinds.flatMap((k) => shown.filter((t) => t.kind === k));
    if (!columns.length)
        return '<p>No tactics that are not retired.</p>';
    const head1 = kinds.map((k) => `<th scope="colgroup" colspan="${columns.filter((t) => t.kind === k).length}">${esc(k)}</th>`).join('');
    const head2 = columns
        .map((t) => `<th scope="col" class="t${t.supports.length ? '' : ' orphan'}" data-tactic="${esc(t.id)}" title="${esc(`${t.name} (${t.id})`)}"><span class="tn">${esc(t.name)}</span></th>`)
        .join('');
    const cell = (t, on, label) => {
        if (!on)
            return '<td></td>';
        const s = t.state;
        const planned = t.status !== 'active';
        const mark = `<span role="img" aria-label="${esc(`${t.name} ${label}; ${planned ? `${t.status}, ` : ''}${WORDS[s]}`)}">${planned ? '○' : MARK[s]}</span>`;
        // A mark with findings behind it links to them.
        const linked = s === 'ok' || s === 'known' ? mark : `<a href="#${esc(anchor(t.id))}">${mark}</a>`;
        return `<td class="m ${s}${planned ? ' planned' : ''}" data-tactic="${esc(t.id)}">${linked}</td>`;
    };
    const rows = playbook.objectives.map((o) => {
        const gap = o.coverage !== 'carried';
        return `<tr data-objective="${esc(o.id)}"${gap ? ' class="gap"' : ''}><th scope="row">${esc(o.statement)}<br><small>${esc(o.id)}</small></th>${columns.map((t) => cell(t, t.supports.includes(o.id), `supports ${o.id}`)).join('')}</tr>`;
    });
    const orphans = columns.filter((t) => !t.supports.length);
    if (orphans.length) {
        rows.push(`<tr data-objective="" class="orphans"><th scope="row">No objective<br><small>orphan tactics: activity without direction</small></th>${columns.map((t) => cell(t, !t.supports.length, 'supports no objective')).join('')}</tr>`);
    }
    return `<div class="scroll" tabindex="0" role="region" aria-label="Alignment matrix (scrolls)">
<table class="matrix"><caption>Objectives (rows) and the tactics that support them (columns, grouped by kind). A mark means the tactic supports the objective; its colour and symbol show the worst finding on that tactic. ○ marks a planned or paused tactic.</caption>
<thead><tr><th scope="col" rowspan="2">Objective</th>${head1}</tr><tr>${head2}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}
function audienceMap(playbook) {
    const chips = (list) => list.length
        ? `<ul class="chips">${list.map((t) => `<li class="${t.state}" data-tactic="${esc(t.id)}" title="${esc(t.id)}">${MARK[t.state]} ${esc(t.name)}</li>`).join('')}</ul>`
        : '<small>none</small>';
    const rows = playbook.audiences.map((a) => a.kind === 'other'
        ? `<tr class="other" data-audience=""><th scope="row">Other audiences<br><small>inline targets outside the ideal customers</small></th><td>Not in the strategy</td><td>${chips(a.tactics)}</td></tr>`
        : `<tr class="${a.kind}" data-audience="${esc(a.id ?? '')}"><th scope="row">${esc(a.id ?? '(unnamed)')}<br><small>${esc(a.description)}</small></th><td>${a.kind === 'ideal' ? 'Ideal customer' : `Excluded: ${esc(a.reason ?? '')}`}</td><td>${chips(a.tactics)}</td></tr>`);
    return `<table class="audiences"><caption>Who the strategy serves and says no to, and the tactics that target each.</caption>
<thead><tr><th scope="col">Audience</th><th scope="col">The strategy says</th><th scope="col">Tactics that target it</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
const RANK = { error: 3, warning: 2, info: 1 };
const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'note' };
/** The findings grouped by tactic, the groups with the worst findings first, and in each group the most severe first. */
function findingsList(ctx) {
    if (!ctx.findings.length)
        return '<p>No findings.</p>';
    const names = new Map((ctx.playbook?.tactics ?? []).map((t) => [t.id, t.name]));
    const groups = new Map();
    for (const f of ctx.findings) {
        const k = f.tactic ?? '';
        groups.set(k, [...(groups.get(k) ?? []), f]);
    }
    const worst = (list) => Math.max(...list.map((f) => RANK[f.severity]));
    const count = (list, s) => list.filter((f) => f.severity === s).length;
    const order = [...groups].sort(([a, x], [b, y]) => worst(y) - worst(x) || count(y, 'error') - count(x, 'error') || count(y, 'warning') - count(x, 'warning') || (a === '' ? 1 : b === '' ? -1 : 0));
    const excerpt = (f) => (f.quote === null ? '' : `<pre><code>${String(f.line).padStart(4)} | ${esc(f.quote)}</code></pre>`);
    const item = (f) => `<li class="${f.severity}"><p><span class="sev">${MARK[f.severity]} ${SEVERITY_WORD[f.severity]}</span> ${esc(f.message)}</p>
${f.evidence ? `<p>The words: “${esc(f.evidence)}”</p>` : ''}${excerpt(f)}${f.related.map((r) => `<p><small>↳ ${esc(r.message)} (${esc(`${r.file}:${r.line}`)})</small></p>`).join('')}<p class="details"><small>Rule <code>${esc(f.ruleId)}</code> · <code>${esc(`${f.file}:${f.line}:${f.column}`)}</code></small></p></li>`;
    return order
        .map(([tactic, list]) => {
        const sorted = [...list].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
        const tally = ['error', 'warning', 'info']
            .filter((s) => count(list, s))
            .map((s) => plural(count(list, s), SEVERITY_WORD[s]))
            .join(', ');
        const title = tactic ? `${esc(names.get(tactic) ?? tactic)} <small>${esc(tactic)}</small>` : 'The strategy and the files';
        return `<section class="group ${sorted[0].severity}"${tactic ? ` id="${esc(anchor(tactic))}"` : ''}><h3>${title}</h3><p class="tally">${tally}</p>
<ol class="findings">${sorted.map(item).join('\n')}</ol></section>`;
    })
        .join('\n');
}
const pctText = (n) => (n === null || n === undefined ? 'n/a' : `${n}%`);
/** The score in one sentence a sales leader can repeat. */
function scoreSentence(ctx) {
    const score = ctx.summary.score;
    const active = (ctx.playbook?.tactics ?? []).filter((t) => t.status === 'active');
    const off = active.filter((t) => t.state === 'error' || t.state === 'warning' || t.state === 'known').length;
    const errors = active.filter((t) => t.state === 'error').length;
    return `${pctText(score.tactics)} of active tactics are aligned with the strategy (no error or warning${ctx.hidden ? ', known ones included' : ''}) and ${pctText(score.objectives)} of objectives have at least one aligned tactic behind them; ${plural(off, 'tactic')} ${off === 1 ? 'needs' : 'need'} attention${errors ? `, ${errors} of them with errors to fix first` : ''}.`;
}
export function html(ctx, options) {
    const o = withDefaults(options);
    const { error, warning, info } = ctx.summary;
    const playbook = ctx.playbook;
    const title = playbook ? playbook.title : 'Playbook alignment';
    const score = ctx.summary.score;
    const sections = playbook
        ? `<section aria-labelledby="matrix-h"><h2 id="matrix-h">Alignment matrix</h2>
<ul class="legend" aria-label="Legend"><li class="ok">✓ aligned</li><li class="info">● note</li><li class="warning">▲ warning</li><li class="error">✖ error</li><li class="known">◇ known (hidden by the baseline, --since or --quiet)</li><li>○ planned or paused</li></ul>
${matrix(playbook)}</section>
<section aria-labelledby="aud-h"><h2 id="aud-h">Audience map</h2>${audienceMap(playbook)}</section>`
        : '<p><strong>The playbook could not be checked:</strong> fix the input errors below and run again.</p>';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)} — alignment report</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#findings-h">Skip to findings</a>
<header>
<p class="sub">Playbook alignment report${o.today ? ` · ${esc(o.today)}` : ''}</p>
<h1>${esc(title)}</h1>
<dl class="cards">
<div class="card"><dt>Tactics aligned</dt><dd><span class="n" data-score="tactics">${pctText(score?.tactics)}</span>${ctx.scoreDefinitions.tactics}</dd></div>
<div class="card"><dt>Objectives carried</dt><dd><span class="n" data-score="objectives">${pctText(score?.objectives)}</span>${ctx.scoreDefinitions.objectives}</dd></div>
<div class="card error"><dt class="sev">Errors</dt><dd><span class="n">${error}</span>conflicts to fix</dd></div>
<div class="card warning"><dt class="sev">Warnings</dt><dd><span class="n">${warning}</span>drift to review</dd></div>
<div class="card info"><dt class="sev">Notes</dt><dd><span class="n">${info}</span>coaching notes</dd></div>
</dl>
${score ? `<p class="explain">${scoreSentence(ctx)}</p>` : ''}
<nav aria-label="Sections"><ul><li><a href="#matrix-h">Matrix</a></li><li><a href="#aud-h">Audiences</a></li><li><a href="#findings-h">Findings</a></li></ul></nav>
</header>
<main>
${sections}
<section aria-labelledby="findings-h"><h2 id="findings-h">Findings (${plural(ctx.findings.length, 'finding')})</h2>${findingsList(ctx)}</section>
</main>
<footer>${playbook ? `${plural(ctx.summary.tactics, 'tactic')} and ${plural(ctx.summary.objectives, 'objective')} checked. ` : ''}Generated by playbook-align${` ${esc(o.version)}`}.</footer>
</body>
</html>
`;
}
