import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{a as o}from"./chunk-2W2P6QP7.js";import{b as n}from"./chunk-N3DGCN4Q.js";import"./chunk-MC6DRFHS.js";function l(e){let i=e.findings.map(r=>`${n(r.file)}:${r.line}:${r.column}: ${r.severity} ${n(r.message)} [${r.ruleId}]`),{error:t,warning:m,info:p}=e.summary;return i.push(`${o(t+m+p,"problem")} (${o(t,"error")}, ${o(m,"warning")}, ${p} info)`),`${i.join(`
`)}
`}export{l as compact};
