import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{b as f}from"./chunk-PHODJMOQ.js";import{a as g}from"./chunk-2W2P6QP7.js";import{d as e}from"./chunk-N3DGCN4Q.js";import"./chunk-MC6DRFHS.js";var u={error:"\u2716",warning:"\u25B2",info:"\u25CF",ok:"\u2713"},v={error:"has an error",warning:"has a warning",info:"has a note",ok:"aligned"},x=`
:root{--err:#b00020;--err-bg:#fde7ea;--warn:#7a4a00;--warn-bg:#fff1d6;--info:#0b5cad;--info-bg:#e3f0ff;--ok:#1b6e3a;--ok-bg:#e3f5e9;--line:#c9ced6;--muted:#4a5260}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1d23;margin:0;background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}header{padding-top:24px}
a{color:#0b4f99}a:focus,[tabindex]:focus{outline:3px solid #0b4f99;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
h1{font-size:1.7rem;margin:.2em 0}h2{font-size:1.3rem;margin:1.6em 0 .4em;border-bottom:1px solid var(--line);padding-bottom:4px}
.sub{color:var(--muted);margin:0}nav ul{display:flex;gap:16px;list-style:none;padding:0;flex-wrap:wrap}
.cards{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:180px}
.card .n{font-size:1.8rem;font-weight:700;display:block}.card dd{margin:0;color:var(--muted);font-size:.85rem}
.error{--c:var(--err);--bg:var(--err-bg)}.warning{--c:var(--warn);--bg:var(--warn-bg)}.info{--c:var(--info);--bg:var(--info-bg)}.ok{--c:var(--ok);--bg:var(--ok-bg)}
.sev{color:var(--c);font-weight:600}
.scroll{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse}caption{text-align:left;padding:8px;color:var(--muted);caption-side:top}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top}
.matrix thead th{position:sticky;top:0;background:#f4f6f9;z-index:1}.matrix thead tr+tr th{top:2.1em}
.matrix tbody th{position:sticky;left:0;background:#fff;text-align:left;min-width:220px;max-width:320px;font-weight:600;z-index:0}
.matrix th.t{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;height:11em;text-align:left;background:#f4f6f9}
.matrix td{text-align:center;min-width:2em}.matrix td.m{background:var(--bg);color:var(--c);font-weight:700}
.matrix td.m.planned{background:transparent}
tr.gap th{color:var(--err)}tr.gap th::after{content:" \u2014 no active tactic";font-weight:400}
th.t.orphan{outline:2px dashed var(--warn);outline-offset:-3px}
small{color:var(--muted);font-weight:400}
.audiences{width:100%}.audiences td,.audiences th{text-align:left}tr.excluded th{color:var(--err)}
ul.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}ul.chips li{border:1px solid var(--c);background:var(--bg);color:var(--c);border-radius:12px;padding:0 8px;font-size:.85rem}
ol.findings{padding-left:1.4em}ol.findings li{margin:0 0 14px;padding-left:6px;border-left:4px solid var(--c)}
ol.findings p{margin:2px 0}pre{background:#f6f8fa;padding:6px 8px;overflow:auto;margin:4px 0;font-size:.85rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.legend{display:flex;gap:14px;flex-wrap:wrap;padding:0;list-style:none}.legend li{padding:0 8px;border-radius:4px;background:var(--bg);color:var(--c)}
footer{color:var(--muted);font-size:.85rem;padding:24px}
@media print{body{font-size:11px}.scroll{overflow:visible;max-height:none;border:0}nav,.skip{display:none}
*{color:#000!important;background:#fff!important;box-shadow:none!important}th,td{border-color:#666}
.matrix thead th,.matrix tbody th{position:static}ol.findings li{border-left:3px solid #000;break-inside:avoid}ul.chips li{border-color:#000}}
`;function $(i){let r=i.tactics,n=[...new Set(r.map(t=>t.kind))].sort(),a=n.flatMap(t=>r.filter(s=>s.kind===t));if(!a.length)return"<p>No tactics that are not retired.</p>";let o=n.map(t=>`<th scope="colgroup" colspan="${a.filter(s=>s.kind===t).length}">${e(t)}</th>`).join(""),l=a.map(t=>`<th scope="col" class="t${t.supports.length?"":" orphan"}" data-tactic="${e(t.id)}" title="${e(t.name)}">${e(t.id)}</th>`).join(""),d=(t,s,p)=>{if(!s)return"<td></td>";let h=t.state,m=t.status!=="active";return`<td class="m ${h}${m?" planned":""}" data-tactic="${e(t.id)}"><span role="img" aria-label="${e(`${t.id} ${p}; ${m?`${t.status}, `:""}${v[h]}`)}">${m?"\u25CB":u[h]}</span></td>`},c=i.objectives.map(t=>{let s=t.coverage!=="carried";return`<tr data-objective="${e(t.id)}"${s?' class="gap"':""}><th scope="row">${e(t.id)}<br><small>${e(t.statement)}</small></th>${a.map(p=>d(p,p.supports.includes(t.id),`supports ${t.id}`)).join("")}</tr>`});return a.filter(t=>!t.supports.length).length&&c.push(`<tr data-objective="" class="orphans"><th scope="row">No objective<br><small>orphan tactics: activity without direction</small></th>${a.map(t=>d(t,!t.supports.length,"supports no objective")).join("")}</tr>`),`<div class="scroll" tabindex="0" role="region" aria-label="Alignment matrix (scrolls)">
<table class="matrix"><caption>Objectives (rows) and the tactics that support them (columns, grouped by kind). A mark means the tactic supports the objective; its colour and symbol show the worst finding on that tactic. \u25CB marks a planned or paused tactic.</caption>
<thead><tr><th scope="col" rowspan="2">Objective</th>${o}</tr><tr>${l}</tr></thead>
<tbody>${c.join(`
`)}</tbody></table></div>`}function w(i){let r=a=>a.length?`<ul class="chips">${a.map(o=>`<li class="${o.state}" title="${e(o.name)}">${u[o.state]} ${e(o.id)}</li>`).join("")}</ul>`:"<small>none</small>";return`<table class="audiences"><caption>Who the strategy serves and says no to, and the tactics that target each.</caption>
<thead><tr><th scope="col">Audience</th><th scope="col">The strategy says</th><th scope="col">Tactics that target it</th></tr></thead>
<tbody>${i.audiences.map(a=>a.kind==="other"?`<tr class="other" data-audience=""><th scope="row">Other audiences<br><small>inline targets outside the ideal customers</small></th><td>Not in the strategy</td><td>${r(a.tactics)}</td></tr>`:`<tr class="${a.kind}" data-audience="${e(a.id??"")}"><th scope="row">${e(a.id??"(unnamed)")}<br><small>${e(a.description)}</small></th><td>${a.kind==="ideal"?"Ideal customer":`Excluded: ${e(a.reason??"")}`}</td><td>${r(a.tactics)}</td></tr>`).join(`
`)}</tbody></table>`}function y(i){if(!i.findings.length)return"<p>No findings.</p>";let r=n=>n.quote===null?"":`<pre><code>${String(n.line).padStart(4)} | ${e(n.quote)}</code></pre>`;return`<ol class="findings">${i.findings.map(n=>`<li class="${n.severity}"><p><span class="sev">${u[n.severity]} ${n.severity}</span> \xB7 <code>${e(n.ruleId)}</code> \xB7 <code>${e(`${n.file}:${n.line}:${n.column}`)}</code></p>
<p>${e(n.message)}</p>${n.evidence?`<p>Evidence: \u201C${e(n.evidence)}\u201D</p>`:""}${r(n)}${n.related.map(a=>`<p><small>\u21B3 ${e(`${a.file}:${a.line}`)} ${e(a.message)}</small></p>`).join("")}</li>`).join(`
`)}</ol>`}var b=i=>i==null?"n/a":`${i}%`;function z(i){let{error:r,warning:n,info:a}=i.summary,o=i.playbook,l=o?o.title:"Playbook alignment",d=i.summary.score,c=o?`<section aria-labelledby="matrix-h"><h2 id="matrix-h">Alignment matrix</h2>
<ul class="legend" aria-label="Legend"><li class="ok">\u2713 aligned</li><li class="info">\u25CF note</li><li class="warning">\u25B2 warning</li><li class="error">\u2716 error</li><li>\u25CB planned or paused</li></ul>
${$(o)}</section>
<section aria-labelledby="aud-h"><h2 id="aud-h">Audience map</h2>${w(o)}</section>`:"<p><strong>The playbook could not be checked:</strong> fix the input errors below and run again.</p>";return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(l)} \u2014 alignment report</title>
<style>${x}</style>
</head>
<body>
<a class="skip" href="#findings-h">Skip to findings</a>
<header>
<p class="sub">Playbook alignment report${i.today?` \xB7 ${e(i.today)}`:""}</p>
<h1>${e(l)}</h1>
<dl class="cards">
<div class="card"><dt>Tactics aligned</dt><dd><span class="n" data-score="tactics">${b(d?.tactics)}</span>${f.tactics}</dd></div>
<div class="card"><dt>Objectives carried</dt><dd><span class="n" data-score="objectives">${b(d?.objectives)}</span>${f.objectives}</dd></div>
<div class="card error"><dt class="sev">Errors</dt><dd><span class="n">${r}</span>conflicts to fix</dd></div>
<div class="card warning"><dt class="sev">Warnings</dt><dd><span class="n">${n}</span>drift to review</dd></div>
<div class="card info"><dt class="sev">Notes</dt><dd><span class="n">${a}</span>coaching notes</dd></div>
</dl>
<nav aria-label="Sections"><ul><li><a href="#matrix-h">Matrix</a></li><li><a href="#aud-h">Audiences</a></li><li><a href="#findings-h">Findings</a></li></ul></nav>
</header>
<main>
${c}
<section aria-labelledby="findings-h"><h2 id="findings-h">Findings (${g(i.findings.length,"finding")})</h2>${y(i)}</section>
</main>
<footer>${o?`${g(i.summary.tactics,"tactic")} and ${g(i.summary.objectives,"objective")} checked. `:""}Generated by playbook-align${` ${e(i.version)}`}.</footer>
</body>
</html>
`}export{z as html};
