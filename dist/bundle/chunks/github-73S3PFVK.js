import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{a as o}from"./chunk-2W2P6QP7.js";import{a as t}from"./chunk-N3DGCN4Q.js";import"./chunk-MC6DRFHS.js";var u={error:"error",warning:"warning",info:"notice"},g=n=>n.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),c=n=>g(n).replace(/:/g,"%3A").replace(/,/g,"%2C");function x(n){let i=n.findings.map(e=>{let $=[`file=${c(t(e.file))}`,`line=${e.line}`,`col=${e.column}`,`endLine=${e.endLine}`,`endColumn=${e.endColumn}`,`title=${c(`${e.ruleId} (playbook-align)`)}`],a=r=>t(r).replace(/#(?=#\[)/g,"#\u200B"),m=e.related.map(r=>`
${a(`${r.file}:${r.line}:${r.column} ${r.message}`)}`).join("");return`::${u[e.severity]} ${$.join(",")}::${g(a(e.message)+m)}`}),{error:l,warning:s,info:p}=n.summary;return i.push(`${o(l+s+p,"problem")} (${o(l,"error")}, ${o(s,"warning")}, ${p} info)`),`${i.join(`
`)}
`}export{g as escapeData,c as escapeProperty,x as github};
